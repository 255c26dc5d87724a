"""Rules load, validate and fail closed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redact.errors import RulesError
from redact.rules import default_rules_dir, load_rules, load_vocabulary

EXPECTED_CODES = {f"5.1.1{c}" for c in "abcde"} | {f"5.1.2{c}" for c in "abcdefghi"} | {"5.1.5", "5.2"}


def test_full_catalogue_of_grounds() -> None:
    rules = load_rules()
    assert set(rules.grounds) == EXPECTED_CODES
    for g in rules.grounds.values():
        assert g.article.startswith("artikel 5.") and g.justification and g.gloss


def test_category_mapping() -> None:
    rules = load_rules()
    for cat in ("NAAM", "EMAIL", "TELEFOON", "INITIALEN", "HANDTEKENING", "ADRES", "IBAN", "GEBOORTEDATUM",
                "KENTEKEN"):
        assert rules.ground_for(cat).code == "5.1.2e"
        assert rules.ground_for(cat).justification == "Niet openbaar ter bescherming van de persoonlijke levenssfeer."
    assert rules.ground_for("BSN").code == "5.1.1e"
    with pytest.raises(RulesError):
        rules.ground_for("ONBEKEND")


def _copy_rules(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), d)
    return d


def test_unknown_key_fails_closed(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    p = d / "categories.yaml"
    p.write_text(p.read_text().replace("version: 1", "version: 1\nextra_setting: true"))
    with pytest.raises(RulesError, match=r"categories\.yaml"):
        load_rules(d)


def test_unknown_ground_fails_closed(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    p = d / "categories.yaml"
    p.write_text(p.read_text().replace('BSN:          {ground: "5.1.1e"', 'BSN:          {ground: "5.1.9z"'))
    with pytest.raises(RulesError, match="unknown ground"):
        load_rules(d)


def test_missing_file_fails_closed(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    (d / "allow-list.yaml").unlink()
    with pytest.raises(RulesError, match="missing"):
        load_rules(d)


def test_bad_code_fails_closed(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    p = d / "woo-grounds.yaml"
    p.write_text(p.read_text().replace('code: "5.2"', 'code: "10.2e"'))
    with pytest.raises(RulesError, match="not a Woo ground"):
        load_rules(d)


def test_version_changes_with_content(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    v1 = load_rules(d).version
    p = d / "allow-list.yaml"
    p.write_text(p.read_text() + "\n# changed\n")
    load_rules.cache_clear()
    assert load_rules(d).version != v1


def test_public_officials_cover_every_layer_of_government() -> None:
    rules = load_rules()
    for role in ("minister", "staatssecretaris", "kamerlid", "gedeputeerde", "commissaris van de koning",
                 "statenlid", "burgemeester", "wethouder", "raadslid", "dijkgraaf", "heemraad", "hoofdingeland",
                 "gezaghebber", "cdk"):
        assert role in rules.public_roles + rules.role_abbreviations, role
    assert {"wethouders", "gedeputeerden", "gedeputeerde(n)", "raadsleden", "leden der kamer"} <= set(
        rules.public_plural_roles)
    assert {"voorzitter", "secretaris", "lid"} <= set(rules.weak_roles)
    assert {"vvd", "christenunie", "water natuurlijk"} <= set(rules.parties)
    assert {"beleidsmedewerker", "notulist", "contactpersoon"} <= set(rules.private_roles)
    assert {"gedeputeerde staten", "burgemeester en wethouders"} <= set(rules.public_bodies)


def test_a_version_1_public_officials_file_still_loads(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    (d / "public-officials.yaml").write_text("version: 1\nroles: [minister, wethouder]\npersons: []\n")
    load_rules.cache_clear()
    rules = load_rules(d)
    assert rules.public_roles == ("minister", "wethouder") and rules.weak_roles == ()


def test_an_unknown_public_officials_key_fails_closed(tmp_path: Path) -> None:
    d = _copy_rules(tmp_path)
    p = d / "public-officials.yaml"
    p.write_text(p.read_text() + "\nsurprise: []\n")
    load_rules.cache_clear()
    with pytest.raises(RulesError, match="public-officials"):
        load_rules(d)


def test_the_mandate_signers_policy_is_validated_and_read(tmp_path: Path) -> None:
    assert load_rules().mandate_signers == "uncertain"  # the shipped default: fail closed
    d = _copy_rules(tmp_path)
    p = d / "public-officials.yaml"
    p.write_text(p.read_text().replace("mandate_signers: uncertain", "mandate_signers: public"))
    load_rules.cache_clear()
    assert load_rules(d).mandate_signers == "public"
    p.write_text(p.read_text().replace("mandate_signers: public", "mandate_signers: sometimes"))
    load_rules.cache_clear()
    with pytest.raises(RulesError, match="public-officials"):
        load_rules(d)


def test_the_shipped_vocabulary_loads_and_feeds_detection() -> None:
    from redact.detect import lexicon

    vocabulary = load_vocabulary()
    assert "werken" in vocabulary.noun_suffixes and "Sint" in vocabulary.saints
    assert lexicon.has_noun_suffix("Stadswerken") and "onderwerp" in lexicon.NOT_NAME
    assert frozenset(vocabulary.initials_blocklist) == lexicon.INITIALS_BLOCKLIST


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("version: 1", "version: 1\nsurprise: []", "surprise"),  # an unknown key
    ("saints: [", "saints: [\n  \"no\", no,", "saints"),  # an unquoted "no" is a boolean, not a word
    ("saints: [", "saints: [\n  Sint,", "listed twice"),
    ("saints: [", "saints: [\n  \"Sint Jan\",", "not one word"),
    ("saints: [", "saints: [\n  [", "vocabulary"),  # not YAML any more
])
def test_a_malformed_vocabulary_fails_closed_naming_the_file(tmp_path: Path, old: str, new: str,
                                                            problem: str) -> None:
    d = _copy_rules(tmp_path)
    p = d / "vocabulary.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    load_rules.cache_clear()
    load_vocabulary.cache_clear()
    with pytest.raises(RulesError, match=r"vocabulary\.yaml") as e:
        load_vocabulary(d)
    assert problem in str(e.value)
    with pytest.raises(RulesError, match=r"vocabulary\.yaml"):
        load_rules(d)


def test_a_custom_vocabulary_is_refused_not_ignored(tmp_path: Path) -> None:
    """Detection reads the shipped vocabulary once per process: a --rules DIR may carry a copy of it (or
    none), but a copy with other words fails instead of being ignored silently."""
    d = _copy_rules(tmp_path)
    load_rules.cache_clear()
    assert load_rules(d).directory == d  # an identical copy loads
    (d / "vocabulary.yaml").unlink()
    load_rules.cache_clear()
    assert load_rules(d).directory == d  # so does a directory without one
    shutil.copy(default_rules_dir() / "vocabulary.yaml", d / "vocabulary.yaml")
    p = d / "vocabulary.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("saints: [", "saints: [\n  Santa,", 1), encoding="utf-8")
    load_rules.cache_clear()
    load_vocabulary.cache_clear()
    with pytest.raises(RulesError, match=r"vocabulary\.yaml.*not supported"):
        load_rules(d)
