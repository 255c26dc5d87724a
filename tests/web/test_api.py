"""Every endpoint of the review app, its guards (token, Host, origin, JSON) and its errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest
from starlette.testclient import TestClient

from redact.review import ReviewSet
from redact.web.server import create_app
from tests.conftest import SAMPLES
from tests.web.conftest import TOKEN

BY = "Web Reviewer"


def _doc(client: TestClient, name: str) -> dict:  # type: ignore[type-arg]
    docs = client.get("/api/documents").json()
    doc_id = next(d["id"] for d in docs if d["name"] == name)
    return client.get(f"/api/documents/{doc_id}").json()  # type: ignore[no-any-return]


def test_page_and_static_files(client: TestClient) -> None:
    r = client.get(f"/?token={TOKEN}", headers={"X-Redact-Token": ""})
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert f'content="{TOKEN}"' in r.text and "https://" not in r.text and "http://" not in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["cache-control"] == "no-store"
    for name, kind in (("app.js", "javascript"), ("persons.js", "javascript"), ("app.css", "css")):
        s = client.get(f"/static/{name}")
        assert s.status_code == 200 and kind in s.headers["content-type"]
        assert "http://" not in s.text and "https://" not in s.text  # no CDN, nothing external
    assert client.get("/static/../server.py").status_code == 404
    assert client.get("/static/secret.txt").status_code == 404


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/api/session", "/api/documents"])
def test_wrong_or_missing_token_is_forbidden(workdir: Path, path: str) -> None:
    app = create_app(workdir, token=TOKEN)
    with TestClient(app, base_url="http://127.0.0.1:8123") as c:
        assert c.get(path).status_code == 403
        assert c.get(path, headers={"X-Redact-Token": "wrong"}).status_code == 403
        assert c.get(f"{path}?token=wrong").status_code == 403
        assert c.get(f"{path}?token={TOKEN}").status_code == 200
        r = c.post("/api/documents/x/decide", json={"by": BY, "status": "approved", "ids": []})
        assert r.status_code == 403


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8123", "192.168.1.5:8123", "10.0.0.1",
                                  "127.0.0.1.evil.example"])
def test_non_loopback_host_is_forbidden(client: TestClient, host: str) -> None:
    r = client.get("/api/documents", headers={"Host": host})
    assert r.status_code == 403 and "127.0.0.1" in r.text


def test_loopback_names_are_accepted(client: TestClient) -> None:
    for host in ("127.0.0.1:8123", "localhost:8123", "127.0.0.1"):
        assert client.get("/api/session", headers={"Host": host}).status_code == 200


def test_wrong_port_is_forbidden(workdir: Path) -> None:
    app = create_app(workdir, token=TOKEN, port=8123)
    with TestClient(app, base_url="http://127.0.0.1:8123", headers={"X-Redact-Token": TOKEN}) as c:
        assert c.get("/api/session").status_code == 200
        assert c.get("/api/session", headers={"Host": "127.0.0.1:9999"}).status_code == 403


def test_cross_origin_and_form_posts_are_refused(client: TestClient) -> None:
    doc = _doc(client, "02-email.pdf")
    body = {"by": BY, "status": "approved", "ids": [doc["proposals"][0]["id"]]}
    r = client.post(f"/api/documents/{doc['id']}/decide", json=body, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = client.post(f"/api/documents/{doc['id']}/decide", content="by=x",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415
    r = client.post(f"/api/documents/{doc['id']}/decide", json=body, headers={"Origin": "http://127.0.0.1:8123"})
    assert r.status_code == 200


def test_session(client: TestClient) -> None:
    s = client.get("/api/session").json()
    codes = [g["code"] for g in s["grounds"]]
    assert "5.2" in codes and "5.1.2e" in codes and "5.1.1e" in codes
    g52 = next(g for g in s["grounds"] if g["code"] == "5.2")
    assert g52["text"].startswith("persoonlijke beleidsopvattingen")
    assert {"NAAM", "EMAIL", "TELEFOON", "HANDMATIG"} <= {c["name"] for c in s["categories"]}


def test_documents_with_progress(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert len(docs) == len(list(SAMPLES.glob("*.pdf")))
    for d in docs:
        assert d["reviewed"] == 0 and d["total"] > 0 and d["status"] == "open"
    assert client.get("/api/documents/unknown").status_code == 404


def test_document_detail(client: TestClient) -> None:
    doc = _doc(client, "02-email.pdf")
    assert doc["pages"] == 1 and len(doc["sizes"]) == 1
    w, h = doc["sizes"][0]
    assert (round(w), round(h)) == (595, 842)
    p = doc["proposals"][0]
    fields = {"id", "rects", "category", "ground", "text", "before", "after", "evidence", "person", "status"}
    assert fields <= p.keys()
    for q in doc["proposals"]:
        for x0, y0, x1, y1 in q["rects"]:
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
    keys = {e["key"] for e in doc["persons"]}
    assert "van der berg" in keys
    berg = next(e for e in doc["persons"] if e["key"] == "van der berg")
    assert berg["label"] == "Leon van der Berg" and berg["count"] >= 5


def test_page_image_and_words(client: TestClient) -> None:
    doc = _doc(client, "01-nota.pdf")
    r = client.get(f"/api/documents/{doc['id']}/pages/0.png?scale=1")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    pix = pymupdf.Pixmap(io.BytesIO(r.content).getvalue())
    w, h = doc["sizes"][0]
    assert (pix.width, pix.height) == (round(w), round(h))
    big = client.get(f"/api/documents/{doc['id']}/pages/0.png?scale=2")
    assert pymupdf.Pixmap(big.content).width == round(2 * w)
    assert client.get(f"/api/documents/{doc['id']}/pages/9.png").status_code == 400
    assert client.get(f"/api/documents/{doc['id']}/pages/0.png?scale=x").status_code == 400
    words = client.get(f"/api/documents/{doc['id']}/pages/0/words").json()
    assert any(wd["t"] == "Contactpersoon" for wd in words)
    first = next(wd for wd in words if wd["t"] == "Contactpersoon")
    assert first["e"] - first["s"] == len("Contactpersoon")
    assert client.get(f"/api/documents/{doc['id']}/pages/5/words").status_code == 400


def test_decide_single_category_person_pending(client: TestClient, workdir: Path) -> None:
    doc = _doc(client, "02-email.pdf")
    url = f"/api/documents/{doc['id']}/decide"
    pid = next(p["id"] for p in doc["proposals"] if p["category"] == "EMAIL" and p["person"] != "van der berg")
    r = client.post(url, json={"by": BY, "status": "approved", "ids": [pid], "reason": "klopt"})
    assert r.status_code == 200 and r.json()["message"] == "1 proposal(s) approved"
    assert r.json()["document"]["reviewed"] == 1
    r = client.post(url, json={"by": BY, "status": "rejected", "person": "van der berg"})
    berg = [p for p in r.json()["document"]["proposals"] if p["person"] == "van der berg"]
    assert berg and all(p["status"] == "rejected" and p["by"] == BY for p in berg)
    r = client.post(url, json={"by": BY, "status": "rejected", "category": "TELEFOON"})
    phones = [p for p in r.json()["document"]["proposals"] if p["category"] == "TELEFOON"]
    assert phones and all(p["status"] == "rejected" for p in phones)
    r = client.post(url, json={"by": BY, "status": "approved", "pending": True})
    assert r.json()["document"]["status"] == "done"
    rs = ReviewSet.load(workdir / "02-email.review.json")
    assert rs.get(pid).reason == "klopt" and not rs.pending
    scopes = [e.scope for e in rs.history[-4:]]
    assert scopes == ["ids", "person:van der berg", "category:TELEFOON", "pending"]


@pytest.mark.parametrize("body, status", [
    ({"status": "approved", "ids": []}, 400),  # no reviewer
    ({"by": "", "status": "approved", "ids": ["x"]}, 400),
    ({"by": BY, "status": "maybe", "ids": []}, 400),
    ({"by": BY, "status": "approved", "ids": ["nope"]}, 400),
    ({"by": BY, "status": "approved", "category": "SCHOENMAAT"}, 400),
    ({"by": BY, "status": "approved", "ids": [], "extra": 1}, 400),
    ({"by": BY, "status": "approved", "person": "niemand"}, 400),
])
def test_decide_bad_requests(client: TestClient, body: dict, status: int) -> None:  # type: ignore[type-arg]
    doc = _doc(client, "02-email.pdf")
    r = client.post(f"/api/documents/{doc['id']}/decide", json=body)
    assert r.status_code == status and "error" in r.json()


def test_invalid_json_and_unknown_action(client: TestClient) -> None:
    doc = _doc(client, "02-email.pdf")
    r = client.post(f"/api/documents/{doc['id']}/decide", content="{",
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert client.post(f"/api/documents/{doc['id']}/explode", json={"by": BY}).status_code == 400
    assert client.post("/api/documents/unknown/decide", json={"by": BY, "status": "approved",
                                                              "ids": ["x"]}).status_code == 404


def test_add_drawn_box_and_selected_text(client: TestClient, workdir: Path) -> None:
    doc = _doc(client, "01-nota.pdf")
    url = f"/api/documents/{doc['id']}/add"
    r = client.post(url, json={"by": BY, "page": 0, "rect": [60, 60, 200, 90], "ground": "5.2",
                               "note": "visie"})
    assert r.status_code == 200, r.text
    added = [p for p in r.json()["document"]["proposals"] if p["origin"] == "manual"]
    assert len(added) == 1 and added[0]["status"] == "added" and added[0]["ground"] == "5.2"
    assert added[0]["drawn"] and added[0]["note"] == "visie"
    assert added[0]["rects"] == [[60.0, 60.0, 200.0, 90.0]]
    words = client.get(f"/api/documents/{doc['id']}/pages/0/words").json()
    w = next(wd for wd in words if wd["t"] == "Contactpersoon")
    r = client.post(url, json={"by": BY, "page": 0, "start": w["s"], "end": w["e"], "ground": "5.1.2i"})
    assert r.status_code == 200, r.text
    span = next(p for p in r.json()["document"]["proposals"] if p["text"] == "Contactpersoon")
    assert span["origin"] == "manual" and not span["drawn"] and span["ground"] == "5.1.2i"
    rs = ReviewSet.load(workdir / "01-nota.review.json")
    assert len([p for p in rs.proposals if p.manual]) == 2
    for bad in ({"page": 0, "rect": [60, 60, 60.5, 90], "ground": "5.2"},  # too small
                {"page": 0, "ground": "5.2"},  # neither box nor text
                {"page": 0, "rect": [1, 1, 50, 50], "ground": "9.9"},  # no such ground
                {"page": 7, "rect": [1, 1, 50, 50], "ground": "5.2"}):  # no such page
        r = client.post(url, json={"by": BY, **bad})
        assert r.status_code == 400 and r.json()["error"], bad


def test_change_ground_and_undo(client: TestClient) -> None:
    doc = _doc(client, "03-verslag.pdf")
    pid = doc["proposals"][0]["id"]
    r = client.post(f"/api/documents/{doc['id']}/ground", json={"by": BY, "id": pid, "ground": "5.1.2i"})
    assert r.status_code == 200
    assert next(p for p in r.json()["document"]["proposals"] if p["id"] == pid)["ground"] == "5.1.2i"
    client.post(f"/api/documents/{doc['id']}/decide", json={"by": BY, "status": "rejected", "ids": [pid]})
    r = client.post(f"/api/documents/{doc['id']}/undo", json={"by": BY})
    assert r.json()["message"].startswith("undone: reject")
    p = next(p for p in r.json()["document"]["proposals"] if p["id"] == pid)
    assert p["status"] == "proposed" and p["ground"] == "5.1.2i"
    r = client.post(f"/api/documents/{doc['id']}/undo", json={"by": BY})
    assert next(p for p in r.json()["document"]["proposals"] if p["id"] == pid)["ground"] == "5.1.2e"
    r = client.post(f"/api/documents/{doc['id']}/undo", json={"by": BY})
    assert r.json()["message"] == "nothing to undo"
    hist = client.get(f"/api/documents/{doc['id']}/history").json()
    assert [h["action"] for h in hist] == ["propose", "ground", "reject", "undo", "undo"]
    assert hist[3]["undoes"] == 3 and hist[4]["undoes"] == 2 and all(h["by"] == BY for h in hist[1:])


def test_changed_source_is_a_conflict(client: TestClient, workdir: Path) -> None:
    doc = _doc(client, "04-brief-minister.pdf")
    src = Path(json.loads((workdir / "04-brief-minister.review.json").read_text())["source"]["path"])
    data = src.read_bytes()
    try:
        assert client.get(f"/api/documents/{doc['id']}/pages/0.png").status_code == 200  # cached now
        src.write_bytes(data + b"\n%changed\n")
        r = client.get(f"/api/documents/{doc['id']}/pages/0.png")
        assert r.status_code == 409 and "changed since" in r.json()["error"]
    finally:
        src.write_bytes(data)


def test_conflicting_save_elsewhere_is_reported(client: TestClient, workdir: Path) -> None:
    doc = _doc(client, "02-email.pdf")
    path = workdir / "02-email.review.json"
    data = json.loads(path.read_text())
    data["revision"] = 999  # another process saved in between: the app reloads before every change
    path.write_text(json.dumps(data))
    r = client.post(f"/api/documents/{doc['id']}/decide",
                    json={"by": BY, "status": "approved", "ids": [doc["proposals"][0]["id"]]})
    assert r.status_code == 200 and ReviewSet.load(path).revision == 1000


def test_broken_review_file_is_listed_with_error(client: TestClient, workdir: Path) -> None:
    (workdir / "01-nota.review.json").write_text("{}")
    docs = client.get("/api/documents").json()
    broken = [d for d in docs if d["status"] == "error"]
    assert len(broken) == 1 and "not a redact-review file" in broken[0]["error"]
    r = client.get(f"/api/documents/{broken[0]['id']}")
    assert r.status_code == 409


def test_persons_endpoints(client: TestClient) -> None:
    people = client.get("/api/persons").json()
    assert people and {"id", "name", "variants", "documents", "occurrences", "status", "snippets"} <= set(people[0])
    snippet = people[0]["snippets"][0]
    assert snippet["doc"] and snippet["context"]  # links to the document (its id in this app)
    assert client.post("/api/persons/decide", json={"person": people[0]["id"], "verdict": "maybe", "by": "X"}
                       ).status_code == 400
    r = client.post("/api/persons/decide", json={"person": "niemand|x", "verdict": "keep", "by": "X"})
    assert r.status_code == 400 and "no person" in r.json()["error"]
    r = client.post("/api/persons/decide", json={"person": people[0]["id"], "verdict": "redact", "by": "X"})
    assert r.status_code == 200 and "redacted in the whole work folder" in r.json()["message"]
    decided = next(p for p in r.json()["persons"] if p["id"] == people[0]["id"])
    assert decided["status"] == "decided" and decided["decision"]["verdict"] == "redact"
