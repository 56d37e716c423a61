"""The extraction pipeline over one article, and its output in the gold format.

>>> from corpgraph.loaders.read import article_from_text
>>> ext = extract(article_from_text("Acme Corp acquired Widget Ltd in 2019.", source="memo.txt"))
>>> [(r.head, r.type.value, r.tail, r.date) for r in ext.relations]
[('acme', 'ACQUIRED', 'widget', '2019')]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from corpgraph.graph.resolve import cluster
from corpgraph.loaders.mentions import find_mentions, lexicon, make_doc
from corpgraph.loaders.relations import find_relations
from corpgraph.records import Article, Extraction


def extract(article: Article) -> Extraction:
    """Mentions, entities and relations of one article, validated against the graph model."""
    doc = make_doc(article.text)
    mentions = find_mentions(doc)
    entities, entity_ids = cluster(mentions, article.text, places=lexicon()["locations"])
    relations = find_relations(doc, mentions, entity_ids, entities, article)
    mentioned = {e.id for e in entities}
    extraction = Extraction(article=article, entities=tuple(entities),
                            relations=tuple(r for r in relations if r.head in mentioned and r.tail in mentioned),
                            mentions=tuple(mentions))
    extraction.validate()
    return extraction


def _extract_batch(batch: list[Article]) -> list[Extraction]:
    return [extract(article) for article in batch]


def extract_many(articles: Iterable[Article], *, workers: int = 1, batch: int = 8) -> Iterator[Extraction]:
    """Extractions of ``articles`` in their order, from ``workers`` processes. At most
    ``4 * workers`` batches are in flight, so memory stays bounded on a big folder.

    >>> from corpgraph.loaders.read import article_from_text
    >>> texts = ["Acme Corp acquired Widget Ltd.", "Beta Inc competes with Gamma Inc."]
    >>> [len(e.relations) for e in extract_many(article_from_text(t, source="x") for t in texts)]
    [1, 1]
    """
    if workers <= 1:
        yield from map(extract, articles)
        return
    source = iter(articles)
    failure: list[Exception] = []

    def take() -> list[Article]:
        chunk: list[Article] = []
        try:
            chunk.extend(islice(source, batch))
        except Exception as exc:  # noqa: BLE001 - re-raised once the articles before it are out
            failure.append(exc)
        return chunk

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        while True:
            while not failure and len(pending) < 4 * workers and (chunk := take()):
                pending.append(pool.submit(_extract_batch, chunk))
            if not pending:
                break
            yield from pending.popleft().result()
    if failure:
        raise failure[0]


def to_gold_format(extraction: Extraction, *, min_confidence: float = 0.0) -> dict:
    """The extraction as one object of the gold format of ``graph-model.md`` (scorable)."""
    names = {e.id: e.name for e in extraction.entities}
    relations = []
    for rel in sorted(extraction.relations, key=lambda r: (r.evidence.start, r.key)):
        if rel.confidence < min_confidence:
            continue
        item = {"head": names[rel.head], "type": rel.type.value, "tail": names[rel.tail],
                "status": rel.status.value}
        for field, value in rel.attributes().items():
            item[field] = names.get(value, value) if field == "seller" else value
        item.update(confidence=rel.confidence, rule=rel.rule, evidence=rel.evidence.sentence,
                    span=[rel.evidence.start, rel.evidence.end])
        relations.append(item)
    return {
        "article": Path(extraction.article.source).name,
        "id": extraction.article.id,
        "title": extraction.article.title,
        "published": extraction.article.published,
        "entities": [{"name": e.name, "type": e.type.value, "aliases": list(e.aliases), "id": e.id}
                     for e in extraction.entities],
        "relations": relations,
    }
