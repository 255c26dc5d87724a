"""The DiWoo 0.9.8 XSD for offline validation.

Origin: ``shared/standards/diwoo-0.9.8/`` (DiWoo metadata 0.9.8 from standaarden.overheid.nl, copied
from infonl/woo-hoo, see its MANIFEST.tsv). ``diwoo-metadata.xsd`` imports the MDTO schema by URL, which
cannot be fetched offline; as the MANIFEST says, the copy made here drops that import and the
``mdto:MDTO`` alternative of the ``DocumentType`` choice. Nothing else changes, so every rule of the
DiWoo branch (and every value list) is checked.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import SHARED

SOURCE = SHARED / "standards" / "diwoo-0.9.8"
_IMPORT = re.compile(r"<xs:import\s+namespace=\"https://www\.nationaalarchief\.nl/mdto\"[^>]*/>")
_MDTO = re.compile(r"<xs:element\s+ref=\"mdto:MDTO\"[^>]*/>")


def offline_xsd(folder: Path) -> Path:
    """Write the offline copy into ``folder``; return the path of ``diwoo-metadata.xsd``."""
    if not (SOURCE / "diwoo-metadata.xsd").is_file():
        pytest.fail(f"the DiWoo XSD is missing: {SOURCE} (shared/standards/diwoo-0.9.8)")
    text = (SOURCE / "diwoo-metadata.xsd").read_text(encoding="utf-8")
    text, n_import = _IMPORT.subn("", text)
    text, n_ref = _MDTO.subn("", text)
    assert (n_import, n_ref) == (1, 1), "the DiWoo XSD changed: update tests/publish/xsd.py"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "diwoo-metadata.xsd").write_text(text, encoding="utf-8")
    shutil.copy(SOURCE / "diwoo-metadata-lijsten.xsd", folder / "diwoo-metadata-lijsten.xsd")
    return folder / "diwoo-metadata.xsd"


def schema(folder: Path):  # type: ignore[no-untyped-def]
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(offline_xsd(folder))))
