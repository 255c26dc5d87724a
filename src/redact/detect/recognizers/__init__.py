"""One Presidio recognizer per module; ``default_recognizers`` lists the ones the analyzer uses.

Every recognizer is for language ``nl``, emits category names from ``rules/categories.yaml`` and is
built from the rules without any download or file access.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redact.rules import Rules


def default_recognizers(rules: Rules) -> list[EntityRecognizer]:
    """Fresh instances of all recognizers of this package, configured with ``rules``."""
    from redact.detect.recognizers.address import AddressRecognizer
    from redact.detect.recognizers.birthdate import BirthDateRecognizer
    from redact.detect.recognizers.bsn import BsnRecognizer
    from redact.detect.recognizers.email import EmailRecognizer
    from redact.detect.recognizers.iban import IbanRecognizer
    from redact.detect.recognizers.kenteken import LicensePlateRecognizer
    from redact.detect.recognizers.person_abbreviated import AbbreviatedNameRecognizer
    from redact.detect.recognizers.person_callname import CallNameRecognizer
    from redact.detect.recognizers.person_chat import ChatNameRecognizer
    from redact.detect.recognizers.person_email import EmailNameRecognizer
    from redact.detect.recognizers.person_gazetteer import GazetteerNameRecognizer
    from redact.detect.recognizers.person_header import HeaderNameRecognizer
    from redact.detect.recognizers.person_initials import InitialsRecognizer
    from redact.detect.recognizers.person_label import LabelNameRecognizer
    from redact.detect.recognizers.person_letter import LetterNameRecognizer
    from redact.detect.recognizers.person_list import NameListRecognizer
    from redact.detect.recognizers.person_model import ModelNameRecognizer, available_model
    from redact.detect.recognizers.person_registry import RegistryNameRecognizer
    from redact.detect.recognizers.person_relation import RelationNameRecognizer
    from redact.detect.recognizers.person_role import RoleNameRecognizer
    from redact.detect.recognizers.person_table import TableNameRecognizer
    from redact.detect.recognizers.person_title import TitleNameRecognizer
    from redact.detect.recognizers.phone import PhoneRecognizer

    model = available_model()  # an installed nl_core_news_* model adds recall; never required
    extra: list[EntityRecognizer] = [ModelNameRecognizer(rules, model)] if model else []
    return [
        *extra,
        EmailRecognizer(rules),
        PhoneRecognizer(rules),
        BsnRecognizer(rules),
        IbanRecognizer(rules),
        HeaderNameRecognizer(rules),
        LabelNameRecognizer(rules),
        InitialsRecognizer(rules),
        TableNameRecognizer(rules),
        RelationNameRecognizer(rules),
        RegistryNameRecognizer(rules),
        RoleNameRecognizer(rules),
        LetterNameRecognizer(rules),
        TitleNameRecognizer(rules),
        CallNameRecognizer(rules),
        AbbreviatedNameRecognizer(rules),
        EmailNameRecognizer(rules),
        AddressRecognizer(rules),
        BirthDateRecognizer(rules),
        GazetteerNameRecognizer(rules),
        NameListRecognizer(rules),
        ChatNameRecognizer(rules),
        LicensePlateRecognizer(rules),
    ]
