"""Every bundled Cypher file runs on a real server, and the question files answer like the
networkx queries do on the same graph."""

import re

import pytest

from corpgraph import cypher
from corpgraph.graph import queries
from corpgraph.graph.store import to_networkx
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import load


def test_every_file_has_a_header_saying_what_and_which_parameters():
    for name in cypher.names():
        text = cypher.load(name)
        assert text.startswith(f"// {name}:"), name
        assert "// Parameters:" in text, name
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
        declared = set(re.findall(r"\$(\w+)", text.split("// Parameters:")[1].splitlines()[0]))
        used = set(re.findall(r"\$(\w+)", body))
        assert used <= declared, f"{name}: uses {used - declared} without declaring them"


@pytest.fixture
def seeded(neo4j_store, seeds):
    for article in load([str(seeds)]):
        neo4j_store.ingest(extract(article))
    return neo4j_store


def rows(store, name, **params):
    return store.run_cypher(cypher.load(name), params)[1]


def test_question_files_answer_like_networkx(seeded):
    graph = to_networkx(seeded)
    paths = rows(seeded, "ownership_paths", **{"from": "alibaba", "to": "kaola"})
    direct = [p for p in paths if p["names"] == ["Alibaba", "Kaola"]]
    assert {tuple(p["types"]) for p in direct} == {("ACQUIRED",), ("SUBSIDIARY_OF",)}
    assert all(p["evidence"][0] for p in direct)
    assert len(queries.ownership_paths(graph, "alibaba", "kaola")[0]) == len(paths[0]["types"])

    owners = {r["owner"] for r in rows(seeded, "ultimate_owners", id="kaola")}
    expected = {graph.nodes[c[-1]["from"]]["name"] for c in queries.owner_chains(graph, "kaola")}
    assert owners == expected == {"Alibaba"}

    owned = {r["company"] for r in rows(seeded, "subsidiaries", id="alibaba", depth=3)}
    owned_nx = {graph.nodes[n]["name"] for n in queries.ownership_graph(graph).successors("alibaba")}
    assert owned_nx <= owned and {"Kaola", "Lazada", "Taobao"} <= owned

    chain = rows(seeded, "reporting_chain", id="ding-hongwei")
    assert ["Ding Hongwei", "Jiang Fan"] in [r["chain"] for r in chain]

    rivals = {r["rival"] for r in rows(seeded, "competitors", id="alibaba")}
    assert {"Pinduoduo", "Douyin", "Kuaishou", "Shein"} <= rivals

    around = rows(seeded, "neighbourhood", id="lazada")
    assert any(r["type"] == "ACQUIRED" and r["head"] == "Alibaba" and r["evidence"] for r in around)


def test_question_files_seek_by_id(neo4j_store):
    """Lookups by id seek the unique index (forced by USING INDEX SEEK: a plain USING INDEX
    let the planner scan the index instead)."""
    rows_ = [{"id": f"firm-{i}", "name": f"Firm {i}"} for i in range(5000)]
    neo4j_store.run_cypher(cypher.load("bulk_entities"), {"rows": rows_}, write=True)
    neo4j_store.run_cypher("CALL db.clearQueryCaches()", write=True)

    def operators(plan):
        yield plan.get("operatorType", "")
        for child in plan.get("children", []) or []:
            yield from operators(child)

    for name, params in (("competitors", {"id": "firm-1"}), ("ultimate_owners", {"id": "firm-1"}),
                         ("neighbourhood", {"id": "firm-1"}), ("subsidiaries", {"id": "firm-1", "depth": 2}),
                         ("ownership_paths", {"from": "firm-1", "to": "firm-2"})):
        with neo4j_store._session() as session:
            summary = session.run("EXPLAIN " + cypher.load(name), **params).consume()
        found = list(operators(summary.plan))
        assert any(op.startswith("NodeUniqueIndexSeek") for op in found), (name, found)
