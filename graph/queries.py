"""Ownership and people questions over an in-memory graph: pure functions, graph in, plain data out.

The graph is a ``networkx.MultiDiGraph`` whose nodes are entity ids and whose edges carry
their :class:`~corpgraph.records.Edge` record under ``edge`` (what ``to_networkx`` and the
embedded store's sub-graphs build). Which edges count is a :class:`Scope`: statuses, an
``as_of`` date and a confidence floor. The Neo4j store answers the same questions with the
Cypher files of ``cypher/``; ``answers`` puts either backend's results in one order.

Ownership reads owner -> owned: ``ACQUIRED`` and ``INVESTED_IN`` forward, ``SUBSIDIARY_OF``
and ``MERGED_INTO`` backward (see ``docs/questions.md``).

>>> from corpgraph.records import Edge, RelationType, Status
>>> g = nx.MultiDiGraph()
>>> e = Edge("widget", RelationType.SUBSIDIARY_OF, "acme", Status.CURRENT, 0.9)
>>> _ = g.add_edge(e.head, e.tail, key=e.type.value, edge=e)
>>> [[hop.tail for hop in chain] for chain in owner_chains(g, "widget", Scope())]
[['acme']]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from corpgraph.errors import ValidationError
from corpgraph.records import OWNERSHIP_EDGES, Edge, RelationType, Status

AFFIRMATIVE = frozenset({Status.CURRENT.value, Status.COMPLETED.value})
DATE_PATTERN = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
#: Which of two edges between the same owner and owned company a path shows.
TYPE_RANK = {"ACQUIRED": 3, "SUBSIDIARY_OF": 2, "MERGED_INTO": 1, "INVESTED_IN": 0}


def on_or_before(date: str, moment: str) -> bool:
    """Whether a (possibly partial) ISO date falls on or before another, compared at the
    coarser of the two precisions.

    >>> on_or_before("2019-09", "2019-01"), on_or_before("2019", "2019-05"), on_or_before("2018-12-31", "2019")
    (False, True, True)
    """
    n = min(len(date), len(moment))
    return date[:n] <= moment[:n]


@dataclass(frozen=True)
class Scope:
    """Which edges count for a question.

    By default only current/completed edges. With ``as_of`` an edge counts once its date
    (or its derived ``since``) has come, an undated one always, and until it ended: a former edge whose replacing
    event is dated counts before that date; a former edge with no dated end counts only
    when ``former`` is among the statuses.

    >>> from corpgraph.records import Edge, RelationType, Status
    >>> sold = Edge("kaola", RelationType.SUBSIDIARY_OF, "netease", Status.FORMER, 0.9, ended="2019-09")
    >>> Scope().counts(sold), Scope(as_of="2019-01").counts(sold), Scope(as_of="2020").counts(sold)
    (False, True, False)
    """

    statuses: frozenset[str] = AFFIRMATIVE
    as_of: str | None = None
    min_confidence: float = 0.0

    @classmethod
    def build(cls, *, include_former: bool = False, include_planned: bool = False, include_rumored: bool = False,
              as_of: str | None = None, min_confidence: float = 0.0) -> "Scope":
        """A scope from the CLI's widening flags.

        >>> sorted(Scope.build(include_former=True).statuses)
        ['completed', 'current', 'former']
        """
        if as_of is not None and not DATE_PATTERN.fullmatch(as_of):
            raise ValidationError(f"--as-of {as_of!r} is not a date", hint="write it as YYYY, YYYY-MM or YYYY-MM-DD")
        statuses = set(AFFIRMATIVE)
        for flag, status in ((include_former, Status.FORMER), (include_planned, Status.PLANNED),
                             (include_rumored, Status.RUMORED)):
            if flag:
                statuses.add(status.value)
        return cls(frozenset(statuses), as_of, min_confidence)

    def exclusion(self, edge: Edge) -> str | None:
        """Why the edge does not count, or None when it does."""
        if edge.confidence < self.min_confidence:
            return f"confidence {edge.confidence} is below --min-confidence {self.min_confidence}"
        status = edge.status.value
        if self.as_of is not None:
            start = edge.date or edge.since
            if start and not on_or_before(start, self.as_of):
                return f"dated {start}, after --as-of {self.as_of}"
            if status == Status.FORMER.value and edge.ended:
                return None if not on_or_before(edge.ended, self.as_of) else \
                    f"ended {edge.ended}, before --as-of {self.as_of}"
        if status not in self.statuses:
            return f"status {status} (add --include-{status})"
        return None

    def counts(self, edge: Edge) -> bool:
        return self.exclusion(edge) is None

    def params(self) -> dict:
        """The scope as parameters of the question files in ``cypher/``."""
        return {"statuses": sorted(self.statuses), "as_of": self.as_of, "min_confidence": self.min_confidence}


def edge_rank(edge: Edge) -> tuple:
    """Order of preference between parallel ownership edges: type, then confidence."""
    return (TYPE_RANK.get(edge.type.value, -1), edge.confidence, edge.key)


def _edges(graph: nx.MultiDiGraph, scope: Scope, types: Iterable[RelationType]) -> Iterable[Edge]:
    wanted = {t.value for t in types}
    for _, _, key, data in graph.edges(keys=True, data=True):
        if key in wanted and scope.counts(data["edge"]):
            yield data["edge"]


def ownership_graph(graph: nx.MultiDiGraph, scope: Scope) -> nx.DiGraph:
    """A simple owner -> owned digraph of the counting ownership edges; each pair keeps
    the best edge behind it (``edge_rank``)."""
    owned = nx.DiGraph()
    owned.add_nodes_from(graph.nodes(data=True))
    for edge in _edges(graph, scope, OWNERSHIP_EDGES):
        owner, target = edge.ends()
        current = owned.get_edge_data(owner, target)
        if current is None or edge_rank(edge) > edge_rank(current["edge"]):
            owned.add_edge(owner, target, edge=edge)
    return owned


def _reports_graph(graph: nx.MultiDiGraph, scope: Scope) -> nx.DiGraph:
    """person -> boss for the counting REPORTS_TO edges."""
    reports = nx.DiGraph()
    reports.add_nodes_from(graph.nodes(data=True))
    for edge in _edges(graph, scope, [RelationType.REPORTS_TO]):
        reports.add_edge(edge.head, edge.tail, edge=edge)
    return reports


def _hops(digraph: nx.DiGraph, nodes: list[str]) -> list[Edge]:
    return [digraph.edges[a, b]["edge"] for a, b in zip(nodes, nodes[1:])]


def ownership_paths(graph: nx.MultiDiGraph, source: str, target: str, scope: Scope, *, max_depth: int = 8,
                    all_paths: bool = False) -> list[list[Edge]]:
    """Ownership paths from ``source`` (owner) down to ``target``: the shortest ones, or
    with ``all_paths`` every path without a repeated company up to ``max_depth`` hops."""
    owned = ownership_graph(graph, scope)
    if source not in owned or target not in owned or source == target:
        return []
    if all_paths:
        found = nx.all_simple_paths(owned, source, target, cutoff=max_depth)
    else:
        try:
            found = [p for p in nx.all_shortest_paths(owned, source, target) if len(p) - 1 <= max_depth]
        except nx.NetworkXNoPath:
            return []
    return [_hops(owned, p) for p in found]


def _chains_up(digraph: nx.DiGraph, start: str, max_depth: int) -> list[list[Edge]]:
    """Every chain from ``start`` up the digraph's edges (child -> parent) to a node with
    no further parent off the chain, or to ``max_depth`` hops; cycles are cut where a node
    would repeat."""
    if start not in digraph:
        return []
    chains: list[list[Edge]] = []

    def climb(node: str, chain: list[Edge], seen: set[str]) -> None:
        parents = [p for p in digraph.successors(node) if p not in seen]
        if not parents or len(chain) >= max_depth:
            if chain:
                chains.append(chain)
            return
        for parent in parents:
            climb(parent, chain + [digraph.edges[node, parent]["edge"]], seen | {parent})

    climb(start, [], {start})
    return chains


def owner_chains(graph: nx.MultiDiGraph, entity: str, scope: Scope, *, max_depth: int = 50) -> list[list[Edge]]:
    """Chains of ownership edges from ``entity`` up to each ultimate owner (a company with
    no owner itself, or whose owners all sit lower on the chain: a cross-holding)."""
    return _chains_up(ownership_graph(graph, scope).reverse(copy=False), entity, max_depth)


def reporting_chains(graph: nx.MultiDiGraph, person: str, scope: Scope, *, max_depth: int = 20) -> list[list[Edge]]:
    """Chains of REPORTS_TO edges from ``person`` up to each top boss (dual reporting lines
    give several chains)."""
    return _chains_up(_reports_graph(graph, scope), person, max_depth)


def _layered_edges(digraph: nx.DiGraph, start: str, depth: int) -> list[Edge]:
    """Edges u -> v of the digraph that lie on a shortest path from ``start``, within ``depth``."""
    if start not in digraph:
        return []
    distance = nx.single_source_shortest_path_length(digraph, start, cutoff=depth)
    return [data["edge"] for u, v, data in digraph.edges(data=True)
            if u in distance and v in distance and v != start and distance[v] == distance[u] + 1]


def subsidiary_edges(graph: nx.MultiDiGraph, entity: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
    """The ownership edges of the tree below ``entity``: each on a shortest route from it."""
    return _layered_edges(ownership_graph(graph, scope), entity, depth)


def report_edges(graph: nx.MultiDiGraph, person: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
    """The REPORTS_TO edges of the tree of people below ``person``."""
    return _layered_edges(_reports_graph(graph, scope).reverse(copy=False), person, depth)


def touching_edges(graph: nx.MultiDiGraph, entity: str, scope: Scope,
                   types: Iterable[RelationType] = tuple(RelationType)) -> list[Edge]:
    """The counting edges of the given types with ``entity`` at either end."""
    if entity not in graph:
        return []
    wanted = {t.value for t in types}
    found = [d["edge"] for _, _, k, d in graph.out_edges(entity, keys=True, data=True) if k in wanted]
    found += [d["edge"] for _, _, k, d in graph.in_edges(entity, keys=True, data=True) if k in wanted]
    return [e for e in found if scope.counts(e)]
