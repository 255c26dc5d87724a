"""Sanitise an e-mail's HTML before it is laid out: nothing is fetched, nothing runs, nothing hides.

Guarantees:
- the output is rebuilt from parsed tokens, tag by tag, from an allow-list of text-formatting tags
  (paragraphs, lists, tables, quotes, inline emphasis, images); unknown tags (``o:p``, ``v:shape``,
  ``font``, ``span`` …) are dropped but their text is kept; ``script``, ``style``, ``head``, ``title``,
  ``template``, ``svg``, ``object``, ``iframe`` and comments are dropped with their content (a browser
  shows none of it);
- attributes are limited to a table and alignment allow-list plus ``style`` filtered to harmless
  properties: nothing that hides (``display``, ``visibility``, ``opacity``, sizes, ``position``, ``overflow``)
  and nothing with ``url(`` survives, so every text a mail client could show is laid out;
- images: ``cid:`` references are resolved through the caller's ``resolve`` (inline parts of the
  message), ``data:`` URIs are decoded; any other source (``http:``, ``file:``, …) is never fetched and
  is replaced by the visible text ``[externe afbeelding niet geladen]``;
- a link's target is shown as text after it (``tekst [https://…]``) when it differs from the link text,
  so the address is laid out (and can be redacted); no link annotation is made.

Limits: the layout is a faithful reading copy, not a pixel copy of the mail client: style sheets and
fonts of the message are not applied.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

_KEEP_TAGS = (
    "p br div b strong i em u s strike sub sup h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody "
    "tfoot tr td th caption blockquote pre code tt hr img center small big address cite q kbd samp"
)
_KEEP = frozenset(_KEEP_TAGS.split())
_VOID = frozenset({"br", "hr", "img"})
_DROP_TAGS = (
    "script style head title template svg math object iframe frame frameset noscript noembed applet "
    "select textarea button"
)
_DROP_WITH_CONTENT = frozenset(_DROP_TAGS.split())
_ATTRS = frozenset({"colspan", "rowspan", "align", "valign", "border", "cellpadding", "cellspacing", "alt"})
_CSS_KEEP = re.compile(
    r"^(font-weight|font-style|text-decoration|text-align|color|background-color|vertical-align|"
    r"border(-[a-z]+)*|padding(-[a-z]+)?|margin-left|white-space)$"
)
_EXTERNAL_IMAGE = "[externe afbeelding niet geladen]"

Resolver = Callable[[str], str | None]
"""Maps a ``cid:`` reference (without the prefix) to the name of a laid-out image, or ``None``."""


def _clean_style(value: str) -> str:
    keep = []
    for decl in value.split(";"):
        prop, sep, val = decl.partition(":")
        prop, val = prop.strip().lower(), val.strip()
        if not sep or not _CSS_KEEP.match(prop):
            continue
        low = val.lower()
        if "url(" in low or "expression" in low or "\\" in val or "<" in val:
            continue
        if prop == "color" and low in ("transparent", "white", "#fff", "#ffffff"):
            continue  # white or transparent text would be invisible on the white page
        keep.append(f"{prop}:{val}")
    return ";".join(keep)


class _Sanitiser(HTMLParser):
    def __init__(self, resolve: Resolver, add_data_image: Callable[[bytes], str | None]) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.resolve = resolve
        self.add_data_image = add_data_image
        self.skip_depth = 0
        self.skip_tag = ""
        self.links: list[tuple[str, int]] = []  # (href, index in out where its text starts)
        self.external_images = 0
        self.unresolved_images = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag in _DROP_WITH_CONTENT:
            if tag not in _VOID:
                self.skip_depth, self.skip_tag = 1, tag
            return
        if tag == "a":
            href = next((v or "" for k, v in attrs if k.lower() == "href"), "")
            self.links.append((href.strip(), len(self.out)))
            return
        if tag == "img":
            self._img(attrs)
            return
        if tag not in _KEEP:
            return
        parts = [tag]
        for key, value in attrs:
            key = key.lower()
            if key == "style" and value:
                style = _clean_style(value)
                if style:
                    parts.append(f'style="{html.escape(style)}"')
            elif key in _ATTRS and value is not None and key != "alt":
                parts.append(f'{key}="{html.escape(value)}"')
        self.out.append("<" + " ".join(parts) + (" />" if tag in _VOID else ">"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def _img(self, attrs: list[tuple[str, str | None]]) -> None:
        src = next((v or "" for k, v in attrs if k.lower() == "src"), "").strip()
        name: str | None = None
        if src.lower().startswith("cid:"):
            name = self.resolve(src[4:].strip("<>"))
            if name is None:
                self.unresolved_images += 1
        elif src.lower().startswith("data:") and ";base64," in src[:100].lower():
            try:
                name = self.add_data_image(base64.b64decode(src.split(",", 1)[1], validate=False))
            except ValueError:
                name = None
            if name is None:
                self.unresolved_images += 1
        elif src:
            self.external_images += 1
            self.out.append(html.escape(_EXTERNAL_IMAGE))
            return
        if name is not None:
            self.out.append(f'<img src="{html.escape(name)}" />')
        else:
            self.out.append(html.escape("[afbeelding ontbreekt]"))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag == "a":
            if self.links:
                href, start = self.links.pop()
                shown = re.sub(r"<[^>]*>", "", "".join(self.out[start:]))
                target = href[7:] if href.lower().startswith("mailto:") else href
                if target and html.unescape(shown).strip() != target and not href.startswith("#"):
                    self.out.append(" [" + html.escape(target) + "]")
            return
        if tag in _KEEP and tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.out.append(html.escape(data, quote=False))


def sanitise(
    markup: str, resolve: Resolver, add_data_image: Callable[[bytes], str | None]
) -> tuple[str, tuple[str, ...]]:
    """The sanitised HTML fragment and warnings (counts only, never the addresses)."""
    parser = _Sanitiser(resolve, add_data_image)
    parser.feed(markup)
    parser.close()
    warnings = []
    if parser.external_images:
        warnings.append(f"{parser.external_images} external image(s) not loaded (shown as a note)")
    if parser.unresolved_images:
        warnings.append(f"{parser.unresolved_images} inline image(s) missing from the message")
    return "".join(parser.out), tuple(warnings)
