"""Any text in, no exception out but the project's own: the readers, the HTML cleaner,
the extractor and the store's resolution, driven by hypothesis."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpgraph.errors import CorpgraphError, InputError
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.loaders.extract import extract, to_gold_format
from corpgraph.loaders.read import article_from_html, article_from_text, parse_jsonl_line
from corpgraph.records import Article, Extraction

# words that make the rules fire, mixed with anything Unicode has (controls, emoji, RTL marks)
WORDS = st.sampled_from(["Acme Group", "Widget Ltd", "acquired", "was acquired by", "merged into", "CEO",
                         "Zhou Min", "reports to", "competes with", "rivals such as", "its subsidiary", ",",
                         ".", "and", "in 2019", "for $2 billion", "51%", "the company", "he", "\n", "'s",
                         "<script>", "</p>", "\u202e", "🚀", "\x00", "\x1b[31m", "“", "”", "(", ")"])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=40).map(" ".join)


def _extract_or_refuse(make, *args, **kwargs):
    try:
        article = make(*args, **kwargs)
    except InputError:
        return None
    extraction = extract(article)
    assert isinstance(extraction, Extraction)
    return extraction


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_any_text_gives_a_valid_extraction_or_an_input_error(text):
    extraction = _extract_or_refuse(article_from_text, text, source="fuzz.txt")
    if extraction is None:
        return
    extraction.validate()
    ids = {e.id for e in extraction.entities}
    for relation in extraction.relations:
        assert {relation.head, relation.tail} <= ids
        assert relation.evidence.sentence.strip() and relation.evidence.sentence in extraction.article.text
    json.dumps(to_gold_format(extraction))  # always serialisable for the scorer


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_any_markup_gives_an_article_or_an_input_error(text):
    _extract_or_refuse(article_from_html, f"<html><body><p>{text}</p><script>{text}</script></body></html>",
                       source="fuzz.html")


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=80), st.builds(json.dumps, st.dictionaries(
    st.sampled_from(["text", "title", "published", "date", "source", "url", "x"]),
    st.one_of(TEXT, st.integers(), st.none(), st.lists(st.integers(), max_size=2)), max_size=5))))
def test_any_jsonl_line_gives_an_article_an_error_or_nothing(line):
    item = parse_jsonl_line(line, where="feed.jsonl:1")
    assert item is None or isinstance(item, (Article, InputError))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_storing_is_idempotent_whatever_the_articles(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("prop") / "p.db"
    extractions = [e for e in (_extract_or_refuse(article_from_text, t, source=f"{n}.txt")
                               for n, t in enumerate(texts)) if e is not None]
    with EmbeddedStore(path) as store:
        try:
            for extraction in extractions:
                store.ingest(extraction)
        except CorpgraphError:
            return
        once = (store.stats(), sorted((e.id, e.name, e.aliases) for e in store.entities()))
        for extraction in extractions:
            assert not store.ingest(extraction).new
        assert (store.stats(), sorted((e.id, e.name, e.aliases) for e in store.entities())) == once


SPELLINGS = ["NetEase Kaola", "Kaola", "Koala", "Vantor Systems", "Vantor", "Bluefin Analytics", "Bluefin",
             "Quickpay Holdings", "QuickPay", "Tmall", "Tmall Global", "Zhou Min", "Lin Wan"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(SPELLINGS), st.sampled_from(SPELLINGS)), min_size=1, max_size=6),
       st.randoms(use_true_random=False))
def test_resolution_across_articles_does_not_depend_on_their_order(tmp_path_factory, pairs, rnd):
    texts = [f"{a} competes with {b}. {b} is a rival of {a}." for a, b in pairs if a != b]
    shuffled = texts[:]
    rnd.shuffle(shuffled)

    def spellings(order, name):
        with EmbeddedStore(tmp_path_factory.mktemp("order") / name) as store:
            for n, text in enumerate(order):
                store.ingest(extract(article_from_text(text, source=f"{n}.txt")))
            return sorted(sorted(e.names()) for e in store.entities())
    assert spellings(texts, "a.db") == spellings(shuffled, "b.db")
