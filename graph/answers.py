"""Answers to users' questions, the same from either store: plain data ready for JSON.

Each store finds the edges (the embedded one with networkx over a sub-graph it reads from
SQLite, Neo4j with the question files of ``cypher/``); this module puts them in one order,
keeps the best of parallel edges, works out effective stakes and trees, and names the
entities. The semantics are written down in ``docs/questions.md``.

>>> from corpgraph.graph.embedded import EmbeddedStore
>>> from corpgraph.graph.store import find_entity
>>> from corpgraph.loaders.extract import extract
>>> from corpgraph.loaders.read import article_from_text
>>> with EmbeddedStore(":memory:") as store:
...     _ = store.ingest(extract(article_from_text("Acme Corp acquired Widget Ltd in 2019.", source="a")))
...     owners(store, find_entity(store, "Widget Ltd").id)["ultimate_owners"]
['Acme Corp']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from corpgraph.graph.queries import Scope, edge_rank
from corpgraph.records import OWNERSHIP_EDGES, Edge, RelationType, Status

EVERYTHING = Scope(statuses=frozenset(s.value for s in Status))


class Questions(Protocol):
    """What a store offers for questions; ids in, Edge records out, in any order."""

    def ownership_paths(self, source: str, target: str, scope: Scope, *, max_depth: int,
                        all_paths: bool) -> list[list[Edge]]: ...

    def owner_chains(self, entity: str, scope: Scope, *, max_depth: int) -> list[list[Edge]]: ...

    def subsidiary_edges(self, entity: str, scope: Scope, *, depth: int) -> list[Edge]: ...

    def reporting_chains(self, person: str, scope: Scope, *, max_depth: int) -> list[list[Edge]]: ...

    def report_edges(self, person: str, scope: Scope, *, depth: int) -> list[Edge]: ...

    def touching_edges(self, entity: str, scope: Scope, types: Iterable[RelationType]) -> list[Edge]: ...

    def names(self, ids: Iterable[str]) -> dict[str, str]: ...


# -- shared shaping ----------------------------------------------------------------------
def hop_stake(edge: Edge) -> float | None:
    """The share one hop passes on: the stated stake, 100 for a merger (the absorbed company
    is wholly part of the survivor), else unknown."""
    if edge.stake_pct is not None:
        return edge.stake_pct
    return 100.0 if edge.type is RelationType.MERGED_INTO else None


def effective_stake(chain: list[Edge]) -> dict:
    """The product of the stakes along an ownership chain, and whether it gives control.

    Unknown stakes are reported as unknown, never guessed. A hop gives control when its
    stake is above 50%, or when no stake is given and the edge is one of control
    (ACQUIRED, SUBSIDIARY_OF, MERGED_INTO); an INVESTED_IN hop without a stake gives
    influence only.

    >>> from corpgraph.records import Edge, RelationType, Status
    >>> a = Edge("top", RelationType.INVESTED_IN, "mid", Status.CURRENT, 0.9, stake_pct=60.0)
    >>> b = Edge("mid", RelationType.INVESTED_IN, "low", Status.CURRENT, 0.9, stake_pct=50.0)
    >>> effective_stake([b, a])
    {'effective_stake_pct': 30.0, 'control': False, 'unknown_stakes': []}
    """
    stakes = [hop_stake(e) for e in chain]
    unknown = [i for i, s in enumerate(stakes) if s is None]
    product = None
    if not unknown:
        product = 100.0
        for stake in stakes:
            product *= stake / 100.0
        product = round(product, 4)
    control = all((s > 50.0) if s is not None else e.type is not RelationType.INVESTED_IN
                  for e, s in zip(chain, stakes))
    return {"effective_stake_pct": product, "control": control, "unknown_stakes": unknown}


def _owners_down(path: list[Edge]) -> tuple[str, ...]:
    """The companies of an ownership path, from the top owner down."""
    return (path[0].ends()[0], *(e.ends()[1] for e in path))


def _owners_up(chain: list[Edge]) -> tuple[str, ...]:
    """The companies of an owner chain, from the owned company up."""
    return (chain[0].ends()[1], *(e.ends()[0] for e in chain))


def _bosses_up(chain: list[Edge]) -> tuple[str, ...]:
    """The people of a reporting chain, from the person up."""
    return (chain[0].head, *(e.tail for e in chain))


def distinct_paths(paths: Iterable[list[Edge]], nodes_of) -> list[list[Edge]]:
    """One path per sequence of nodes, each hop the best of its parallel edges, shortest
    first then by node ids."""
    best: dict[tuple[str, ...], list[Edge]] = {}
    for path in paths:
        if not path:
            continue
        nodes = nodes_of(path)
        kept = best.get(nodes)
        best[nodes] = list(path) if kept is None else \
            [max(a, b, key=edge_rank) for a, b in zip(kept, path)]
    return [best[n] for n in sorted(best, key=lambda n: (len(n), n))]


def evidence_dicts(edge: Edge) -> list[dict]:
    return [{"sentence": e.sentence, "source": e.source, "article": e.article_id, "published": e.published,
             "span": [e.start, e.end]} for e in edge.evidence]


def edge_dict(edge: Edge, names: dict[str, str]) -> dict:
    """An edge as plain data, its ends (and seller) named."""
    data = {"head": names.get(edge.head, edge.head), "head_id": edge.head, "type": edge.type.value,
            "tail": names.get(edge.tail, edge.tail), "tail_id": edge.tail, "status": edge.status.value,
            "confidence": edge.confidence}
    for key, value in edge.attributes().items():
        data[key] = names.get(value, value) if key == "seller" else value
    for derived in ("since", "ended"):
        if getattr(edge, derived):
            data[derived] = getattr(edge, derived)
    data["evidence"] = evidence_dicts(edge)
    return data


def hop_dict(edge: Edge, names: dict[str, str]) -> dict:
    """An ownership edge as a hop, owner -> owned, with the edge it reads."""
    owner, owned = edge.ends()
    return {"from": names.get(owner, owner), "from_id": owner, "to": names.get(owned, owned), "to_id": owned,
            "stake_pct": hop_stake(edge), **{k: v for k, v in edge_dict(edge, names).items() if k != "stake_pct"}}


def _ids(edges: Iterable[Edge]) -> set[str]:
    out: set[str] = set()
    for edge in edges:
        out.update((edge.head, edge.tail))
        if edge.seller:
            out.add(edge.seller)
    return out


def _tree(root: str, edges: list[Edge], child_of, names: dict[str, str], shape) -> dict:
    """A tree from layered edges: each child under one parent (the smallest id among its
    parents on a shortest route), children in name order."""
    candidates: dict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        candidates[child_of(edge)[1]].append(edge)
    parent_edge: dict[str, Edge] = {}
    for child, options in candidates.items():
        parent = min(child_of(e)[0] for e in options)
        parent_edge[child] = max((e for e in options if child_of(e)[0] == parent), key=edge_rank)
    children: dict[str, list[str]] = defaultdict(list)
    for child, edge in parent_edge.items():
        children[child_of(edge)[0]].append(child)

    def node(entity: str, via: Edge | None, depth: int) -> dict:
        kids = sorted(children.get(entity, ()), key=lambda c: (names.get(c, c).casefold(), c))
        return {"id": entity, "name": names.get(entity, entity), "depth": depth,
                **({"via": shape(via, names)} if via else {}),
                "children": [node(k, parent_edge[k], depth + 1) for k in kids]}

    return node(root, None, 0)


# -- the questions -------------------------------------------------------------------------
def paths(store: Questions, source: str, target: str, scope: Scope = Scope(), *, max_depth: int = 8,
          all_paths: bool = False, limit: int = 20) -> dict:
    """Ownership paths between two companies, whichever owns the other, shortest first."""
    found: list[list[Edge]] = []
    for start, end in ((source, target), (target, source)) if source != target else ():
        found = distinct_paths(store.ownership_paths(start, end, scope, max_depth=max_depth, all_paths=all_paths),
                               _owners_down)
        if found:
            break
    found = found[:limit]
    names = store.names({source, target} | _ids(e for p in found for e in p))
    return {"from": names.get(source, source), "to": names.get(target, target),
            "paths": [[hop_dict(e, names) for e in p] for p in found]}


def owners(store: Questions, entity: str, scope: Scope = Scope(), *, max_depth: int = 50) -> dict:
    """The chains of owners of a company up to its ultimate owners, with effective stakes;
    where none counts, the ownership edges that were left out and why."""
    chains = distinct_paths(store.owner_chains(entity, scope, max_depth=max_depth), _owners_up)
    left_out = []
    if not chains:
        for edge in store.touching_edges(entity, EVERYTHING, OWNERSHIP_EDGES):
            reason = scope.exclusion(edge)
            if edge.ends()[1] == entity and reason:
                left_out.append((edge, reason))
    names = store.names({entity} | _ids(e for c in chains for e in c) | _ids(e for e, _ in left_out))
    return {
        "entity": names.get(entity, entity), "id": entity,
        "ultimate_owners": sorted({names[c[-1].ends()[0]] for c in chains}, key=str.casefold),
        "chains": [{"owners": [names[e.ends()[0]] for e in c], **effective_stake(c),
                    "hops": [hop_dict(e, names) for e in c]} for c in chains],
        "left_out": [{"reason": reason, **hop_dict(e, names)} for e, reason in sorted(left_out, key=lambda x: x[0].key)],
    }


def subsidiaries(store: Questions, entity: str, scope: Scope = Scope(), *, depth: int = 3) -> dict:
    """The tree of companies below ``entity``, each under one owner, to ``depth`` levels."""
    edges = store.subsidiary_edges(entity, scope, depth=depth)
    names = store.names({entity} | _ids(edges))
    return _tree(entity, edges, lambda e: e.ends(), names, hop_dict)


def chain(store: Questions, person: str, scope: Scope = Scope(), *, max_depth: int = 20) -> dict:
    """Whom a person reports to, up to the top, and what each person on the way leads."""
    chains = distinct_paths(store.reporting_chains(person, scope, max_depth=max_depth),
                            _bosses_up)
    people = {person} | _ids(e for c in chains for e in c)
    leads = {p: sorted(store.touching_edges(p, scope, [RelationType.LEADS]), key=lambda e: e.key) for p in people}
    leads = {p: [e for e in edges if e.head == p] for p, edges in leads.items()}
    names = store.names(people | _ids(e for edges in leads.values() for e in edges))
    return {"person": names.get(person, person), "id": person,
            "chains": [{"people": [names[e.tail] for e in c], "hops": [edge_dict(e, names) for e in c]}
                       for c in chains],
            "leads": {names[p]: [edge_dict(e, names) for e in edges] for p, edges in sorted(leads.items()) if edges}}


def reports(store: Questions, person: str, scope: Scope = Scope(), *, depth: int = 3) -> dict:
    """The tree of people who report to ``person``, directly or through others."""
    edges = store.report_edges(person, scope, depth=depth)
    names = store.names({person} | _ids(edges))
    return _tree(person, edges, lambda e: (e.tail, e.head), names, edge_dict)


def competitors(store: Questions, entity: str, scope: Scope = Scope()) -> dict:
    """The rivals the articles name for ``entity``, with the evidence."""
    edges = store.touching_edges(entity, scope, [RelationType.COMPETES_WITH])
    names = store.names({entity} | _ids(edges))
    rivals = sorted(((e.tail if e.head == entity else e.head), e) for e in edges)
    return {"entity": names.get(entity, entity), "id": entity,
            "rivals": [{"rival": names[r], "rival_id": r, **edge_dict(e, names)}
                       for r, e in sorted(rivals, key=lambda x: (names[x[0]].casefold(), x[0]))]}


def timeline(store: Questions, entity: str, scope: Scope = Scope()) -> dict:
    """The dated facts about ``entity`` in date order, and how many are undated."""
    edges = store.touching_edges(entity, scope, RelationType)
    names = store.names({entity} | _ids(edges))
    dated = sorted((e for e in edges if e.date), key=lambda e: (e.date, e.type.value, e.head, e.tail))
    undated = sorted((e for e in edges if not e.date), key=lambda e: (e.type.value, e.head, e.tail))
    return {"entity": names.get(entity, entity), "id": entity,
            "events": [edge_dict(e, names) for e in dated], "undated": [edge_dict(e, names) for e in undated]}


__all__ = ["EVERYTHING", "Questions", "Scope", "chain", "competitors", "effective_stake",
           "owners", "paths", "reports", "subsidiaries", "timeline"]
