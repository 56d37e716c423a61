"""The store interface both backends implement, and the networkx view of a store.

>>> from corpgraph.graph.embedded import EmbeddedStore
>>> with EmbeddedStore(":memory:") as store:
...     store.stats()["entities"]
0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

import networkx as nx
from rapidfuzz import fuzz, process

from corpgraph.errors import NotFoundError
from corpgraph.graph.answers import Questions
from corpgraph.graph.queries import on_or_before
from corpgraph.graph.resolve import may_slip, name_key, similar_names, slug, suffix_kinds, suffixes_clash
from corpgraph.records import (ATTRIBUTE_NAMES, Edge, Entity, EntityType, Extraction, IngestResult, Relation,
                               RelationType, Status, edge_key)


class Store(Questions, Protocol):
    """What every backend offers. One article is one transaction."""

    def ingest(self, extraction: Extraction) -> IngestResult: ...

    def entities(self, *, type: EntityType | None = None, search: str | None = None) -> list[Entity]: ...

    def edges(self, *, type: RelationType | None = None, entity_id: str | None = None) -> list[Edge]: ...

    def article(self, article_id: str) -> dict | None: ...

    def stats(self) -> dict[str, int]: ...

    def lookup(self, name: str) -> Entity | None:
        """The entity with this id, or with this name or alias (by name key), else None."""

    def add_alias(self, entity_id: str, spelling: str) -> None:
        """Make ``spelling`` a name of the entity (refused when it names another one)."""

    def merge_entities(self, keep: str, other: str) -> None:
        """Fold ``other`` into ``keep``: names, mentions and relations (graph/overrides.py)."""

    def split_entity(self, entity_id: str, spelling: str) -> str:
        """Give ``spelling`` its own entity with the evidence that names it alone; the new id."""

    def close(self) -> None: ...


def find_entity(store: Store, name: str) -> Entity:
    """The entity a user means by ``name``: an exact id, name or alias, else an error that
    lists the closest known names ("did you mean ...?")."""
    found = store.lookup(name)
    if found is not None:
        return found
    everything = store.entities()
    choices = {n: e for e in everything for n in e.names()}
    close = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    suggestions = tuple(dict.fromkeys(choices[c[0]].name for c in close))
    hint = f"did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else \
        "list known names with 'corpgraph entities'"
    raise NotFoundError(f"no entity called {name!r} in the graph", suggestions=suggestions, hint=hint)


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The whole graph in memory: nodes are entity ids, edges keyed by relation type.

    Node attributes: ``name``, ``type``, ``aliases``. Edge attributes: the edge's status,
    confidence, attributes and its ``evidence`` tuple, plus ``edge`` (the Edge record).
    """
    graph = nx.MultiDiGraph()
    for entity in store.entities():
        graph.add_node(entity.id, name=entity.name, type=entity.type.value, aliases=list(entity.aliases))
    for edge in store.edges():
        graph.add_edge(edge.head, edge.tail, key=edge.type.value, type=edge.type.value,
                       status=edge.status.value, confidence=edge.confidence, evidence=edge.evidence,
                       edge=edge, **edge.attributes())
    return graph


ANY_LENGTH = (0, 10_000)    # key lengths: every stored name


class EntityIndex(Protocol):
    """What cross-article resolution needs from a backend, inside its write transaction."""

    def ids_with_key(self, key: str, type: EntityType) -> list[str]: ...

    def names_with_prefix(self, prefix: str, type: EntityType,
                          lengths: tuple[int, int] = ANY_LENGTH) -> list[tuple[str, str]]: ...

    def id_taken(self, entity_id: str) -> bool: ...

    def kept_apart(self, entity_id: str) -> set[str]:
        """The entities a user split off from this one (or it from them)."""
        ...


SLIP_LENGTH = 2


def resolve_entity(entity: Entity, index: EntityIndex) -> tuple[str, bool]:
    """The stored id of an extracted entity and whether it is new: an exact name key first,
    then a one-letter slip among stored names with the same first letter (as
    ``similar_names`` allows: 'Koala' after a stored 'Kaola') and a key no more than
    ``SLIP_LENGTH`` longer or shorter, else a new id (the slug of its name, numbered on a
    clash). Both backends call this, so they agree."""
    set_apart: set[str] = set()     # stored companies a suffix keeps apart ('SoftBank Corp')
    for found, apart in _key_matches(entity, index):
        set_apart |= apart
        if found:
            return found[0], False
    slip = next(_slips(name_key(entity.name), entity.names(), entity.type, index, set_apart), None)
    if slip is not None:
        return slip, False
    return new_id(entity.name, index), True


def _key_matches(entity: Entity, index: EntityIndex) -> Iterator[tuple[list[str], set[str]]]:
    """For each name key of ``entity`` in turn, the stored entities with that key that no
    suffix sets apart from it, and those a suffix does set apart."""
    for key in dict.fromkeys(name_key(n) for n in entity.names()):
        found = index.ids_with_key(key, entity.type)
        if found and entity.type is EntityType.COMPANY:
            kept = _same_suffix_kinds(entity, key, found, index)
            yield kept, set(found) - set(kept)
        else:
            yield found, set()


def _slips(key: str, names: Iterable[str], entity_type: EntityType, index: EntityIndex,
           set_apart: set[str]) -> Iterator[str]:
    """The stored entities with a name one slip from one of ``names``, looked up near ``key``."""
    if not may_slip(key):   # else similar_names would say no to every stored name
        return
    names = list(names)
    # a slip changes a key's length by two at most (one per word, two words at most)
    lengths = (len(key) - SLIP_LENGTH, len(key) + SLIP_LENGTH)
    for entity_id, stored_name in index.names_with_prefix(key[:1], entity_type, lengths):
        if entity_id not in set_apart and any(
                similar_names(stored_name, n) and not suffixes_clash(stored_name, n) for n in names):
            yield entity_id


def also_matching(entity: Entity, stored: str, index: EntityIndex) -> list[str]:
    """The other stored entities that one of ``entity``'s names also matches, by key or by
    a slip, as :func:`resolve_entity` would match them: once the extracted entity joins
    ``stored`` they are one thing ('NetEase Kaola' stored, 'Koala' stored apart, then an
    article naming 'NetEase Kaola' and 'Kaola' together). Folding them in makes the graph
    independent of the order articles arrive in. A pair a user split stays apart.
    """
    keys = list(dict.fromkeys(name_key(n) for n in entity.names()))
    if len(keys) == 1 and stored in index.ids_with_key(keys[0], entity.type):
        return []     # one spelling the entity already had: nothing new can bridge (the usual case)
    found: list[str] = []
    set_apart: set[str] = set()
    for ids, apart in _key_matches(entity, index):
        found.extend(ids)
        set_apart |= apart
    for name in entity.names():
        found.extend(_slips(name_key(name), [name], entity.type, index, set_apart))
    others = [entity_id for entity_id in dict.fromkeys(found) if entity_id != stored]
    if not others:
        return []
    kept = index.kept_apart(stored)
    # a bare 'Vantor' that matches both 'Vantor Corp' and 'Vantor Group' joins neither to the other
    names: dict[str, list[str]] = defaultdict(list)
    for prefix in {name_key(n)[:2] for n in entity.names()}:
        for entity_id, name in index.names_with_prefix(prefix, entity.type):
            names[entity_id].append(name)
    return [entity_id for entity_id in others if entity_id not in kept
            and not any(suffixes_clash(a, b) for a in names[stored] for b in names[entity_id])]


def fold_matching(entity: Entity, stored: str, index: EntityIndex, merge: Callable[[str], None]) -> list[str]:
    """Fold into ``stored`` (with ``merge(other)``, the backend's own merge) each stored
    entity of :func:`also_matching` that no user split keeps apart from it, asking again
    after each merge (a merge carries the other's kept-apart pairs over); returns the
    folded ids."""
    folded = []
    for other in also_matching(entity, stored, index):
        if other not in index.kept_apart(stored):
            merge(other)
            folded.append(other)
    return folded


def _same_suffix_kinds(entity: Entity, key: str, found: list[str], index: EntityIndex) -> list[str]:
    """The stored companies of ``found`` that a suffix does not set apart from ``entity``:
    'SoftBank Corp' is not the stored 'SoftBank Group', though both have the key 'softbank'."""
    mine = [n for n in entity.names() if name_key(n) == key and suffix_kinds(n)]
    if not mine:
        return found
    stored: dict[str, list[str]] = {entity_id: [] for entity_id in found}
    for entity_id, name in index.names_with_prefix(key[:2], EntityType.COMPANY):
        if entity_id in stored and name_key(name) == key and suffix_kinds(name):
            stored[entity_id].append(name)
    return [entity_id for entity_id in found
            if not stored[entity_id] or any(not suffixes_clash(a, b) for a in mine for b in stored[entity_id])]


def new_id(name: str, index: EntityIndex) -> str:
    """A free id for a new entity: the slug of its name, on a clash the slug with its
    suffixes ('SoftBank Group' beside 'SoftBank Corp'), else numbered.

    >>> class Taken:
    ...     def id_taken(self, entity_id): return entity_id in {"acme", "acme-2"}
    >>> new_id("Acme", Taken()), new_id("Acme Corp", Taken()), new_id("Widget", Taken())
    ('acme-3', 'acme-corp', 'widget')
    """
    base = candidate = slug(name)
    if index.id_taken(candidate) and not index.id_taken(slug(name, suffixes=True)):
        return slug(name, suffixes=True)
    number = 2
    while index.id_taken(candidate):
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def stored_ends(relation: Relation, ids: dict[str, str]) -> tuple[str, str] | None:
    """The stored (head, tail) of an extracted relation once its entities are resolved to
    stored ids, in the order ``edge_key`` gives symmetric types; None when both ends
    resolved to one entity.

    >>> from corpgraph.records import Evidence, Status
    >>> rel = Relation("b", RelationType.COMPETES_WITH, "a", Status.CURRENT, Evidence("x", "s", 0, 1))
    >>> stored_ends(rel, {"a": "acme", "b": "beta"}), stored_ends(rel, {"a": "acme", "b": "acme"})
    (('acme', 'beta'), None)
    """
    head, _, tail = edge_key(ids[relation.head], relation.type, ids[relation.tail])
    return None if head == tail else (head, tail)


def summarise(evidence: list[dict]) -> dict:
    """An edge's status, confidence and attributes from its evidence rows.

    Each row has ``status``, ``confidence``, ``published``, ``seq`` and the attribute
    names. The status is that of the most recent row (by article date, then ingest
    order), the confidence the highest, each attribute the most confident one given.

    >>> summarise([{"status": "planned", "confidence": 0.9, "published": "2020-01-01", "seq": 1, "date": "2020"},
    ...            {"status": "completed", "confidence": 0.7, "published": "2021-05-01", "seq": 2}])["status"]
    'completed'
    """
    latest = sorted(evidence, key=lambda r: (r.get("published") is not None, r.get("published") or "",
                                            r.get("seq") or 0))[-1]
    by_confidence = sorted(evidence, key=lambda r: -r["confidence"])
    attributes = {name: next((r[name] for r in by_confidence if r.get(name) is not None), None)
                  for name in ATTRIBUTE_NAMES}
    return {"status": latest["status"], "confidence": max(r["confidence"] for r in evidence), **attributes}


def derived_dates(edges: list[Edge]) -> dict[tuple[str, str, str], tuple[str | None, str | None]]:
    """For the ownership edges into one company, the ``(since, ended)`` dates the other
    edges give each one.

    ``since``: an undated edge of an owner that also has a dated ACQUIRED or MERGED_INTO of
    the company starts with that event (the unit belongs to its acquirer from the deal).
    ``ended``: a former edge ends at the earliest dated takeover of the company by another
    owner on or after its own date, one naming that owner as seller first.

    >>> sold = Edge("kaola", RelationType.SUBSIDIARY_OF, "netease", Status.FORMER, 0.9)
    >>> unit = Edge("kaola", RelationType.SUBSIDIARY_OF, "alibaba", Status.CURRENT, 0.9)
    >>> bought = Edge("alibaba", RelationType.ACQUIRED, "kaola", Status.COMPLETED, 0.9, date="2019-09",
    ...               seller="netease")
    >>> dates = derived_dates([sold, unit, bought])
    >>> dates[sold.key], dates[unit.key], dates[bought.key]
    ((None, '2019-09'), ('2019-09', None), (None, None))
    """
    takeovers = [e for e in edges if e.type in (RelationType.ACQUIRED, RelationType.MERGED_INTO)
                 and e.status.affirmative and e.date]
    dates: dict[tuple[str, str, str], tuple[str | None, str | None]] = {}
    for edge in edges:
        owner = edge.ends()[0]
        since = ended = None
        if edge.date is None:
            own = [t.date for t in takeovers if t.ends()[0] == owner]
            since = min(own) if own else None
        if edge.status is Status.FORMER:
            later = [t for t in takeovers if t.ends()[0] != owner and (
                edge.date is None or not on_or_before(t.date, edge.date) or t.date == edge.date)]
            named = [t for t in later if t.seller == owner]
            if named or later:
                ended = min(t.date for t in (named or later))
        dates[edge.key] = (since, ended)
    return dates
