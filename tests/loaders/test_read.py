import os
import io

import os
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpgraph.errors import InputError
from corpgraph.loaders.read import article_from_text, article_id, decode, load


def items(paths, **kw):
    return list(load([str(p) for p in paths], **kw))


def test_text_file_gives_title_date_and_stable_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Widget maker changes hands\n\nMarch 4, 2021\n\nAcme Corp bought Widget Ltd.\n", "utf-8")
    [article] = items([path])
    assert article.title == "Widget maker changes hands"
    assert article.published == "2021-03-04"
    assert article.source == str(path)
    assert article.id == article_id(article.text)


def test_same_text_with_other_whitespace_has_same_id():
    a = article_from_text("Acme bought Widget.\n\nIt paid cash.", source="a")
    b = article_from_text("Acme bought   Widget. It paid cash.", source="b")
    assert a.id == b.id


def test_html_keeps_the_story_and_drops_furniture(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("""<html><head><title>Deal day</title>
      <meta property="article:published_time" content="2022-08-18T09:00:00Z">
      <script>track()</script><style>p{}</style></head>
      <body><nav>Home News Tech</nav><div class="share-buttons">Share on Twitter</div>
      <article><h1>Deal day</h1><p>Acme Corp bought Widget Ltd for $5 million.</p></article>
      <div id="cookie-banner">We use cookies to improve your experience.</div>
      <footer>Copyright 2022</footer></body></html>""", "utf-8")
    [article] = items([page])
    assert article.title == "Deal day"
    assert article.published == "2022-08-18"
    assert "Acme Corp bought Widget Ltd" in article.text
    for furniture in ("track()", "Share on Twitter", "cookies", "Home News", "Copyright"):
        assert furniture not in article.text


def test_jsonl_reports_bad_lines_by_number_and_keeps_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Acme bought Widget.", "title": "T1"}\n'
                    '{not json\n'
                    '{"title": "no text"}\n'
                    '[1, 2]\n'
                    '{"text": "Beta bought Gamma.", "published": "2020-01-02", "url": "http://x"}\n', "utf-8")
    got = items([path])
    assert [type(i).__name__ for i in got] == ["Article", "InputError", "InputError", "InputError", "Article"]
    assert f"{path}:2: malformed JSON" in str(got[1])
    assert "missing or empty \"text\"" in str(got[2])
    assert got[4].published == "2020-01-02" and got[4].source == "http://x"


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"   \n\t\n", "the file is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" * 20, "binary file"),
])
def test_unreadable_files_are_reported_not_raised(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = items([path])
    assert isinstance(error, InputError)
    assert message in str(error) and error.hint


def test_other_encodings_are_decoded(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Société Générale bought Crédit Agricole's unit for 5 million francs.".encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Acme bought Widget – a deal.".encode("utf-16"))
    long_latin = tmp_path / "long.txt"
    long_latin.write_bytes(("Crédit Agricole a acheté une société à Genève. " * 20).encode("latin-1"))
    got = items([latin, utf16, long_latin])
    assert "Société Générale" in got[0].text
    assert got[1].text == "Acme bought Widget – a deal."
    assert got[2].text.startswith("Crédit Agricole a acheté une société à Genève.")


def test_size_limit_and_missing_path(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Acme bought Widget. " * 100, "utf-8")
    got = items([big, tmp_path / "nope.txt"], max_bytes=500)
    assert "larger than the 500-byte limit" in str(got[0])
    assert "no such file or folder" in str(got[1])


def test_folder_is_walked_in_order_and_stdin_is_read(tmp_path):
    (tmp_path / "b.txt").write_text("Beta bought Gamma.", "utf-8")
    (tmp_path / "a.txt").write_text("Acme bought Widget.", "utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden.txt").write_text("Hidden bought Secret.", "utf-8")
    assert [a.text for a in items([tmp_path])] == ["Acme bought Widget.", "Beta bought Gamma."]
    [article] = list(load(["-"], stdin=io.StringIO("Delta bought Epsilon.")))
    assert article.source == "<stdin>" and article.text == "Delta bought Epsilon."


def test_decode_prefers_utf8_and_honours_boms():
    assert decode("naïve".encode("utf-8"), source="x") == "naïve"
    assert decode(b"\xef\xbb\xbfhello", source="x") == "hello"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_an_input_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_bytes(data)
    for item in load([str(path)]):
        assert isinstance(item, InputError) or item.text.strip()


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Vantor Systems acquired Bluefin Analytics.", "utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Quickpay acquired Loop Labs.", "utf-8")
    (tmp_path / "z.txt").write_text("Harbor Capital acquired Nimbus Foods.", "utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission gives, even under root
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    items = list(load([str(tmp_path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [i.source.rsplit("/", 1)[-1] for i in items if not isinstance(i, InputError)] == ["a.txt", "z.txt"]
    assert errors == [f"{tmp_path / 'locked'}: cannot list this folder (Permission denied)"]
