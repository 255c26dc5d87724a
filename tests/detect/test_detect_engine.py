"""The analyzer: Dutch only, our recognizers only, no downloads, fast start, quiet logs."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap

import pytest
from presidio_analyzer import AnalyzerEngine

from redact.detect.engine import Detector, build_analyzer
from redact.rules import Rules
from tests.conftest import PATIENCE

OURS = {
    "EmailRecognizerNL", "PhoneRecognizerNL", "BsnRecognizerNL", "IbanRecognizerNL", "HeaderNameRecognizer",
    "LabelNameRecognizer", "LetterNameRecognizer", "TitleNameRecognizer", "EmailNameRecognizer",
    "AddressRecognizer", "BirthDateRecognizer", "GazetteerNameRecognizer", "NameListRecognizer", "ChatNameRecognizer",
    "LicensePlateRecognizerNL", "InitialsRecognizer", "TableNameRecognizer", "RegistryNameRecognizer",
    "RelationNameRecognizer", "CallNameRecognizer", "RoleNameRecognizer", "AbbreviatedNameRecognizer",
}


def test_analyzer_is_dutch_with_only_our_recognizers(detector: Detector) -> None:
    analyzer = detector.analyzer
    assert isinstance(analyzer, AnalyzerEngine)
    assert analyzer.supported_languages == ["nl"]
    assert {r.name for r in analyzer.get_recognizers("nl")} == OURS
    assert all(r.supported_language == "nl" for r in analyzer.registry.recognizers)
    entities = set(analyzer.get_supported_entities("nl"))
    assert entities == {
        "NAAM", "EMAIL", "TELEFOON", "INITIALEN", "BSN", "IBAN", "ADRES", "GEBOORTEDATUM", "KENTEKEN"
    }


def test_categories_exist_in_rules(detector: Detector, rules: Rules) -> None:
    assert set(detector.analyzer.get_supported_entities("nl")) <= set(rules.categories)


def test_artifacts_have_lower_case_lemmas_and_token_offsets(detector: Detector) -> None:
    text = "BSN  Burgerservicenummer, Telefoon: 06-12345678"
    art = detector.analyzer.nlp_engine.process_text(text, "nl")
    doc = detector.analyzer.nlp_engine.get_nlp("nl")(text)
    assert art.lemmas == [t.lower_ for t in doc]
    assert art.tokens_indices == [t.idx for t in doc]
    assert {"bsn", "burgerservicenummer", "telefoon"} <= set(art.keywords) and "," not in art.keywords


def test_context_enhancer_finds_the_same_token_as_presidio(detector: Detector) -> None:
    """The binary search gives the token Presidio's linear walk gives, for every offset."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    text = "Tel.  06-12345678 of (070) 123 45 67; BSN:123456782."
    art = detector.analyzer.nlp_engine.process_text(text, "nl")
    enhancer = detector.analyzer.context_aware_enhancer
    for start in range(len(text)):
        theirs = LemmaContextAwareEnhancer._find_index_of_match_token("", start, art.tokens, list(art.tokens_indices))
        assert enhancer._find_index_of_match_token("", start, art.tokens, art.tokens_indices) == theirs


def _context_texts() -> list[str]:
    """The sample documents' texts plus texts made to hit the window's edge cases: keywords that are
    only keywords as a part of a word with a ":", stop words, runs of white space (which spaCy makes
    tokens, and keywords), white space at either end, a match at the very start or end."""
    from pathlib import Path

    from redact.detect.textnorm import normalize
    from redact.pdf.text import extract_document, join_pages
    from redact.pdf.triage import open_pdf

    texts = []
    for pdf in sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.pdf")):
        opened = open_pdf(pdf)
        texts.append(normalize(join_pages(extract_document(opened.doc))[0]))
        opened.doc.close()
    texts += [
        "x:de de de de de de de 0612345678 tel:06-12345678",
        " \n  Tel.\n\n nummer: 06-1234 5678 \n",
        "0612345678",
        "BSN  Burgerservicenummer, Telefoon: 06-12345678 " + "en de het een van " * 20 + "06-87654321",
        "mailto:jan@voorbeeld.nl\n\n\nE-mail:piet@voorbeeld.nl\t\tfax : 070-1234567.",
    ]
    return texts


def test_window_context_words_are_presidios(detector: Detector) -> None:
    """For a match at any token, the context words taken from a window of the text are those that
    Presidio's enhancer takes from the whole text's tokens (as a set: that is all it uses)."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from redact.detect.engine import _LazyArtifacts

    engine = detector.analyzer.nlp_engine
    enhancer = detector.analyzer.context_aware_enhancer
    positions = windowed = 0
    for text in _context_texts():
        whole = engine.process_text(text, "nl")
        lazy = _LazyArtifacts(engine, text, "nl")  # type: ignore[arg-type]
        for token in whole.tokens:
            if token.text.isspace():
                continue
            theirs = LemmaContextAwareEnhancer._extract_surrounding_words(enhancer, whole, "", token.idx)
            ours = enhancer._extract_surrounding_words(lazy, "", token.idx)
            assert set(ours) == set(theirs), (text[max(0, token.idx - 60):token.idx + 20], ours, theirs)
            positions += 1
            windowed += lazy.context_words(token.idx, 5, 0) is not None
    assert positions > 2000 and windowed > 0.95 * positions


def test_extra_recognizers_can_be_added(rules: Rules) -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    extra = PatternRecognizer("KENTEKEN", name="Plate", supported_language="nl",
                              patterns=[Pattern("plate", r"\b\d{2}-[A-Z]{3}-\d\b", 0.6)])
    analyzer = build_analyzer(rules, extra_recognizers=[extra])
    results = analyzer.analyze("kenteken 12-ABC-3", language="nl")
    assert [r.entity_type for r in results] == ["KENTEKEN"]


def test_empty_and_whitespace_text(detector: Detector) -> None:
    assert detector.analyze("") == []
    assert detector.analyze(" \n\f\n ") == []


def test_findings_are_sorted_and_consistent(detector: Detector) -> None:
    text = "Van: Jansen, P. <p.jansen@minjenv.nl>\nT 06-12345678\n\nHoi Piet,\nBSN 123456782"
    findings = detector.analyze(text)
    assert findings == sorted(findings, key=lambda f: f.start)
    assert all(text[f.start : f.end] == f.text and f.recognizer and f.evidence for f in findings)


def test_no_personal_data_in_logs(detector: Detector, caplog: pytest.LogCaptureFixture) -> None:
    text = "Contactpersoon: P. Zwartevaart\nBSN 123456782\nT 06-12345678\nHoi Gerbrand,"
    with caplog.at_level(logging.DEBUG):
        assert detector.analyze(text)
    for secret in ("Zwartevaart", "123456782", "06-12345678", "Gerbrand"):
        assert secret not in caplog.text


_COLD_START = textwrap.dedent(
    """
    import json, socket, sys

    attempts = []  # recorded as well as refused: a library may catch the error and go on quietly


    def _refuse(what):
        attempts.append(what)
        raise OSError(f"network access during start-up: {what}")


    class _GuardedSocket(socket.socket):  # creating and binding one is fine (urllib3 probes IPv6 so)
        def connect(self, address):
            _refuse(f"connect{address}")

        def connect_ex(self, address):
            _refuse(f"connect_ex{address}")

        def sendto(self, data, *args):
            _refuse(f"sendto{args[-1]}")


    socket.socket = _GuardedSocket
    socket.create_connection = lambda address, *a, **k: _refuse(f"create_connection{address}")
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, lambda host, *a, _name=name, **k: _refuse(f"{_name}({host})"))
    import spacy.cli
    spacy.cli.download = lambda *a, **k: _refuse("spacy.cli.download")
    from redact.rules import load_rules
    from redact.detect.engine import Detector
    det = Detector(load_rules())
    found = det.analyze("Contactpersoon: P. Jansen\\nBSN 123456782")
    during = list(attempts)
    try:  # the guard itself works: a real request is refused (and recorded)
        import urllib.request
        urllib.request.urlopen("http://example.org/", timeout=5)
    except OSError:
        pass
    print(json.dumps({"n": len(found), "attempts": during, "probe": attempts[len(during):]}))
    """
)


def test_cold_start_is_offline() -> None:
    """A fresh process builds the analyzer and analyses a text without opening a network connection
    (every connection, name lookup and model download is refused and recorded). How fast the
    start is, is measured by ``benchmarks/bench_detect.py``, not asserted here."""
    out = subprocess.run([sys.executable, "-c", _COLD_START], capture_output=True, text=True, check=True,
                         timeout=PATIENCE)
    m = json.loads(out.stdout.strip().splitlines()[-1])
    assert m["n"] == 2
    assert m["attempts"] == [], m
    assert m["probe"], "the socket guard did not see a deliberate request: it proves nothing"


def test_model_recognizer_only_when_a_model_is_installed(detector: Detector) -> None:
    from redact.detect.recognizers.person_model import available_model

    names = {r.name for r in detector.analyzer.get_recognizers("nl")}
    assert ("ModelNameRecognizer" in names) == (available_model() is not None)


def test_raw_cached_equals_raw_and_remembers_short_texts(detector: Detector) -> None:
    text = "Opsteller: Jan de Vries, j.devries@example.nl, 06-12345678"
    first = detector.raw_cached(text)
    assert list(first) == detector.raw(text)
    assert detector.raw_cached(text) is first  # remembered: recognised once per process
    long = "Betreft: overleg met Jan de Vries. " * 100  # beyond the cache's length: recognised anew
    assert list(detector.raw_cached(long)) == detector.raw(long)
    assert detector.raw_cached(long) is not detector.raw_cached(long)


def test_side_redactions_equal_analysing_each_text(rules: Rules) -> None:
    from redact.pdf.sidetexts import SideText
    from redact.pipeline.detect import get_detector, side_redactions

    texts = ["Verslag overleg Jan de Vries", "Microsoft Word", "Reactie J. de Vries", "Microsoft Word",
             "Opsteller: Els Bakker (e.bakker@example.nl)"]
    side = [SideText(f"metadata {i}", t, True) for i, t in enumerate(texts)]
    got = side_redactions(side, [], rules)
    det = get_detector(rules)
    found = [det.analyze(t) for t in texts]
    names = sorted({f.text for fs in found for f in fs if f.entity == "NAAM"})
    found = [det.analyze(t, names) for t in texts]
    assert {(s.place, s.text, s.category) for s in got} == {
        (f"metadata {i}", f.text, f.entity) for i, fs in enumerate(found) for f in fs}
    assert got
