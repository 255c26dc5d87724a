"""DiWoo metadata: every generated XML validates against the DiWoo 0.9.8 XSD; values come from TOOI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from redact.errors import UsageError
from redact.publish import tooi
from redact.publish.bundle import BundleResult
from redact.publish.diwoo import NS, DocumentMeta, document_xml
from redact.publish.settings import load_dossier
from tests.conftest import SAMPLES
from tests.publish.conftest import PUBLISHER, REFERENCE
from tests.publish.xsd import SOURCE, schema

D = f"{{{NS}}}"


@pytest.fixture(scope="module")
def xsd(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    return schema(tmp_path_factory.mktemp("xsd"))


def test_every_xml_in_the_bundle_validates(bundle: BundleResult, xsd: etree.XMLSchema) -> None:
    xmls = sorted(bundle.folder.glob("metadata/**/*.diwoo.xml"))
    assert len(xmls) == bundle.documents == len(list(SAMPLES.glob("*.pdf")))
    for path in xmls:
        doc = etree.parse(str(path))
        assert xsd.validate(doc), f"{path.name}: {xsd.error_log}"


def test_xml_content(bundle: BundleResult) -> None:
    root = etree.parse(str(bundle.folder / "metadata" / "05-brief-burger.diwoo.xml")).getroot()
    dw = root.find(f"{D}DiWoo")
    assert dw is not None
    pub = dw.find(f"{D}publisher")
    assert pub is not None and pub.text == PUBLISHER
    assert pub.get("resource") == "https://identifier.overheid.nl/tooi/id/ministerie/mnre1058"
    assert dw.findtext(f"{D}titelcollectie/{D}officieleTitel") == "Besluit op uw verzoek om schadevergoeding"
    cat = dw.find(f"{D}classificatiecollectie/{D}informatiecategorieen/{D}informatiecategorie")
    assert cat is not None and cat.get("resource") == "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532"
    kind = dw.find(f"{D}classificatiecollectie/{D}documentsoorten/{D}documentsoort")
    assert kind is not None and kind.text == "brief"  # "Geachte mevrouw …" starts the letter
    assert dw.findtext(f"{D}creatiedatum") == "2024-01-25"
    lang = dw.find(f"{D}language")
    assert lang is not None and lang.get("resource", "").endswith("/language/NLD")
    fmt = dw.find(f"{D}format")
    assert fmt is not None and fmt.get("resource", "").endswith("/file-type/PDF")
    assert dw.findtext(f"{D}aggregatiekenmerk") == REFERENCE
    act = dw.find(f"{D}documenthandelingen/{D}documenthandeling")
    assert act is not None
    assert act.findtext(f"{D}soortHandeling") == "anonimiseren"
    assert act.findtext(f"{D}atTime", "").endswith("Z")
    assert act.find(f"{D}wasAssociatedWith") is not None
    assert dw.findtext(f"{D}identifiers/{D}identifier") == f"{REFERENCE}-5"


def test_a_value_outside_the_lists_fails_the_xsd(xsd: etree.XMLSchema) -> None:
    """The validation can fail: a made-up category URI is rejected by the XSD."""
    dossier = load_dossier(overrides={"publisher": PUBLISHER})
    meta = DocumentMeta("1", "a.pdf", 10, "Titel", "", "", "2024-01-01T00:00:00Z", None)
    good = etree.fromstring(document_xml(meta, dossier))
    assert xsd.validate(good)
    bad = etree.fromstring(document_xml(meta, dossier))
    el = bad.find(f".//{D}informatiecategorie")
    assert el is not None
    el.set("resource", "https://identifier.overheid.nl/tooi/def/thes/kern/c_00000000")
    assert not xsd.validate(bad)


def test_publicatiebank_json(bundle: BundleResult) -> None:
    body = json.loads((bundle.folder / "metadata" / "02-email.publicatiebank.json").read_text(encoding="utf-8"))
    assert body["officieleTitel"] and body["bestandsnaam"] == "02-email.pdf"
    assert body["bestandsformaat"] == "application/pdf" and body["publicatiestatus"] == "concept"
    assert body["bestandsomvang"] == (bundle.folder / "documenten" / "02-email.pdf").stat().st_size
    assert set(body) <= {"identifier", "officieleTitel", "verkorteTitel", "omschrijving", "publicatiestatus",
                         "creatiedatum", "bestandsformaat", "bestandsnaam", "bestandsomvang"}


def test_shipped_value_lists_equal_the_xsd() -> None:
    """Nothing invented: the shipped lists are exactly what diwoo-metadata-lijsten.xsd says."""
    derived = tooi.dump(tooi.extract_lists(SOURCE / "diwoo-metadata-lijsten.xsd"))
    assert tooi.DATA.read_text(encoding="utf-8") == derived


@pytest.mark.parametrize(("kind", "given", "uri_end"), [
    ("organisatie", "gemeente Utrecht", "/gemeente/gm0344"),
    ("organisatie", "MNRE1058", "/ministerie/mnre1058"),
    ("informatiecategorielijst", "adviezen", "c_99a836c7"),
    ("documentsoortlijst", "https://identifier.overheid.nl/tooi/def/thes/kern/c_7652d853", "c_7652d853"),
])
def test_lookup(kind: str, given: str, uri_end: str) -> None:
    assert tooi.lookup(kind, given).uri.endswith(uri_end)


@pytest.mark.parametrize(("kind", "given"), [("organisatie", "gemeente Nergenshuizen"),
                                             ("documentsoortlijst", "e-mail"), ("organisatie", " ")])
def test_lookup_fails_closed(kind: str, given: str) -> None:
    with pytest.raises(UsageError):
        tooi.lookup(kind, given)


def test_dossier_file_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "dossier.yaml"
    f.write_text("publisher: gemeente Utrecht\nwoo_verzoek: 'W-1'\ndocumentsoort: besluit\n", encoding="utf-8")
    d = load_dossier(f, {"woo_verzoek": "W-2"})
    assert d.publisher.label == "gemeente Utrecht" and d.reference == "W-2" and d.kind is not None
    assert d.kind_for("Geachte heer,") == d.kind  # one kind for the dossier beats the hints
    f.write_text("publisher: gemeente Utrecht\nuitgever: x\n", encoding="utf-8")
    with pytest.raises(UsageError, match="uitgever"):
        load_dossier(f)
    with pytest.raises(UsageError, match="no publisher"):
        load_dossier(None, {})
