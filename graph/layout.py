"""Node positions for big graphs, computed in Python in linear time so the page can open
with physics off and be still from the first frame.

Each connected part is drawn as a radial tree around its best-connected entity (a parent
company sits in the middle of its units, a group head in the middle of its people), and the
parts are packed in rows, largest first. Force-directed layouts are O(n²) per step in
networkx and took tens of seconds in the browser at 5,000 nodes (docs/benchmarks.md); this
one takes milliseconds and keeps every node at least ``spacing`` from its ring neighbours.

>>> import networkx as nx
>>> positions = radial_layout(nx.path_graph(3))
>>> sorted(positions), positions[1]
([0, 1, 2], (0.0, 0.0))
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable

import networkx as nx

Position = tuple[float, float]


def radial_layout(graph: nx.Graph, *, spacing: float = 60.0) -> dict[Hashable, Position]:
    """Positions for every node of ``graph`` (directions and parallel edges are ignored).

    >>> import networkx as nx
    >>> g = nx.star_graph(4)                      # hub 0 with four spokes
    >>> positions = radial_layout(g, spacing=10)
    >>> positions[0], {round(math.dist(positions[0], positions[n])) for n in range(1, 5)}
    ((0.0, 0.0), {10})
    >>> g.add_node("alone")
    >>> len(radial_layout(g)), radial_layout(g)["alone"] != radial_layout(g)[0]
    (6, True)
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(graph)
    undirected.add_edges_from((u, v) for u, v, *_ in graph.edges())
    parts = sorted(nx.connected_components(undirected), key=lambda part: (-len(part), min(map(str, part))))
    placed = [_radial_tree(undirected, part, spacing) for part in parts]
    return _pack(placed, spacing)


def _radial_tree(graph: nx.Graph, part: set, spacing: float) -> tuple[dict[Hashable, Position], float]:
    """One connected part around its best-connected node: rings by BFS depth, and each
    subtree given an angle in proportion to its number of leaves."""
    root = min(part, key=lambda n: (-graph.degree(n), str(n)))
    parent, children, order, depth = {root: None}, {root: []}, [root], {root: 0}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for other in sorted(graph[node], key=str):
            if other not in parent:
                parent[other], children[other], depth[other] = node, [], depth[node] + 1
                children[node].append(other)
                order.append(other)
                queue.append(other)
    leaves = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    per_ring: dict[int, int] = {}
    for node in order:
        per_ring[depth[node]] = per_ring.get(depth[node], 0) + 1
    radius = [0.0]
    for ring in range(1, max(per_ring) + 1):
        radius.append(max(radius[-1] + spacing, per_ring[ring] * spacing / (2 * math.pi)))
    wedge = {root: (0.0, 2 * math.pi)}
    positions: dict[Hashable, Position] = {}
    for node in order:
        start, width = wedge[node]
        angle = start + width / 2
        r = radius[depth[node]]
        positions[node] = (round(r * math.cos(angle), 2) + 0.0, round(r * math.sin(angle), 2) + 0.0)
        for child in children[node]:
            share = width * leaves[child] / leaves[node]
            wedge[child] = (start, share)
            start += share
    return positions, max(radius[-1], spacing / 2)


def _pack(parts: list[tuple[dict[Hashable, Position], float]], spacing: float) -> dict[Hashable, Position]:
    """Parts side by side in rows about as wide as the whole is tall, largest first."""
    if not parts:
        return {}
    area = sum((2 * r + spacing) ** 2 for _, r in parts)
    row_width = max(math.sqrt(area), 2 * parts[0][1] + spacing)
    positions: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    first_radius = parts[0][1]
    for local, r in parts:
        size = 2 * r + spacing
        if x and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        # the first (largest) part is centred on the origin; the others follow it
        dx, dy = x + r - first_radius, y + r - first_radius
        for node, (px, py) in local.items():
            positions[node] = (round(px + dx, 2), round(py + dy, 2))
        x += size
        row_height = max(row_height, size)
    return positions
