"""The extraction pipeline over one article, and its output in the gold format.

>>> from corpgraph.loaders.read import article_from_text
>>> ext = extract(article_from_text("Acme Corp acquired Widget Ltd in 2019.", source="memo.txt"))
>>> [(r.head, r.type.value, r.tail, r.date) for r in ext.relations]
[('acme', 'ACQUIRED', 'widget', '2019')]
"""

from __future__ import annotations

from pathlib import Path

from corpgraph.graph.resolve import cluster
from corpgraph.loaders.mentions import find_mentions, make_doc
from corpgraph.loaders.relations import find_relations
from corpgraph.records import Article, Extraction


def extract(article: Article) -> Extraction:
    """Mentions, entities and relations of one article, validated against the graph model."""
    doc = make_doc(article.text)
    mentions = find_mentions(doc)
    entities, entity_ids = cluster(mentions, article.text)
    relations = find_relations(doc, mentions, entity_ids, entities, article)
    mentioned = {e.id for e in entities}
    extraction = Extraction(article=article, entities=tuple(entities),
                            relations=tuple(r for r in relations if r.head in mentioned and r.tail in mentioned),
                            mentions=tuple(mentions))
    extraction.validate()
    return extraction


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
