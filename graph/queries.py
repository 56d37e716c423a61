"""Ownership questions over the in-memory graph: pure functions, graph in, plain data out.

Ownership reads owner -> owned: ``ACQUIRED`` (acquirer -> target), ``INVESTED_IN``
(investor -> company), ``SUBSIDIARY_OF`` reversed (parent -> unit) and ``MERGED_INTO``
reversed (surviving -> absorbed). By default only current/completed edges count.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", name="Acme"); g.add_node("w", name="Widget")
>>> _ = g.add_edge("w", "a", key="SUBSIDIARY_OF", type="SUBSIDIARY_OF", status="current", evidence=())
>>> [h["from"] + "->" + h["to"] for h in ownership_paths(g, "a", "w")[0]]
['a->w']
>>> [[h["from"] for h in chain] for chain in owner_chains(g, "w")]
[['a']]
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from corpgraph.records import OWNERSHIP_EDGES, RelationType, Status

AFFIRMATIVE = frozenset({Status.CURRENT.value, Status.COMPLETED.value})


def ownership_graph(graph: nx.MultiDiGraph, *, statuses: Iterable[str] = AFFIRMATIVE) -> nx.DiGraph:
    """A simple owner -> owned digraph; each edge keeps the strongest stored relation behind it."""
    allowed = set(statuses)
    owned = nx.DiGraph()
    owned.add_nodes_from(graph.nodes(data=True))
    for head, tail, key, data in graph.edges(keys=True, data=True):
        rtype = RelationType(key)
        if rtype not in OWNERSHIP_EDGES or data.get("status") not in allowed:
            continue
        owner, target = (tail, head) if OWNERSHIP_EDGES[rtype] else (head, tail)
        hop = {"from": owner, "to": target, "type": key, "head": head, "tail": tail,
               **{k: v for k, v in data.items() if k != "edge"}}
        current = owned.get_edge_data(owner, target)
        if current is None or _rank(hop) > _rank(current["hop"]):
            owned.add_edge(owner, target, hop=hop)
    return owned


def _rank(hop: dict) -> tuple:
    order = {"ACQUIRED": 3, "SUBSIDIARY_OF": 2, "MERGED_INTO": 1, "INVESTED_IN": 0}
    return (order[hop["type"]], hop.get("confidence") or 0)


def ownership_paths(graph: nx.MultiDiGraph, source: str, target: str, *, max_depth: int = 8,
                    statuses: Iterable[str] = AFFIRMATIVE, limit: int = 10) -> list[list[dict]]:
    """Ownership paths between two entities, shortest first, as lists of hops.

    Paths run from owner down to owned; when ``source`` does not own ``target`` the reverse
    direction is tried, so the order of the two names does not matter.
    """
    owned = ownership_graph(graph, statuses=statuses)
    for start, end in ((source, target), (target, source)):
        if start not in owned or end not in owned:
            return []
        try:
            paths = nx.shortest_simple_paths(owned, start, end)
            found = []
            for path in paths:
                if len(path) - 1 > max_depth or len(found) >= limit:
                    break
                found.append([owned.edges[a, b]["hop"] for a, b in zip(path, path[1:])])
            if found:
                return found
        except nx.NetworkXNoPath:
            continue
    return []


def owner_chains(graph: nx.MultiDiGraph, entity: str, *, statuses: Iterable[str] = AFFIRMATIVE,
                 max_depth: int = 50) -> list[list[dict]]:
    """Chains of owners from ``entity`` up to each ultimate owner (one with no owner itself).

    Each chain lists hops from the entity upward; cycles (cross-holdings) are cut where a
    company would repeat.
    """
    owned = ownership_graph(graph, statuses=statuses)
    if entity not in owned:
        return []
    chains: list[list[dict]] = []

    def climb(node: str, chain: list[dict], seen: set[str]) -> None:
        parents = [p for p in owned.predecessors(node) if p not in seen]
        if not parents or len(chain) >= max_depth:
            if chain:
                chains.append(chain)
            return
        for parent in sorted(parents):
            climb(parent, chain + [owned.edges[parent, node]["hop"]], seen | {parent})

    climb(entity, [], {entity})
    return sorted(chains, key=len)
