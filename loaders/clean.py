"""Strip page boilerplate from article text and HTML, and find a published date.

Boilerplate patterns are data (``data/boilerplate.txt``): whole lines such as menus,
share buttons, breadcrumbs, cookie, comment and privacy notices. Lines that state facts,
including 'SEE ALSO' headlines, are kept.

>>> clean_text("Home > News > Deals\\nShare\\nAcme bought Widget.\\nLeave a comment")
'Acme bought Widget.'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from lxml import html as lxml_html
from lxml.etree import ParserError

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "nav",
             "footer", "aside", "button", "select", "input", "object", "embed", "canvas")
BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4",
              "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre",
              "br", "hr", "figure", "figcaption", "dd", "dt", "dl", "title"}
BOILERPLATE_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|cookies?|consent|comments?|"
    r"footer|sidebar|related|recommend\w*|advert\w*|ads?|promo|newsletter|subscribe|popup|modal)"
    r"($|[\s_-])", re.I)

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_WRITTEN_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE})\s+(?P<year2>(?:19|20)\d\d)\b", re.I)


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    lines = resources.files("corpgraph.loaders").joinpath("data/boilerplate.txt").read_text("utf-8")
    patterns = [p.strip() for p in lines.splitlines() if p.strip() and not p.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def is_boilerplate(line: str) -> bool:
    """True for a whole line that is page furniture.

    >>> is_boilerplate("Leave a Reply"), is_boilerplate("SEE ALSO: Acme buys Widget")
    (True, False)
    """
    stripped = line.strip().strip("|·•").strip()
    return bool(stripped) and _boilerplate().fullmatch(stripped) is not None


def clean_text(text: str) -> str:
    """Drop boilerplate lines, control characters and runs of blank lines; keep the rest.

    >>> clean_text("Title\\n\\n\\n\\nBody.\\x07")
    'Title\\n\\nBody.'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]", "", text)
    kept: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"^fb pixel no script", "", line.rstrip(), flags=re.I)
        if is_boilerplate(line):
            continue
        kept.append(line.strip() if line.strip() else "")
    cleaned = "\n".join(kept)
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    return cleaned.strip()


def html_to_text(page: str) -> tuple[str, str | None, str | None]:
    """Main text, title and published date of an HTML page.

    >>> html_to_text('<title>T</title><meta property="article:published_time" '
    ...              'content="2022-08-18T10:00:00Z"><p>One.</p><div class="share-bar">Share</div><p>Two.</p>')
    ('One.\\n\\nTwo.', 'T', '2022-08-18')
    """
    try:
        root = lxml_html.document_fromstring(page)
    except (ParserError, ValueError):
        return page, None, None
    title = _meta(root, "og:title") or _first_text(root, "//title") or _first_text(root, "//h1")
    published = _published_from_markup(root)
    for tag in DROP_TAGS:
        for node in root.iter(tag):
            node.drop_tree() if node.getparent() is not None else None
    for node in list(root.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        attrs = " ".join(filter(None, (node.get("class"), node.get("id"), node.get("role"))))
        if attrs and BOILERPLATE_ATTR.search(attrs) and node.tag not in ("body", "html", "article", "main"):
            node.drop_tree()
    for node in root.iter("head"):
        node.drop_tree()
    parts: list[str] = []
    _collect_text(root, parts)
    text = "".join(parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip(), title, published


def _collect_text(node, parts: list[str]) -> None:
    block = isinstance(node.tag, str) and node.tag.lower() in BLOCK_TAGS
    if block:
        parts.append("\n\n")
    if node.text and isinstance(node.tag, str):
        parts.append(node.text)
    for child in node:
        _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n\n")


def _meta(root, name: str) -> str | None:
    for node in root.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
        content = (node.get("content") or "").strip()
        if content:
            return content
    return None


def _first_text(root, xpath: str) -> str | None:
    for node in root.xpath(xpath):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return None


def _published_from_markup(root) -> str | None:
    for name in ("article:published_time", "datePublished", "pubdate", "publishdate", "date",
                 "DC.date.issued", "og:published_time"):
        value = _meta(root, name)
        if value and (date := find_published_date(value)):
            return date
    for node in root.xpath("//time[@datetime]"):
        if date := find_published_date(node.get("datetime")):
            return date
    return None


def find_published_date(text: str, *, lines: int = 12) -> str | None:
    """The first full date (ISO or written out) in the first lines of a text, as YYYY-MM-DD.

    >>> find_published_date("Deal news\\nSeptember 13, 2021\\nAcme ...")
    '2021-09-13'
    >>> find_published_date("Published 2022-08-18T09:00Z") 
    '2022-08-18'
    """
    head = "\n".join(text.splitlines()[:lines])[:2000]
    if m := _ISO_DATE.search(head):
        return m.group(0)
    if m := _WRITTEN_DATE.search(head):
        month = m.group("month") or m.group("month2")
        day = int(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2")
        number = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month.lower().rstrip(".")[:3]))
        if 1 <= day <= 31:
            return f"{year}-{number:02d}-{day:02d}"
    return None
