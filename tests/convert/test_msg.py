from __future__ import annotations

from pathlib import Path

import olefile
import pytest

from redact.convert import Kind, convert, convert_bytes, convert_child
from redact.convert.msg import parse_msg
from redact.errors import CorruptMailError
from tests.convert.conftest import MSG, assert_text


def test_attachment_and_inline_image(tmp_path: Path) -> None:
    conv = convert(MSG / "attachAndInline.msg")
    assert conv.kind is Kind.MSG
    assert_text(conv.pdf, tmp_path, "Verzonden: dinsdag 27 juli 2021 22:19:50 (UTC+00:00)",
                "Aan: xmailuser@xmailserver.test", "Onderwerp: Attach and inline", "Bijlagen: attach.png")
    assert [(c.original_name, c.kind) for c in conv.children] == [("attach.png", Kind.PNG)]  # inline one is body
    assert convert_child(conv.children[0], "attachAndInline.msg").kind is Kind.PNG


def test_message_in_message_is_a_document_of_its_own(tmp_path: Path) -> None:
    conv = convert(MSG / "msgInMsg.msg")
    assert_text(conv.pdf, tmp_path, "Onderwerp: I have attachments!", "I have attachments!",
                "Bijlagen: Microsoft Outlook テスト メッセージ.msg; green.png")
    inner_child, png = conv.children
    assert (inner_child.kind, png.kind) == (Kind.MSG, Kind.PNG)
    assert olefile.isOleFile(inner_child.data)  # rebuilt as a stand-alone compound file
    inner = convert_child(inner_child, "msgInMsg.msg")
    assert inner.kind is Kind.MSG
    assert_text(inner.pdf, tmp_path, "Van: Microsoft Outlook <xmailuser@xmailserver.test>",
                "Onderwerp: Microsoft Outlook テスト メッセージ", "dinsdag 12 mei 2020 05:45:17")


def test_links_are_shown_as_text(tmp_path: Path) -> None:
    assert_text(convert(MSG / "htmlLink.msg").pdf, tmp_path, "https://google.com/",
                "mailto:test@example.com [test@example.com]")


def test_rtf_body_falls_back_to_plain_text_with_a_warning(tmp_path: Path) -> None:
    conv = convert(MSG / "test1.msg")
    assert_text(conv.pdf, tmp_path, "Aan: to@example.com", "CC: cc@example.com", "Onderwerp: title", "body")
    assert conv.warnings == ("the body is rich text (RTF); its plain-text form is shown",)


def test_code_pages(tmp_path: Path) -> None:
    assert_text(convert(MSG / "nonUnicodeMail.msg").pdf, tmp_path, "Non Unicode mail subject",
                "xmailuser2@xmailserver.test")
    found = convert(MSG / "hello-cjk.msg").pdf
    assert_text(found, tmp_path, "Hello", "J こんにちは")
    from tests.convert.conftest import texts

    assert "你好" in texts(found, tmp_path)["pymupdf"] and "안녕하세요" in texts(found, tmp_path)["pymupdf"]


def test_deterministic() -> None:
    data = (MSG / "msgInMsg.msg").read_bytes()
    a, b = convert_bytes(data), convert_bytes(data)
    assert a.pdf == b.pdf and a.children == b.children


def test_damaged_msg_is_a_typed_error(tmp_path: Path) -> None:
    data = (MSG / "test1.msg").read_bytes()
    for broken in (data[:512], data[:1024] + b"\xff" * 2048):
        with pytest.raises(CorruptMailError) as err:
            parse_msg(broken, tmp_path / "kapot.msg")
        assert "kapot.msg" in str(err.value)
