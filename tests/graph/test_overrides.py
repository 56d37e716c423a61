"""merge, split and alias on both stores: relations follow the entity, the correction
holds for articles ingested later, and both stores end with the same graph."""

import pytest

from corpgraph.errors import ValidationError
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import article_from_text

from .test_store_contract import snapshot

ARTICLES = ["Vantor Systems acquired Bluefin Analytics in 2021. Bluefin Analytics competes with Quickpay.",
            "VTX Holdings acquired Quickpay in 2022. Quickpay competes with Bluefin Analytics.",
            "Tmall Global competes with Kaola in cross-border trade.",
            "Tmall acquired Loop Labs in 2019."]


def ingest(store, *texts, start=0):
    return [store.ingest(extract(article_from_text(t, source=f"{start + n}.txt"))) for n, t in enumerate(texts)]


def edges(store):
    return sorted((e.head, e.type.value, e.tail, len(e.evidence)) for e in store.edges())


def corrections(store):
    """The same sequence of corrections, run on either store."""
    ingest(store, *ARTICLES)
    store.merge_entities("vantor-systems", "vtx")
    store.add_alias("vantor-systems", "VTX")
    ingest(store, "VTX acquired Nimbus Foods in 2023.", start=10)
    store.merge_entities("tmall", "tmall-global")        # a wrong merge ...
    new_id = store.split_entity("tmall", "Tmall Global")  # ... undone
    ingest(store, "Tmall Global acquired Orbit Media in 2024.", start=20)
    return new_id


def test_merge_moves_relations_and_holds_for_later_articles(any_store):
    ingest(any_store, *ARTICLES[:2])
    any_store.merge_entities("vantor-systems", "vtx")
    assert ("vantor-systems", "ACQUIRED", "quickpay", 1) in edges(any_store)
    assert not any("vtx" in (h, t) for h, _, t, _ in edges(any_store))
    names = {e.id: e for e in any_store.entities()}
    assert "vtx" not in names and "VTX Holdings" in names["vantor-systems"].aliases
    # a later article that spells it the merged way lands on the kept entity
    ingest(any_store, "VTX Holdings acquired Loop Labs in 2023.", start=5)
    assert ("vantor-systems", "ACQUIRED", "loop-labs", 1) in edges(any_store)
    assert not any(r.new for r in ingest(any_store, *ARTICLES[:2]))  # re-ingest changes nothing
    assert any_store.stats()["entities"] == 4


def test_split_takes_the_evidence_that_names_the_spelling(any_store):
    ingest(any_store, *ARTICLES[2:])
    any_store.merge_entities("tmall", "tmall-global")
    assert ("kaola", "COMPETES_WITH", "tmall", 1) in edges(any_store)
    new_id = any_store.split_entity("tmall", "Tmall Global")
    assert new_id == "tmall-global"
    assert ("kaola", "COMPETES_WITH", "tmall-global", 1) in edges(any_store)
    assert ("tmall", "ACQUIRED", "loop-labs", 1) in edges(any_store)
    assert not any(t == "tmall" and r == "COMPETES_WITH" for _, r, t, _ in edges(any_store))
    ingest(any_store, "Tmall Global acquired Orbit Media in 2024.", start=9)
    assert ("tmall-global", "ACQUIRED", "orbit-media", 1) in edges(any_store)
    with pytest.raises(ValidationError, match="not another spelling"):
        any_store.split_entity("tmall", "Kaola")


def test_an_alias_that_names_another_entity_is_refused(any_store):
    ingest(any_store, *ARTICLES[:2])
    with pytest.raises(ValidationError, match="already names the entity 'vtx'"):
        any_store.add_alias("vantor-systems", "VTX Holdings")
    with pytest.raises(ValidationError, match="cannot merge"):
        ingest(any_store, "Maria Keller is the CEO of Quickpay.", start=7)
        any_store.merge_entities("quickpay", "maria-keller")


def test_both_stores_end_with_the_same_graph(tmp_path, neo4j_store):
    with EmbeddedStore(tmp_path / "e.db") as embedded:
        assert corrections(embedded) == corrections(neo4j_store)
        assert snapshot(embedded) == snapshot(neo4j_store)
        assert ("tmall-global", "ACQUIRED", "orbit-media", 1) in edges(embedded)
        assert ("vantor-systems", "ACQUIRED", "nimbus-foods", 1) in edges(embedded)
