"""The store interface both backends implement, and the networkx view of a store.

>>> from corpgraph.graph.embedded import EmbeddedStore
>>> with EmbeddedStore(":memory:") as store:
...     store.stats()["entities"]
0
"""

from __future__ import annotations

from typing import Protocol

import networkx as nx
from rapidfuzz import fuzz, process

from corpgraph.errors import NotFoundError
from corpgraph.graph.resolve import name_key
from corpgraph.records import Edge, Entity, EntityType, Extraction, IngestResult, RelationType


class Store(Protocol):
    """What every backend offers. One article is one transaction."""

    def ingest(self, extraction: Extraction) -> IngestResult: ...

    def entities(self, *, type: EntityType | None = None, search: str | None = None) -> list[Entity]: ...

    def edges(self, *, type: RelationType | None = None, entity_id: str | None = None) -> list[Edge]: ...

    def article(self, article_id: str) -> dict | None: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def find_entity(store: Store, name: str) -> Entity:
    """The entity a user means by ``name``: an exact id, name or alias, else an error that
    lists the closest known names ("did you mean ...?")."""
    key = name_key(name)
    everything = store.entities()
    for entity in everything:
        if entity.id == name or any(name_key(n) == key for n in entity.names()):
            return entity
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
