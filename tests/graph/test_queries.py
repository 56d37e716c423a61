import networkx as nx

from corpgraph.graph.queries import owner_chains, ownership_graph, ownership_paths


def graph(*edges):
    g = nx.MultiDiGraph()
    for head, rtype, tail, *status in edges:
        for node in (head, tail):
            g.add_node(node, name=node.title(), type="Company")
        g.add_edge(head, tail, key=rtype, type=rtype, status=status[0] if status else "current",
                   confidence=0.9, evidence=())
    return g


def test_directions_of_ownership_edges():
    g = graph(("a", "ACQUIRED", "b"), ("c", "SUBSIDIARY_OF", "b"), ("d", "MERGED_INTO", "c"),
              ("b", "INVESTED_IN", "e"), ("a", "COMPETES_WITH", "x"))
    owned = ownership_graph(g)
    assert set(owned.edges()) == {("a", "b"), ("b", "c"), ("c", "d"), ("b", "e")}


def test_path_either_order_shortest_first():
    g = graph(("a", "ACQUIRED", "b"), ("c", "SUBSIDIARY_OF", "b"), ("c", "SUBSIDIARY_OF", "a"))
    paths = ownership_paths(g, "c", "a")
    assert [[h["from"] for h in p] + [p[-1]["to"]] for p in paths] == [["a", "c"], ["a", "b", "c"]]


def test_statuses_filter():
    g = graph(("a", "ACQUIRED", "b", "planned"), ("c", "SUBSIDIARY_OF", "x", "former"))
    assert ownership_paths(g, "a", "b") == []
    assert ownership_paths(g, "a", "b", statuses={"planned"})
    assert owner_chains(g, "c") == []


def test_diamond_cycle_deep_chain_and_isolated():
    diamond = graph(("top", "ACQUIRED", "l"), ("top", "ACQUIRED", "r"), ("l", "ACQUIRED", "z"), ("r", "ACQUIRED", "z"))
    assert sorted(c[-1]["from"] for c in owner_chains(diamond, "z")) == ["top", "top"]
    cycle = graph(("a", "INVESTED_IN", "b"), ("b", "INVESTED_IN", "a"))
    assert [len(c) for c in owner_chains(cycle, "a")] == [1]
    deep = graph(*[(f"n{i}", "ACQUIRED", f"n{i + 1}") for i in range(50)])
    [chain] = owner_chains(deep, "n50")
    assert len(chain) == 50 and chain[-1]["from"] == "n0"
    lonely = graph(("a", "ACQUIRED", "b"))
    lonely.add_node("q", name="Q", type="Company")
    assert owner_chains(lonely, "q") == [] and ownership_paths(lonely, "a", "q") == []
