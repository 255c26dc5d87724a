"""Bounded fuzzing: mutated PDFs give a verified output or a typed error — never an untyped exception,
a crash of the worker or an output that fails verification.

Seeds: generated documents (the hostile cases with a name in the page text, forms, annotations,
bookmarks, attachments, layers) saved uncompressed so that mutations hit PDF syntax, plus small corpus
files. Each example runs the real pipeline (detector included) in a time-limited child process.
``REDACT_FUZZ_EXAMPLES`` raises the number of examples (default 40, about half a minute).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact import api
from redact.errors import ProcessingError, RedactError, TimeLimitError, WorkerCrashError
from redact.execution.timelimit import call_with_time_limit
from redact.pdf.verify_full import needles_to_check, verify_full
from tests.conftest import CORPUS_HOSTILE, PATIENCE
from tests.hostile.cases import CASES

EXAMPLES = int(os.environ.get("REDACT_FUZZ_EXAMPLES", "40"))
SEED_CASES = ("bookmark-and-attachment", "form-fields", "freetext-annotation", "hidden-layer",
              "form-xobject", "labels-js-metadata")
SEED_CORPUS = ("qpdf__minimal-rotated.pdf", "qpdf__split-content-stream.pdf", "pdfjs__simpletype3font.pdf")
OUTCOMES: Counter[str] = Counter()


def _seeds(folder: Path) -> list[bytes]:
    out = []
    for name in SEED_CASES:
        p = folder / f"{name}.pdf"
        CASES[name](p)
        with pymupdf.open(p) as doc:  # uncompressed, so mutations hit the syntax
            out.append(doc.tobytes(garbage=1, deflate=False, expand=255))
    out.extend((CORPUS_HOSTILE / n).read_bytes() for n in SEED_CORPUS)
    return out


_SEED_DIR = Path(os.environ.get("TMPDIR", "/tmp")) / f"redact-fuzz-seeds-{os.getpid()}"
_SEED_DIR.mkdir(parents=True, exist_ok=True)
SEEDS = _seeds(_SEED_DIR)

_op = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "digit"]),
    st.floats(0, 1, allow_nan=False),
    st.integers(1, 64),
    st.binary(min_size=1, max_size=16),
)


def mutate(data: bytes, ops: list[tuple[str, float, int, bytes]]) -> bytes:
    b = bytearray(data)
    for kind, where, n, junk in ops:
        if not b:
            break
        i = int(where * (len(b) - 1))
        if kind == "flip":
            for k in range(i, min(len(b), i + n)):
                b[k] ^= junk[k % len(junk)]
        elif kind == "insert":
            b[i:i] = junk
        elif kind == "delete":
            del b[i:i + n]
        elif kind == "truncate":
            del b[max(i, 1):]
        elif kind == "duplicate":
            b[i:i] = b[i:i + n * 8]
        elif kind == "digit":  # numbers steer offsets, lengths, counts and object references
            for k in range(i, len(b)):
                if 48 <= b[k] <= 57:
                    b[k] = 48 + (b[k] - 48 + junk[0]) % 10
                    break
    return bytes(b)


def _run(src: Path, dst: Path) -> str:
    from redact.pdf.verify import intended_text

    plan = api.propose(src)
    res = api.apply(plan, plan.proposals, dst, verification="full")
    expected = [intended_text(p, [b.rect for b in res.boxes if b.page == p.page]) for p in plan.pages]
    report = verify_full(dst.read_bytes(), needles_to_check(expected, res.boxes), boxes=res.boxes)
    return "verified" if report.ok else "UNVERIFIED " + "; ".join(report.hits)


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, len(SEEDS) - 1), ops=st.lists(_op, min_size=1, max_size=4))
def test_mutated_pdfs_give_verified_output_or_typed_error(tmp_path: Path, seed: int,
                                                          ops: list[tuple[str, float, int, bytes]]) -> None:
    api.get_detector()  # built once in this process, inherited by the forked workers
    src = tmp_path / "fuzz.pdf"
    src.write_bytes(mutate(SEEDS[seed], ops))
    dst = tmp_path / "fuzz-out.pdf"
    dst.unlink(missing_ok=True)
    try:
        outcome = call_with_time_limit(_run, src, dst, seconds=PATIENCE, label=src)
    except (WorkerCrashError, TimeLimitError) as e:
        pytest.fail(f"worker crashed or hung: {e}")
    except ProcessingError as e:
        assert "in the worker" not in str(e), f"untyped exception escaped the pipeline: {e}"
        outcome = e.reason
    except RedactError as e:
        assert not dst.exists(), "a failed document must leave no output"
        outcome = getattr(e, "reason", type(e).__name__)
        if os.environ.get("REDACT_FUZZ_DEBUG"):
            print(seed, type(e).__name__, e)
    assert not outcome.startswith("UNVERIFIED"), outcome
    assert not list(tmp_path.glob(".fuzz-out.pdf.*.part")), "temporary files left behind"
    OUTCOMES[outcome] += 1


def teardown_module() -> None:
    if OUTCOMES:
        print("\nfuzz outcomes:", dict(sorted(OUTCOMES.items())))
