"""extract_many: the same extractions in the same order from several processes, and an
error in the input stream comes out only after the articles read before it."""

import pytest

from corpgraph.errors import InputError
from corpgraph.loaders.extract import extract, extract_many, to_gold_format
from corpgraph.loaders.read import article_from_text, load


def test_workers_give_the_sequential_output_in_order(seeds):
    articles = [a for a in load([str(seeds)]) if not isinstance(a, InputError)] * 3
    one = [to_gold_format(extract(a)) for a in articles]
    assert [to_gold_format(e) for e in extract_many(articles, workers=2, batch=2)] == one
    assert [to_gold_format(e) for e in extract_many(iter(articles), workers=1)] == one


def test_an_input_error_comes_after_the_articles_before_it():
    def stream():
        for n in range(5):
            yield article_from_text(f"Firm{n} Labs acquired Unit{n} Systems in 2020.", source=f"{n}.txt")
        raise InputError("bad.txt: the file is empty")

    got = []
    with pytest.raises(InputError, match="bad.txt"):
        for extraction in extract_many(stream(), workers=2, batch=2):
            got.append(extraction.article.source)
    assert got == [f"{n}.txt" for n in range(5)]
