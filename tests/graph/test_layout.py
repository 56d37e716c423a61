"""Positions for big graphs: every node placed, apart from the others, parts kept apart."""

import math

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from corpgraph.graph.layout import radial_layout


def _closest_pair(positions):
    points = sorted(positions.values())
    best = math.inf
    for i, a in enumerate(points):  # sweep: only look ahead while x is close enough
        for b in points[i + 1:]:
            if b[0] - a[0] >= best:
                break
            best = min(best, math.dist(a, b))
    return best


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 120), st.integers(0, 300), st.integers(0, 10_000))
def test_every_node_gets_its_own_finite_place(nodes, edges, seed):
    graph = nx.gnm_random_graph(nodes, min(edges, nodes * (nodes - 1) // 2), seed=seed, directed=True)
    positions = radial_layout(graph)
    assert set(positions) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert len(set(positions.values())) == nodes


def test_a_group_is_drawn_around_its_parent_with_units_on_rings():
    group = nx.MultiDiGraph()
    for unit in range(6):
        group.add_edge(f"unit {unit}", "parent", key="SUBSIDIARY_OF")
        group.add_edge(f"team {unit}", f"unit {unit}", key="SUBSIDIARY_OF")
    positions = radial_layout(group, spacing=50)
    assert positions["parent"] == (0.0, 0.0)
    rings = {round(math.dist((0, 0), positions[n])) for n in group if n.startswith("unit")}
    assert rings == {50} and all(math.dist((0, 0), positions[f"team {u}"]) > 99.9 for u in range(6))
    # each team sits on its own unit's side of the parent
    for unit in range(6):
        a, b = positions[f"unit {unit}"], positions[f"team {unit}"]
        assert math.dist(a, b) < math.dist(positions[f"unit {(unit + 3) % 6}"], b)


def test_separate_groups_do_not_overlap():
    graph = nx.Graph()
    for group in range(30):
        nx.add_star(graph, [f"g{group}-{n}" for n in range(group % 7 + 1)])
    positions = radial_layout(graph, spacing=40)
    assert _closest_pair(positions) >= 40 - 0.05  # positions are rounded to 0.01


def test_five_thousand_nodes_are_all_placed_and_spread_out():
    graph = nx.gnm_random_graph(5000, 10000, seed=3, directed=True)
    positions = radial_layout(graph, spacing=60)
    assert len(set(positions.values())) == 5000
    assert _closest_pair(positions) > 1  # no two nodes drawn on top of each other
