"""DiWoo 0.9.8 metadata per document (``diwoo:Document``) and its JSON twin for a publicatiebank.

``document_xml(meta, dossier)`` writes a ``diwoo:Document`` with a ``diwoo:DiWoo`` block holding:
identifiers, publisher, opsteller, titelcollectie/officieleTitel, omschrijvingen, classificatiecollectie
(informatiecategorie, documentsoort when known), creatiedatum (when found), language (Nederlands),
format (PDF), aggregatiekenmerk (the Woo request's reference, when given) and documenthandelingen with
the anonymising step (``anonimiseren``, the time of redaction, the organisation). Every ``resource`` is a
URI from the TOOI value lists of DiWoo 0.9.8 (``redact.publish.tooi``); the value list of document
handlings (``ondertekening``, ``ontvangst``, ``vaststelling``) has no value for anonymising, so that
handling is given by its label only (the ``resource`` attribute is optional in the XSD).

``publicatiebank_json(meta, dossier)`` is the body of ``POST /api/v1/documenten`` of the GPP
publicatiebank (Woo-Publicatiebank API 1.0): ``identifier``, ``officieleTitel``, ``verkorteTitel``,
``omschrijving``, ``publicatiestatus`` (``concept``), ``creatiedatum``, ``bestandsformaat``,
``bestandsnaam``, ``bestandsomvang``. The publication's UUID (``publicatie``) is assigned by the
publicatiebank when the publication is made: the uploader adds it.

Guarantees: the texts are the document's title (already free of redacted strings, see
``publish.accessibility``), ground codes, counts and the dossier settings: no personal data.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from redact.publish.settings import Dossier
from redact.publish.tooi import Value, lookup

NS = "https://standaarden.overheid.nl/diwoo/metadata/"
VERSION = "0.9.8"
ANONYMISE = "anonimiseren"
_MAX_API_TITLE = 255


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the metadata says about one published document."""

    identifier: str
    filename: str  # the file name in the bundle
    size: int  # bytes
    title: str
    description: str
    date: str  # ISO date the document was made ("" when unknown)
    redacted_at: str  # ISO 8601 date-time (UTC) of the anonymising step
    kind: Value | None


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _value(parent: ET.Element, tag: str, value: Value) -> ET.Element:
    el = ET.SubElement(parent, _q(tag), {"resource": value.uri})
    el.text = value.label
    return el


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, _q(tag))
    el.text = text
    return el


def document_xml(meta: DocumentMeta, dossier: Dossier) -> bytes:
    """The ``diwoo:Document`` of ``meta`` as UTF-8 XML (see the module's guarantees)."""
    ET.register_namespace("diwoo", NS)
    root = ET.Element(_q("Document"))
    dw = ET.SubElement(root, _q("DiWoo"))
    ids = ET.SubElement(dw, _q("identifiers"))
    _text(ids, "identifier", meta.identifier)
    _value(dw, "publisher", dossier.publisher)
    _value(dw, "opsteller", dossier.opsteller)
    titles = ET.SubElement(dw, _q("titelcollectie"))
    _text(titles, "officieleTitel", meta.title)
    if meta.description:
        _text(ET.SubElement(dw, _q("omschrijvingen")), "omschrijving", meta.description)
    cls = ET.SubElement(dw, _q("classificatiecollectie"))
    _value(ET.SubElement(cls, _q("informatiecategorieen")), "informatiecategorie", dossier.category)
    if meta.kind is not None:
        _value(ET.SubElement(cls, _q("documentsoorten")), "documentsoort", meta.kind)
    if meta.date:
        _text(dw, "creatiedatum", meta.date)
    _value(dw, "language", lookup("taallijst", "NLD"))
    _value(dw, "format", lookup("formatlijst", "PDF"))
    if dossier.reference:
        _text(dw, "aggregatiekenmerk", dossier.reference)
    acts = ET.SubElement(dw, _q("documenthandelingen"))
    act = ET.SubElement(acts, _q("documenthandeling"))
    _text(act, "soortHandeling", ANONYMISE)
    _text(act, "atTime", meta.redacted_at)
    _value(act, "wasAssociatedWith", dossier.publisher)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def publicatiebank_json(meta: DocumentMeta, dossier: Dossier) -> bytes:
    """The publicatiebank's document body for ``meta`` (see the module's docstring)."""
    body: dict[str, object] = {
        "identifier": meta.identifier,
        "officieleTitel": meta.title[:_MAX_API_TITLE],
        "verkorteTitel": meta.title[:_MAX_API_TITLE],
        "omschrijving": meta.description,
        "publicatiestatus": "concept",
        "bestandsformaat": "application/pdf",
        "bestandsnaam": meta.filename,
        "bestandsomvang": meta.size,
    }
    if meta.date:
        body["creatiedatum"] = meta.date
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
