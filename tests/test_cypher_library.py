"""Every bundled Cypher file is documented, its fragments written out, and the question
files seek entities by the id index on a real server (their answers are compared with the
networkx ones in tests/graph/test_questions.py)."""

import re
from pathlib import Path

import pytest

from corpgraph import cypher
from corpgraph.graph.queries import Scope
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import load


def test_every_file_has_a_header_saying_what_and_which_parameters():
    for name in cypher.names():
        text = cypher._read(name)
        assert text.startswith(f"// {name}:"), name
        assert "// Parameters:" in text, name
        body = "\n".join(line for line in cypher.load(name).splitlines() if not line.startswith("//"))
        declared = set(re.findall(r"\$(\w+)", text.split("// Parameters:")[1].splitlines()[0]))
        used = set(re.findall(r"\$(\w+)", body))
        assert used <= declared, f"{name}: uses {used - declared} without declaring them"


@pytest.fixture
def seeded(neo4j_store, seeds):
    for article in load([str(seeds)]):
        neo4j_store.ingest(extract(article))
    return neo4j_store


def test_fragments_are_written_out_and_files_run_from_the_cli_path(seeded):
    for name in cypher.names():
        assert "COUNTS(" not in cypher.load(name) and "OWNS(" not in cypher.load(name), name
    raw = (Path(cypher.__file__).parent / "touching_edges.cypher").read_text("utf-8")
    keys, rows = seeded.run_cypher(cypher.expand(raw), {"id": "alibaba", "types": ["COMPETES_WITH"],
                                                        **Scope().params()})
    assert {r["tail"] if r["head"] == "alibaba" else r["head"] for r in rows} >= {"pinduoduo", "douyin"}


def test_neighbourhood_lists_evidence(seeded):
    around = seeded.run_cypher(cypher.load("neighbourhood"), {"id": "lazada"})[1]
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

    scope = Scope().params()
    for name, params in (("touching_edges", {"id": "firm-1", "types": ["COMPETES_WITH"], **scope}),
                         ("owner_chains", {"id": "firm-1", "max_depth": 50, **scope}),
                         ("neighbourhood", {"id": "firm-1"}),
                         ("subsidiary_edges", {"id": "firm-1", "depth": 2, **scope}),
                         ("reporting_chains", {"id": "firm-1", "max_depth": 20, **scope}),
                         ("report_edges", {"id": "firm-1", "depth": 2, **scope}),
                         ("ownership_paths", {"from": "firm-1", "to": "firm-2", "max_depth": 8, **scope}),
                         ("all_ownership_paths", {"from": "firm-1", "to": "firm-2", "max_depth": 8, **scope})):
        with neo4j_store._session() as session:
            summary = session.run("EXPLAIN " + cypher.load(name), **params).consume()
        found = list(operators(summary.plan))
        assert any(op.startswith("NodeUniqueIndexSeek") for op in found), (name, found)
