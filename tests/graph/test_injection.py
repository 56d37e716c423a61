"""Names and text that look like Cypher or SQL are stored as text on both stores and change
nothing else; relation types only ever come from the closed enum."""

import json
import os
import subprocess
import sys

import pytest

from corpgraph import cypher
from corpgraph.errors import ValidationError
from corpgraph.graph import answers
from corpgraph.graph.store import find_entity
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import article_from_text
from corpgraph.records import Entity, EntityType, Evidence, Extraction, Relation, RelationType, Status

from .test_store_contract import snapshot

HOSTILE = [
    "'}) DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "`Entity` Holdings",
    "Robert'); DROP TABLE entities;--",
    "x' OR '1'='1",
    "$uri {password} Corp",
    "Acme\\' ; CALL dbms.shutdown() //",
    "Back\\slash \"Quoted\" Ltd",
]


def _hostile_extraction() -> Extraction:
    text = " ".join(f"{name} acquired Widget Works." for name in HOSTILE) + \
        " MATCH (n) DETACH DELETE n; DROP TABLE relations; --"
    article = article_from_text(text, source="'; DROP TABLE articles; --.txt", title="`}) DELETE //")
    entities = [Entity(f"hostile-{i}", name, EntityType.COMPANY, aliases=(name.upper(),))
                for i, name in enumerate(HOSTILE)]
    entities.append(Entity("widget-works", "Widget Works", EntityType.COMPANY))
    relations = []
    for i, name in enumerate(HOSTILE):
        start = text.index(name)
        relations.append(Relation(f"hostile-{i}", RelationType.ACQUIRED, "widget-works", Status.RUMORED,
                                  Evidence(article.id, text[start:start + len(name) + 25], start,
                                           start + len(name) + 25),
                                  confidence=0.5, rule="test", seller=None, role=name))
    return Extraction(article, tuple(entities), tuple(relations))


def test_hostile_names_are_stored_as_text_and_change_nothing_else(any_store):
    any_store.ingest(extract(article_from_text(
        "Vantor Systems acquired Bluefin Analytics in 2021. Bluefin Analytics competes with Quickpay.",
        source="plain.txt")))
    before_entities, before_edges, before_stats = snapshot(any_store)
    assert any_store.ingest(_hostile_extraction()).new
    after_entities, after_edges, after_stats = snapshot(any_store)
    # everything that was there is still there, unchanged
    assert set(before_entities) <= set(after_entities) and set(before_edges) <= set(after_edges)
    assert after_stats["articles"] == before_stats["articles"] + 1
    assert after_stats["entities"] == before_stats["entities"] + len(HOSTILE) + 1
    stored = {e.name: e for e in any_store.entities()}
    for name in HOSTILE:
        entity = stored[name]  # the ids are the store's own (slugs), the names are verbatim
        assert name.upper() in entity.aliases
        assert find_entity(any_store, name) == entity  # looked up as text, not parsed
        [edge] = any_store.edges(entity_id=entity.id)
        assert edge.role == name and name in edge.evidence[0].sentence
        assert edge.evidence[0].source == "'; DROP TABLE articles; --.txt"
    assert [c["rival"] for c in answers.competitors(any_store, find_entity(any_store, "Quickpay").id)["rivals"]] \
        == ["Bluefin Analytics"]


def test_only_enum_members_become_relationship_types():
    assert "[r:ACQUIRED]" in cypher.for_type("upsert_relations", RelationType.ACQUIRED)
    for bad in ("ACQUIRED]->() DETACH DELETE n //", "acquired`", "OWNS"):
        with pytest.raises(ValueError):
            cypher.for_type("upsert_relations", bad)
        with pytest.raises(ValidationError):
            Relation("a", bad, "b", Status.CURRENT, Evidence("x", "s", 0, 1))
    with pytest.raises(ValidationError):
        RelationType.parse("ACQUIRED; DROP TABLE relations")


def test_the_cli_treats_a_hostile_name_as_an_unknown_name(tmp_path, neo4j_server, neo4j_store):
    env = {**os.environ, "NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": neo4j_server.password}
    (tmp_path / "a.txt").write_text("Vantor Systems acquired Bluefin Analytics in 2021.\n", "utf-8")
    for store in ("embedded", "neo4j"):
        def run(*args):
            return subprocess.run([sys.executable, "-m", "corpgraph", "--store", store, *args], cwd=tmp_path,
                                  env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert run("ingest", "a.txt").returncode == 0
        before = run("stats", "--json").stdout
        for name in HOSTILE[:2] + ["Bluefin Analytics' OR 1=1 --"]:
            result = run("owners", name)
            assert result.returncode == 1 and result.stderr.startswith("error: no entity called")
            assert "Traceback" not in result.stderr
        assert run("stats", "--json").stdout == before
        assert json.loads(before)["relations"] == 1
