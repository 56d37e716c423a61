"""Read articles from text, HTML and JSONL files, folders and stdin.

The entry point is :func:`load`, which streams one :class:`~corpgraph.records.Article`
per document, or an :class:`~corpgraph.errors.InputError` for a document that could not
be read, so that callers decide whether to skip it or stop. Nothing is read twice and a
folder is walked lazily, so memory stays bounded by the largest single article.

>>> art = article_from_text("Acme Corp bought Widget Ltd.\\n", source="memo.txt")
>>> art.id == article_from_text("Acme Corp  bought Widget Ltd.", source="other").id
True
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import BinaryIO
from pathlib import Path

from charset_normalizer import from_bytes

from corpgraph.errors import InputError
from corpgraph.loaders.clean import clean_text, find_published_date, html_to_text
from corpgraph.records import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text after Unicode and whitespace normalisation.

    >>> article_id("Acme  bought\\nWidget") == article_id("Acme bought Widget")
    True
    """
    normal = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def article_from_text(text: str, *, source: str, title: str | None = None,
                      published: str | None = None) -> Article:
    """Make an article from plain text: strip boilerplate lines, find title and date.

    >>> a = article_from_text("Acme buys Widget\\n\\nMENU\\nAcme bought Widget on 2021-03-04.", source="x")
    >>> a.title, a.published
    ('Acme buys Widget', '2021-03-04')
    """
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(f"{source}: no article text left after removing page boilerplate",
                         hint="check that the file holds the article itself, not only page furniture")
    if title is None:
        title = _first_line_title(cleaned)
    if published is None:
        published = find_published_date(cleaned)
    return Article(id=article_id(cleaned), text=cleaned, source=source,
                   title=title, published=published)


def article_from_html(html: str, *, source: str) -> Article:
    """Make an article from an HTML page: main text only, title and date from the markup.

    >>> a = article_from_html("<html><head><title>Deal</title></head><body><nav>Home</nav>"
    ...                       "<p>Acme bought Widget.</p><script>x()</script></body></html>", source="p.html")
    >>> a.title, a.text
    ('Deal', 'Acme bought Widget.')
    """
    text, title, published = html_to_text(html)
    return article_from_text(text, source=source, title=title, published=published)


def articles_from_jsonl(lines: Iterable[str], *, source: str) -> Iterator[Article | InputError]:
    """One article per JSON line with a ``text`` field (``title``, ``published``/``date``,
    ``source``/``url`` optional); a bad line becomes an error naming the line number.

    >>> items = list(articles_from_jsonl(['{"text": "Acme bought Widget."}', '{oops'], source="a.jsonl"))
    >>> [type(i).__name__ for i in items]
    ['Article', 'InputError']
    """
    for number, line in enumerate(lines, start=1):
        item = parse_jsonl_line(line, where=f"{source}:{number}")
        if item is not None:
            yield item


def parse_jsonl_line(line: str, *, where: str) -> Article | InputError | None:
    """Parse one JSONL line; ``None`` for a blank line, an InputError for a bad one."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})",
                          hint="fix or remove that line; each line must be one JSON object")
    if not isinstance(record, dict):
        return InputError(f"{where}: expected a JSON object, got {type(record).__name__}",
                          hint='write each line as {"text": "...", "title": "..."}')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(f"{where}: missing or empty \"text\" field",
                          hint="every line needs the article's text as a string in \"text\"")
    fields: dict[str, str | None] = {}
    for name, keys in (("title", ("title",)), ("published", ("published", "date")),
                       ("source", ("source", "url"))):
        value = next((record[k] for k in keys if record.get(k) is not None), None)
        if value is not None and not isinstance(value, str):
            return InputError(f"{where}: field {keys[0]!r} must be a string, got {type(value).__name__}",
                              hint="give titles, dates and sources as strings")
        fields[name] = value
    try:
        return article_from_text(text, source=fields["source"] or where,
                                 title=fields["title"], published=fields["published"])
    except InputError as exc:
        return exc


def decode(data: bytes, *, source: str) -> str:
    """Decode a file's bytes: BOMs honoured, UTF-8 first, else the detected encoding.

    >>> decode("café".encode("latin-1"), source="x")
    'café'
    """
    if not data.strip():
        raise InputError(f"{source}: the file is empty",
                         hint="give it an article's text, or leave it out")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise InputError(f"{source}: this is a binary file, not text",
                         hint="give corpgraph .txt, .html or .jsonl articles")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Text without NUL bytes is not UTF-16/32 (those were caught above by their BOM or as
    # binary); short texts are too short for a detector, and Windows-1252 is the usual
    # non-UTF-8 encoding of Western news text.
    best = from_bytes(data[:1_000_000]).best() if len(data) >= 256 else None
    guess = best.encoding if best and not best.encoding.startswith(("utf_16", "utf_32")) else "cp1252"
    for encoding in dict.fromkeys((guess, "cp1252")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")  # decodes any bytes


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _first_line_title(text: str) -> str | None:
    """The first short line of three words or more among the opening lines (a lone word
    up top is usually the site's name)."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:4]:
        if len(line.split()) >= 3:
            return line if len(line) <= 200 else None
    return None


def _open(path: Path) -> BinaryIO:
    """A regular file opened for reading, or an InputError that says why not. Pipes,
    sockets and devices are refused before they are opened: opening a FIFO blocks."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory", hint="give the folder itself, not as a file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{path}: not a regular file (a pipe, socket or device)",
                             hint="copy the article into a file, or pipe it to 'corpgraph ingest -'")
        return path.open("rb")
    except PermissionError:
        raise InputError(f"{path}: permission denied",
                         hint="make the file readable (chmod +r) or leave it out") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> InputError:
    return InputError(f"{path}: cannot read ({exc.strerror})", hint="check that the file exists and is readable")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open(path) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise _unreadable(path, exc) from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: larger than the {max_bytes:,}-byte limit for one article",
                         hint="split it, or raise the limit with --max-article-bytes")
    return data


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles from one file, chosen by suffix: .html/.htm, .jsonl, anything else as text."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes=max_bytes)
        return
    try:
        text = decode(_read_bytes(path, max_bytes), source=str(path))
        if suffix in HTML_SUFFIXES:
            yield article_from_html(text, source=str(path))
        else:
            yield article_from_text(text, source=str(path))
    except InputError as exc:
        yield exc


def _read_jsonl(path: Path, *, max_bytes: int) -> Iterator[Article | InputError]:
    try:
        handle = _open(path)
    except InputError as exc:
        yield exc
        return
    with handle:
        number = 0
        while raw := handle.readline(max_bytes + 1):  # bounded: a long line is never read whole
            number += 1
            where = f"{path}:{number}"
            if len(raw) > max_bytes:
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(1 << 20)
                yield InputError(f"{where}: line longer than the {max_bytes:,}-byte limit for one article",
                                 hint="split it, or raise the limit with --max-article-bytes")
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(f"{where}: the line is not valid UTF-8",
                                 hint="JSONL must be UTF-8; re-save the file as UTF-8")
                continue
            item = parse_jsonl_line(line, where=where)
            if item is not None:
                yield item


def iter_files(path: Path) -> Iterator[Path | InputError]:
    """Readable article files under a folder, in a stable order, walked lazily; a
    sub-folder that cannot be listed comes as an InputError in its place."""
    unlisted: list[OSError] = []

    def problems() -> Iterator[InputError]:
        while unlisted:
            failed = unlisted.pop(0)
            yield InputError(f"{failed.filename}: cannot list this folder ({failed.strerror})",
                             hint="make it readable (chmod +rx) or leave it out")

    for root, dirs, files in os.walk(path, onerror=unlisted.append):
        yield from problems()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root) / name
            if not name.startswith(".") and candidate.suffix.lower() in READABLE_SUFFIXES:
                yield candidate
    yield from problems()


def load(paths: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES,
         stdin=None) -> Iterator[Article | InputError]:
    """Stream articles from files, folders and ``-`` (stdin), in the order given.

    A missing path, an unreadable file or a bad JSONL line is yielded as an InputError
    in its place; the caller decides whether to skip it or stop.
    """
    for raw in paths:
        if str(raw) == STDIN:
            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read(max_bytes + 1) if hasattr(stream, "buffer") else stream.read(max_bytes + 1)
            if isinstance(data, str):
                data = data.encode("utf-8")
            if len(data) > max_bytes:
                yield InputError(f"<stdin>: larger than the {max_bytes:,}-byte limit for one article",
                                 hint="split it, or raise the limit with --max-article-bytes")
                continue
            try:
                text = decode(data, source="<stdin>")
                looks_html = re.match(r"\s*<(!doctype|html|head|body)", text, re.I)
                yield (article_from_html if looks_html else article_from_text)(text, source="<stdin>")
            except InputError as exc:
                yield exc
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in iter_files(path):
                found = True
                if isinstance(file, InputError):
                    yield file
                else:
                    yield from read_file(file, max_bytes=max_bytes)
            if not found:
                yield InputError(f"{path}: no .txt, .html or .jsonl files in this folder",
                                 hint="point corpgraph at a folder of articles")
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield InputError(f"{path}: no such file or folder", hint="check the path")
