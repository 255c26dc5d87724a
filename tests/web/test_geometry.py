"""Display space ↔ text space on rotated and cropped pages: what the reviewer sees and draws is what burns."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from starlette.testclient import TestClient

from redact.api import apply_review, propose_review
from redact.review import ReviewSet
from redact.web.server import create_app
from tests.conftest import make_pdf
from tests.review.util import count, texts
from tests.web.conftest import TOKEN

LINES = ["Contactpersoon", "Jan de Vries", "E jan.devries@minjenv.nl",
         "Onderwerp: de begroting voor volgend jaar"]


def _overlap(a: list[float], b: list[float]) -> float:
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area = (a[2] - a[0]) * (a[3] - a[1])
    return w * h / area if area else 0.0


@pytest.mark.parametrize("rotation, crop", [(0, False), (90, False), (180, True), (270, True)])
def test_drawn_box_burns_what_was_shown(tmp_path: Path, rotation: int, crop: bool) -> None:
    src = tmp_path / "in" / "gedraaid.pdf"
    src.parent.mkdir()
    make_pdf(src, LINES, fontsize=12)
    with pymupdf.open(src) as doc:
        if crop:
            doc[0].set_cropbox(pymupdf.Rect(40, 60, 560, 780))
        doc[0].set_rotation(rotation)
        data = doc.tobytes()
    src.write_bytes(data)
    work = tmp_path / "work"
    assert propose_review([src.parent], work)[0].status == "ok"
    app = create_app(work, token=TOKEN)
    with TestClient(app, base_url="http://127.0.0.1", headers={"X-Redact-Token": TOKEN}) as c:
        doc_id = c.get("/api/documents").json()[0]["id"]
        detail = c.get(f"/api/documents/{doc_id}").json()
        w, h = detail["sizes"][0]
        assert (w > h) == (rotation in (90, 270))
        words = c.get(f"/api/documents/{doc_id}/pages/0/words").json()
        email = next(p for p in detail["proposals"] if p["category"] == "EMAIL")
        word = next(x for x in words if x["t"] == "jan.devries@minjenv.nl")
        assert _overlap(email["rects"][0], word["r"]) > 0.8  # the proposal is drawn over its word
        target = next(x for x in words if x["t"] == "begroting")
        x0, y0, x1, y1 = target["r"]
        r = c.post(f"/api/documents/{doc_id}/add", json={"by": "R", "page": 0, "ground": "5.2",
                                                         "rect": [x0 - 0.5, y0 - 0.5, x1 + 0.5, y1 + 0.5]})
        assert r.status_code == 200, r.text
        drawn = next(p for p in r.json()["document"]["proposals"] if p["drawn"])
        assert drawn["text"] == "begroting"  # what the box covers, shown to the reviewer
        assert _overlap(target["r"], drawn["rects"][0]) > 0.99  # the box lies where it was drawn
        c.post(f"/api/documents/{doc_id}/decide", json={"by": "R", "status": "approved", "pending": True})
    app.state.workspace.close()
    rs = ReviewSet.load(work / "gedraaid.review.json")
    assert not rs.pending
    summary = apply_review(work, tmp_path / "out")
    assert summary.count("ok") == 1, [o.error for o in summary.outcomes]
    got = texts(tmp_path / "out" / "gedraaid.pdf")
    for tool, text in got.items():
        assert count("begroting", text) == 0, tool
        assert count("jan.devries@minjenv.nl", text) == 0, tool
        for kept in ("Onderwerp: de", "voor volgend jaar", "Contactpersoon"):
            assert count(kept, text) == 1, f"{tool}: {kept!r} lost"
