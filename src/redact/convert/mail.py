"""E-mail messages (``.eml`` and, through ``msg.py``, Outlook ``.msg``) → one message model → a PDF.

Guarantees:
- the PDF starts with a header block with Dutch labels as Outlook prints them: Van, Verzonden, Aan, CC,
  BCC (only when the message has one), Onderwerp, Bijlagen (the attachments' original names); a field
  the message lacks is left out, never invented;
- Verzonden shows the ``Date`` header in the Dutch form of Outlook's print (``dinsdag 5 maart 2024
  14:03``) with the seconds when they are not zero and the time zone of the header (``UTC+01:00``), so
  nothing of the header is lost; a header that cannot be parsed, or whose weekday disagrees with the date,
  is shown verbatim;
- the body is the HTML body when there is one (sanitised by ``sanitize.py``), else the text body as
  preformatted text; quoted earlier messages are part of the body and are kept as they are;
- inline images referenced by ``cid:`` and decodable are laid out in the body and are not attachments;
  every other part (attachments, inline parts the body does not show, extra text parts, attached
  messages) is returned as an attachment, in message order: nothing is dropped silently;
- an ``.eml`` is read with the standard library's ``email`` (``policy.default``); a message the parser
  cannot read, or that has neither a header nor a body, raises ``CorruptMailError``.

Limits: the mail client's own styling is not reproduced (see ``sanitize.py``); S/MIME-encrypted bodies
are shown as their encrypted attachment (``smime.p7m``), which is then an unsupported type.
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import html
import mimetypes
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.message import Message as _StdMessage
from pathlib import Path

from redact.convert import render
from redact.convert.sanitize import sanitise
from redact.errors import CorruptMailError

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
_DAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class Part:
    """A non-body part of a message: an attachment or an inline image. ``name`` may be empty."""

    name: str
    data: bytes
    mime: str = "application/octet-stream"
    content_id: str = ""
    is_message: bool = False  # an attached message (its ``data`` is an ``.eml`` or a ``.msg``)


@dataclass(frozen=True, slots=True)
class Message:
    """One message as the header block and body show it; ``date`` is already display text."""

    sender: str = ""
    date: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    html: str | None = None
    text: str | None = None
    parts: tuple[Part, ...] = ()
    warnings: tuple[str, ...] = ()


def dutch_date(value: str) -> str:
    """The ``Date`` header in Outlook's Dutch print form, or verbatim (see the module's guarantees)."""
    raw = " ".join(value.split())
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return raw
    head = raw.split(",", 1)[0].strip().lower()[:3] if "," in raw else ""
    if head and head in _DAYS_EN and _DAYS_EN.index(head) != when.weekday():
        return raw
    return format_datetime(when)


def format_datetime(when: dt.datetime) -> str:
    """``dinsdag 5 maart 2024 14:03[:27] (UTC+01:00)``; the zone is left out for a naive time."""
    text = f"{DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
    if when.second:
        text += f":{when.second:02d}"
    offset = when.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
    return text


def _header(msg: _StdMessage, name: str) -> str:
    try:
        values = msg.get_all(name) or []
        return ", ".join(" ".join(str(v).split()) for v in values)
    except Exception:  # a header the parser cannot decode: show its raw form
        raw = [v for k, v in msg.raw_items() if k.lower() == name.lower()] if hasattr(msg, "raw_items") else []
        return ", ".join(" ".join(str(v).split()) for v in raw)


def _decode_text(part: _StdMessage) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")


def parse_eml(data: bytes, path: Path | str) -> Message:
    """The message model of an ``.eml`` file (``CorruptMailError`` when it cannot be read)."""
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return _from_email(msg, path)
    except CorruptMailError:
        raise
    except Exception as e:
        raise CorruptMailError(path, type(e).__name__) from e


def _from_email(msg: EmailMessage, path: Path | str) -> Message:
    if not msg.keys():
        raise CorruptMailError(path, "no header fields")
    html_part = msg.get_body(preferencelist=("html",))
    text_part = msg.get_body(preferencelist=("plain",))
    body = {id(html_part if html_part is not None else text_part)}
    if html_part is not None and text_part is not None and _alternatives(msg, html_part, text_part):
        body.add(id(text_part))  # the same text in another form; any other text part is kept
    parts: list[Part] = []
    for leaf in _leaves(msg):
        if id(leaf) not in body:
            parts.append(_part(leaf, len(parts) + 1))
    date = _header(msg, "Date")
    warnings = [f"{len(msg.defects)} structural defect(s) in the message repaired"] if msg.defects else []
    return Message(
        sender=_header(msg, "From"), date=dutch_date(date) if date else "", to=_header(msg, "To"),
        cc=_header(msg, "Cc"), bcc=_header(msg, "Bcc"), subject=_header(msg, "Subject"),
        html=_decode_text(html_part) if html_part is not None else None,
        text=_decode_text(text_part) if html_part is None and text_part is not None else None,
        parts=tuple(parts), warnings=tuple(warnings))


def _leaves(part: _StdMessage) -> list[_StdMessage]:
    """The non-multipart parts in order; an attached message is one leaf (converted on its own)."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        return [part]
    payload = part.get_payload()
    subs = payload if isinstance(payload, list) else []
    return [leaf for sub in subs if isinstance(sub, _StdMessage) for leaf in _leaves(sub)]


def _alternatives(root: _StdMessage, a: _StdMessage, b: _StdMessage) -> bool:
    """True when ``a`` and ``b`` are alternatives of one ``multipart/alternative``."""
    for sub in root.walk():
        if sub.get_content_type() == "multipart/alternative":
            inside = [p for p in sub.walk() if p is not sub]
            if any(p is a for p in inside) and any(p is b for p in inside):
                return True
    return False


def _part(part: _StdMessage, n: int) -> Part:
    ctype = part.get_content_type()
    name = part.get_filename() or ""
    cid = (part.get("Content-ID") or "").strip().strip("<>")
    if ctype == "message/rfc822":
        inner = part.get_payload()
        inner_msg = inner[0] if isinstance(inner, list) and inner else inner
        data = inner_msg.as_bytes(policy=policy.SMTP) if isinstance(inner_msg, _StdMessage) else b""
        if not name and isinstance(inner_msg, _StdMessage):
            name = _header(inner_msg, "Subject")
        return Part(name=(name or f"bericht-{n}") + ("" if name.lower().endswith(".eml") else ".eml"),
                    data=data, mime=ctype, content_id=cid, is_message=True)
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    if not name:
        name = f"deel-{n}{mimetypes.guess_extension(ctype) or '.bin'}"
    return Part(name=name, data=data, mime=ctype, content_id=cid)


_LABELS = (("Van", "sender"), ("Verzonden", "date"), ("Aan", "to"), ("CC", "cc"), ("BCC", "bcc"),
           ("Onderwerp", "subject"))
_HEADER_CSS = ("table.kop { width: 100%; } .kop td { border: none; padding: 0 6pt 1pt 0; } "
               ".lbl { font-weight: bold; white-space: nowrap; }")


def render_message(msg: Message) -> tuple[bytes, frozenset[int], tuple[str, ...]]:
    """The message's PDF, the indexes of the parts laid out inline in the body, and warnings."""
    images: dict[str, bytes] = {}
    used: set[int] = set()
    by_cid = {p.content_id.lower(): i for i, p in enumerate(msg.parts) if p.content_id}

    def resolve(cid: str) -> str | None:
        i = by_cid.get(cid.lower())
        if i is None or render.image_width(msg.parts[i].data) is None:
            return None
        used.add(i)
        name = f"inline-{i}"
        images[name] = msg.parts[i].data
        return name

    def add_data_image(data: bytes) -> str | None:
        if render.image_width(data) is None:
            return None
        name = f"data-{len(images)}"
        images[name] = data
        return name

    warnings = list(msg.warnings)
    if msg.html is not None:
        body, notes = sanitise(msg.html, resolve, add_data_image)
        warnings.extend(notes)
    elif msg.text is not None:
        body = render.escape_pre(msg.text)
    else:
        body = ""
        warnings.append("the message has no body")
    rows = []
    for label, field_name in _LABELS:
        value = getattr(msg, field_name)
        if value:
            rows.append(f'<tr><td class="lbl">{label}:</td><td>{html.escape(value)}</td></tr>')
    attached = [p.name for i, p in enumerate(msg.parts) if i not in used]
    if attached:
        names = "; ".join(html.escape(n) for n in attached)
        rows.append(f'<tr><td class="lbl">Bijlagen:</td><td>{names}</td></tr>')
    head = f'<table class="kop">{"".join(rows)}</table><hr />'
    pdf = render.html_to_pdf(head + body, images, css=_HEADER_CSS)
    return pdf, frozenset(used), tuple(warnings)
