"""The networkx side of the questions, on hand-built graphs of Edge records."""

import networkx as nx
import pytest
from hypothesis import given, strategies as st

from corpgraph.errors import ValidationError
from corpgraph.graph.queries import (Scope, on_or_before, owner_chains, ownership_graph, ownership_paths,
                                     reporting_chains, subsidiary_edges)
from corpgraph.records import Edge, RelationType, Status


def graph(*facts):
    g = nx.MultiDiGraph()
    for head, rtype, tail, *rest in facts:
        status = Status(rest[0]) if rest else Status.CURRENT
        edge = Edge(head, RelationType(rtype), tail, status, 0.9, **(rest[1] if len(rest) > 1 else {}))
        g.add_edge(head, tail, key=rtype, edge=edge)
    return g


def test_directions_of_ownership_edges():
    g = graph(("a", "ACQUIRED", "b"), ("c", "SUBSIDIARY_OF", "b"), ("d", "MERGED_INTO", "c"),
              ("b", "INVESTED_IN", "e"), ("a", "COMPETES_WITH", "x"))
    assert set(ownership_graph(g, Scope()).edges()) == {("a", "b"), ("b", "c"), ("c", "d"), ("b", "e")}


def test_parallel_edges_keep_the_acquisition():
    g = graph(("a", "ACQUIRED", "b", "completed"), ("b", "SUBSIDIARY_OF", "a"))
    assert ownership_graph(g, Scope()).edges["a", "b"]["edge"].type is RelationType.ACQUIRED


def test_shortest_and_all_paths():
    g = graph(("a", "ACQUIRED", "b"), ("c", "SUBSIDIARY_OF", "b"), ("c", "SUBSIDIARY_OF", "a"))
    assert [[e.key for e in p] for p in ownership_paths(g, "a", "c", Scope())] == [[("c", "SUBSIDIARY_OF", "a")]]
    assert len(ownership_paths(g, "a", "c", Scope(), all_paths=True)) == 2
    assert ownership_paths(g, "c", "a", Scope()) == []  # c owns nothing


def test_scope_statuses_and_as_of():
    g = graph(("a", "ACQUIRED", "b", "planned"), ("c", "SUBSIDIARY_OF", "x", "former"),
              ("d", "ACQUIRED", "e", "completed", {"date": "2020-06"}))
    assert ownership_paths(g, "a", "b", Scope()) == []
    assert ownership_paths(g, "a", "b", Scope.build(include_planned=True))
    assert owner_chains(g, "c", Scope()) == [] and owner_chains(g, "c", Scope.build(include_former=True))
    assert owner_chains(g, "e", Scope.build(as_of="2020-05")) == []
    assert owner_chains(g, "e", Scope.build(as_of="2020"))  # same year at the coarser precision


def test_bad_as_of_is_refused():
    with pytest.raises(ValidationError):
        Scope.build(as_of="June 2020")


def test_cycles_and_dual_lines():
    cross = graph(("a", "INVESTED_IN", "b"), ("b", "INVESTED_IN", "a"), ("c", "SUBSIDIARY_OF", "a"))
    assert [[e.key for e in c] for c in owner_chains(cross, "c", Scope())] == \
        [[("c", "SUBSIDIARY_OF", "a"), ("b", "INVESTED_IN", "a")]]
    people = graph(("p", "REPORTS_TO", "q"), ("p", "REPORTS_TO", "r"), ("r", "REPORTS_TO", "p"))
    assert sorted(len(c) for c in reporting_chains(people, "p", Scope())) == [1, 1]


def test_subsidiary_edges_lie_on_shortest_routes():
    g = graph(("t", "ACQUIRED", "a"), ("a", "ACQUIRED", "b"), ("t", "ACQUIRED", "b"), ("b", "ACQUIRED", "c"))
    keys = {e.key for e in subsidiary_edges(g, "t", Scope(), depth=5)}
    assert keys == {("t", "ACQUIRED", "a"), ("t", "ACQUIRED", "b"), ("b", "ACQUIRED", "c")}
    assert {e.key for e in subsidiary_edges(g, "t", Scope(), depth=1)} == {("t", "ACQUIRED", "a"), ("t", "ACQUIRED", "b")}


dates = st.from_regex(r"(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|1\d|2[0-8]))?)?", fullmatch=True)


@given(dates, dates)
def test_on_or_before_is_a_total_order_at_the_coarser_precision(a, b):
    assert on_or_before(a, b) or on_or_before(b, a)
    if on_or_before(a, b) and on_or_before(b, a):
        n = min(len(a), len(b))
        assert a[:n] == b[:n]
