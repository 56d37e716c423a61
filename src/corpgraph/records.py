"""Typed records that flow through the pipeline, and the closed vocabularies of the graph model.

Every stage takes and returns these records; nothing else crosses a module boundary.
The vocabularies mirror ``graph-model.md``: two entity types, nine relation types,
five status words (``current`` and ``completed`` are the two affirmative spellings).

>>> RelationType.parse("acquired")
<RelationType.ACQUIRED: 'ACQUIRED'>
>>> Status.parse("Rumored").affirmative
False
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field

from corpgraph.errors import ValidationError


class EntityType(str, enum.Enum):
    COMPANY = "Company"
    PERSON = "Person"

    @classmethod
    def parse(cls, value: str) -> "EntityType":
        """Return the member named by ``value`` (case-insensitive).

        >>> EntityType.parse("person")
        <EntityType.PERSON: 'Person'>
        """
        for member in cls:
            if member.value.casefold() == str(value).casefold():
                return member
        raise ValidationError(f"unknown entity type {value!r}; use one of: "
                              + ", ".join(m.value for m in cls))


class RelationType(str, enum.Enum):
    ACQUIRED = "ACQUIRED"
    MERGED_INTO = "MERGED_INTO"
    REPORTS_TO = "REPORTS_TO"
    COMPETES_WITH = "COMPETES_WITH"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    INVESTED_IN = "INVESTED_IN"
    LEADS = "LEADS"
    WORKS_FOR = "WORKS_FOR"
    FOUNDED = "FOUNDED"

    @classmethod
    def parse(cls, value: str) -> "RelationType":
        """Return the member named by ``value``; anything outside the enum is refused.

        >>> RelationType.parse("merged_into").value
        'MERGED_INTO'
        """
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValidationError(f"unknown relation type {value!r}; use one of: "
                                  + ", ".join(m.value for m in cls)) from None

    @property
    def symmetric(self) -> bool:
        return self is RelationType.COMPETES_WITH

    @property
    def is_event(self) -> bool:
        """Events happen once (status ``completed``); the others are states (``current``)."""
        return self in (RelationType.ACQUIRED, RelationType.MERGED_INTO,
                        RelationType.INVESTED_IN, RelationType.FOUNDED)


#: Which entity types each relation may connect: (allowed heads, allowed tails).
RELATION_SIGNATURES: dict[RelationType, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    RelationType.ACQUIRED: (frozenset({EntityType.COMPANY}), frozenset({EntityType.COMPANY})),
    RelationType.MERGED_INTO: (frozenset({EntityType.COMPANY}), frozenset({EntityType.COMPANY})),
    RelationType.REPORTS_TO: (frozenset({EntityType.PERSON}), frozenset({EntityType.PERSON})),
    RelationType.COMPETES_WITH: (frozenset({EntityType.COMPANY}), frozenset({EntityType.COMPANY})),
    RelationType.SUBSIDIARY_OF: (frozenset({EntityType.COMPANY}), frozenset({EntityType.COMPANY})),
    RelationType.INVESTED_IN: (frozenset(EntityType), frozenset({EntityType.COMPANY})),
    RelationType.LEADS: (frozenset({EntityType.PERSON}), frozenset({EntityType.COMPANY})),
    RelationType.WORKS_FOR: (frozenset({EntityType.PERSON}), frozenset({EntityType.COMPANY})),
    RelationType.FOUNDED: (frozenset(EntityType), frozenset({EntityType.COMPANY})),
}

#: Edges that carry ownership, read as owner -> owned. ``True`` means the stored
#: direction (head -> tail) must be reversed to read owner -> owned.
OWNERSHIP_EDGES: dict[RelationType, bool] = {
    RelationType.ACQUIRED: False,
    RelationType.INVESTED_IN: False,
    RelationType.SUBSIDIARY_OF: True,
    RelationType.MERGED_INTO: True,
}


def ownership_ends(head: str, rtype: RelationType, tail: str) -> tuple[str, str]:
    """(owner, owned) of a stored ownership edge (head, type, tail).

    >>> ownership_ends("kaola", RelationType.SUBSIDIARY_OF, "netease")
    ('netease', 'kaola')
    """
    if rtype not in OWNERSHIP_EDGES:
        raise ValidationError(f"{RelationType(rtype).value} is not an ownership relation")
    return (tail, head) if OWNERSHIP_EDGES[rtype] else (head, tail)


class Status(str, enum.Enum):
    CURRENT = "current"
    COMPLETED = "completed"
    FORMER = "former"
    PLANNED = "planned"
    RUMORED = "rumored"

    @classmethod
    def parse(cls, value: str) -> "Status":
        """Return the member named by ``value`` (``rumoured`` is accepted too)."""
        text = str(value).strip().lower().replace("rumoured", "rumored")
        for member in cls:
            if member.value == text:
                return member
        raise ValidationError(f"unknown status {value!r}; use one of: "
                              + ", ".join(m.value for m in cls))

    @property
    def affirmative(self) -> bool:
        return self in (Status.CURRENT, Status.COMPLETED)


ATTRIBUTE_NAMES = ("date", "amount", "currency", "stake_pct", "seller", "role")


def edge_key(head: str, rtype: RelationType, tail: str) -> tuple[str, str, str]:
    """The identity of an edge; a symmetric type puts its two ends in order.

    >>> edge_key("b", RelationType.COMPETES_WITH, "a")
    ('a', 'COMPETES_WITH', 'b')
    """
    if rtype.symmetric and tail < head:
        head, tail = tail, head
    return (head, rtype.value, tail)


def _given_attributes(record) -> dict[str, object]:
    return {n: getattr(record, n) for n in ATTRIBUTE_NAMES if getattr(record, n) is not None}


@dataclass(frozen=True, slots=True)
class Article:
    """One document to extract from. ``id`` is a hash of its normalised text."""

    id: str
    text: str
    source: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of an article's text that names a company or a person."""

    text: str
    start: int
    end: int
    type: EntityType
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world company or person; ``aliases`` are its other spellings."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the sentence and its character span in the article."""

    article_id: str
    sentence: str
    start: int
    end: int
    source: str = ""
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed edge between two entity ids, with the evidence it came from."""

    head: str
    type: RelationType
    tail: str
    status: Status
    evidence: Evidence
    confidence: float = 0.5
    rule: str = ""
    date: str | None = None
    amount: float | None = None
    currency: str | None = None
    stake_pct: float | None = None
    seller: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.type, RelationType):
            raise ValidationError(f"relation type must be a RelationType, got {self.type!r}")
        if not isinstance(self.status, Status):
            raise ValidationError(f"status must be a Status, got {self.status!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValidationError(f"confidence must lie in [0, 1], got {self.confidence!r}")
        if self.head == self.tail:
            raise ValidationError(f"a relation needs two different entities, got {self.head!r} twice")

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity of the edge: symmetric types ignore direction."""
        return edge_key(self.head, self.type, self.tail)

    def attributes(self) -> dict[str, object]:
        """The optional attributes that the text gave, without the empty ones."""
        return _given_attributes(self)

    def replace(self, **changes: object) -> "Relation":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article: its entities and the relations between them."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False)

    def entity(self, entity_id: str) -> Entity:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

    def validate(self) -> None:
        """Refuse anything the graph model does not allow, before it reaches a store."""
        types = {e.id: e.type for e in self.entities}
        for rel in self.relations:
            RelationType.parse(rel.type.value)
            for end in (rel.head, rel.tail):
                if end not in types:
                    raise ValidationError(f"relation {rel.key} names unknown entity {end!r}")
            heads, tails = RELATION_SIGNATURES[rel.type]
            if types[rel.head] not in heads or types[rel.tail] not in tails:
                raise ValidationError(
                    f"{rel.type.value} cannot join {types[rel.head].value} to {types[rel.tail].value}")


@dataclass(frozen=True, slots=True)
class Edge:
    """A stored relationship: one per (head, type, tail), with every piece of evidence.

    ``status`` is the status of the most recent evidence (by article date, then ingest
    order); ``confidence`` the highest; attributes come from the most confident evidence
    that states them. ``since`` and ``ended`` are derived from the other ownership edges into
    the same company, not read (see ``graph.store.derived_dates``).
    """

    head: str
    type: RelationType
    tail: str
    status: Status
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    date: str | None = None
    amount: float | None = None
    currency: str | None = None
    stake_pct: float | None = None
    seller: str | None = None
    role: str | None = None
    since: str | None = None
    ended: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity of the edge: symmetric types ignore direction."""
        return edge_key(self.head, self.type, self.tail)

    def attributes(self) -> dict[str, object]:
        """The optional attributes that the text gave, without the empty ones."""
        return _given_attributes(self)

    def ends(self) -> tuple[str, str]:
        """(owner, owned) of an ownership edge: ACQUIRED and INVESTED_IN read forward,
        SUBSIDIARY_OF and MERGED_INTO backward.

        >>> Edge("kaola", RelationType.SUBSIDIARY_OF, "netease", Status.FORMER, 0.9).ends()
        ('netease', 'kaola')
        """
        return ownership_ends(self.head, self.type, self.tail)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one article's ingest changed; ``new`` is False when it was already stored."""

    article_id: str
    source: str
    new: bool
    entities_added: int = 0
    relations_added: int = 0
    evidence_added: int = 0
