"""The embedded store: one SQLite file, no server. The default backend.

Each article is written in one ``BEGIN IMMEDIATE`` transaction, so a crash leaves either
all of an article or none of it, and concurrent ingests queue on the write lock rather
than lose work (WAL mode, busy timeout). An article already stored is skipped, so
re-ingesting changes nothing. Entities are resolved across articles through their
alias keys (and one-letter slips under guards, see ``resolve.similar_names``).

>>> from corpgraph.loaders.read import article_from_text
>>> from corpgraph.loaders.extract import extract
>>> with EmbeddedStore(":memory:") as store:
...     first = store.ingest(extract(article_from_text("Acme Corp acquired Widget Ltd.", source="a")))
...     again = store.ingest(extract(article_from_text("Acme Corp acquired Widget Ltd.", source="a")))
...     (first.relations_added, again.new, store.stats()["relations"])
(1, False, 1)
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from corpgraph.errors import StoreError
from corpgraph.graph.resolve import name_key
from corpgraph.graph.store import resolve_entity, stored_ends, summarise
from corpgraph.records import (ATTRIBUTE_NAMES, Article, Edge, Entity, EntityType, Evidence, Extraction,
                               IngestResult, Relation, RelationType, Status)

SCHEMA_VERSION = 1
_TYPES = ", ".join(f"'{t.value}'" for t in RelationType)
_STATUSES = ", ".join(f"'{s.value}'" for s in Status)
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, source TEXT NOT NULL, published TEXT, chars INTEGER NOT NULL,
    seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('Company', 'Person')));
CREATE TABLE IF NOT EXISTS aliases (
    key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id), name TEXT NOT NULL,
    PRIMARY KEY (entity_id, name));
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article_id, entity_id));
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY, head TEXT NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL CHECK (type IN ({_TYPES})), tail TEXT NOT NULL REFERENCES entities(id),
    status TEXT NOT NULL CHECK (status IN ({_STATUSES})), confidence REAL NOT NULL,
    date TEXT, amount REAL, currency TEXT, stake_pct REAL, seller TEXT, role TEXT,
    UNIQUE (head, type, tail));
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
CREATE TABLE IF NOT EXISTS evidence (
    relation_id INTEGER NOT NULL REFERENCES relations(id), article_id TEXT NOT NULL REFERENCES articles(id),
    sentence TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ({_STATUSES})), confidence REAL NOT NULL, rule TEXT,
    date TEXT, amount REAL, currency TEXT, stake_pct REAL, seller TEXT, role TEXT,
    PRIMARY KEY (relation_id, article_id, start));
"""


class _SqliteIndex:
    """Entity look-ups for :func:`resolve_entity` on an open connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def ids_with_key(self, key: str, type: EntityType) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND e.type = ? ORDER BY a.entity_id", (key, type.value))]

    def names_with_prefix(self, prefix: str, type: EntityType) -> list[tuple[str, str]]:
        return self.db.execute(
            "SELECT e.id, a.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.type = ? AND a.key >= ? AND a.key < ? ORDER BY e.id, a.name",
            (type.value, prefix, prefix + "\uffff")).fetchall()

    def id_taken(self, entity_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


class EmbeddedStore:
    """A SQLite-backed store; ``path`` may be ``:memory:`` for throw-away graphs."""

    def __init__(self, path: str | os.PathLike = "corpgraph.db", *, timeout: float = 60.0) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the database {self.path}: folder {parent} does not exist",
                                 hint="create the folder or choose another path with --db")
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                       check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._prepare(timeout)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}",
                             hint="check that --db points at a corpgraph database (or a new file)") from None
        self._lock = threading.Lock()

    def _prepare(self, timeout: float) -> None:
        """Switch to WAL and create the schema; a second process doing the same at the same
        moment gets SQLITE_BUSY without waiting, so retry for up to ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.path != ":memory:":
                    self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("BEGIN IMMEDIATE")
                for statement in filter(str.strip, SCHEMA.split(";")):
                    self._db.execute(statement)
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                self._db.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- writing ---------------------------------------------------------------------
    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store one article's entities and relations in one transaction."""
        extraction.validate()
        article = extraction.article
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    result = self._ingest(extraction)
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
                return result
            except sqlite3.OperationalError as exc:
                raise StoreError(f"could not write {article.source} to {self.path}: {exc}",
                                 hint="another process may hold the database; try again") from None

    def _ingest(self, extraction: Extraction) -> IngestResult:
        db = self._db
        article = extraction.article
        if db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return IngestResult(article.id, article.source, new=False)
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                   (article.id, article.title, article.source, article.published, len(article.text), seq))
        ids: dict[str, str] = {}
        added_entities = 0
        for entity in extraction.entities:
            stored, created = self._resolve(entity)
            ids[entity.id] = stored
            added_entities += created
            db.execute("INSERT OR IGNORE INTO mentions VALUES (?, ?)", (article.id, stored))
        added_relations = added_evidence = 0
        for rel in extraction.relations:
            ends = stored_ends(rel, ids)
            if ends is None:
                continue
            head, tail = ends
            row = db.execute("SELECT id FROM relations WHERE head = ? AND type = ? AND tail = ?",
                             (head, rel.type.value, tail)).fetchone()
            if row is None:
                cursor = db.execute(
                    "INSERT INTO relations (head, type, tail, status, confidence) VALUES (?, ?, ?, ?, ?)",
                    (head, rel.type.value, tail, rel.status.value, rel.confidence))
                relation_id = cursor.lastrowid
                added_relations += 1
            else:
                relation_id = row[0]
            seller = ids.get(rel.seller) if rel.seller else None
            cursor = db.execute(
                "INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (relation_id, article.id, rel.evidence.sentence, rel.evidence.start, rel.evidence.end,
                 rel.status.value, rel.confidence, rel.rule, rel.date, rel.amount, rel.currency,
                 rel.stake_pct, seller, rel.role))
            added_evidence += cursor.rowcount
            self._summarise(relation_id)
        return IngestResult(article.id, article.source, True, added_entities, added_relations, added_evidence)

    def _resolve(self, entity: Entity) -> tuple[str, bool]:
        """The stored id for an extracted entity, creating it when nothing matches."""
        found, created = resolve_entity(entity, _SqliteIndex(self._db))
        if created:
            self._db.execute("INSERT INTO entities VALUES (?, ?, ?)", (found, entity.name, entity.type.value))
        for name in entity.names():
            self._db.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", (name_key(name), found, name))
        return found, created

    def _summarise(self, relation_id: int) -> None:
        """Recompute an edge's status, confidence and attributes from its evidence."""
        rows = self._db.execute(
            "SELECT ev.status, ev.confidence, a.published, a.seq, " + ", ".join(f"ev.{a}" for a in ATTRIBUTE_NAMES) +
            " FROM evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = ?",
            (relation_id,)).fetchall()
        columns = ("status", "confidence", "published", "seq", *ATTRIBUTE_NAMES)
        summary = summarise([dict(zip(columns, row)) for row in rows])
        self._db.execute("UPDATE relations SET status = ?, confidence = ?, " +
                         ", ".join(f"{a} = ?" for a in ATTRIBUTE_NAMES) + " WHERE id = ?",
                         (summary["status"], summary["confidence"], *(summary[a] for a in ATTRIBUTE_NAMES), relation_id))

    # -- reading ---------------------------------------------------------------------
    def entities(self, *, type: EntityType | None = None, search: str | None = None) -> list[Entity]:
        sql = "SELECT id, name, type FROM entities"
        params: list = []
        if type is not None:
            sql += " WHERE type = ?"
            params.append(type.value)
        rows = self._db.execute(sql + " ORDER BY name COLLATE NOCASE, id", params).fetchall()
        aliases: dict[str, list[str]] = {}
        for entity_id, name in self._db.execute("SELECT entity_id, name FROM aliases ORDER BY name"):
            aliases.setdefault(entity_id, []).append(name)
        out = []
        for entity_id, name, etype in rows:
            names = [a for a in aliases.get(entity_id, []) if a != name]
            entity = Entity(entity_id, name, EntityType(etype), tuple(dict.fromkeys(names)))
            if search and not any(search.casefold() in n.casefold() for n in entity.names()):
                continue
            out.append(entity)
        return out

    def edges(self, *, type: RelationType | None = None, entity_id: str | None = None) -> list[Edge]:
        sql = "SELECT id, head, type, tail, status, confidence, " + ", ".join(ATTRIBUTE_NAMES) + " FROM relations"
        where, params = [], []
        if type is not None:
            where.append("type = ?")
            params.append(type.value)
        if entity_id is not None:
            where.append("(head = ? OR tail = ?)")
            params.extend([entity_id, entity_id])
        if where:
            sql += " WHERE " + " AND ".join(where)
        relations = self._db.execute(sql + " ORDER BY type, head, tail", params).fetchall()
        evidence: dict[int, list[Evidence]] = {}
        for row in self._db.execute(
                "SELECT ev.relation_id, ev.article_id, ev.sentence, ev.start, ev.end, a.source, a.published "
                "FROM evidence ev JOIN articles a ON a.id = ev.article_id ORDER BY a.seq, ev.start"):
            evidence.setdefault(row[0], []).append(Evidence(*row[1:]))
        return [Edge(head=r[1], type=RelationType(r[2]), tail=r[3], status=Status(r[4]), confidence=r[5],
                     evidence=tuple(evidence.get(r[0], ())), **dict(zip(ATTRIBUTE_NAMES, r[6:])))
                for r in relations]

    def extractions(self) -> Iterator[Extraction]:
        """Each stored article as the extraction it came from (without its text), in ingest
        order: what ``corpgraph push`` replays into another store."""
        entities = {e.id: e for e in self.entities()}
        columns = ("head", "type", "tail", "sentence", "start", "end", "status", "confidence", "rule", *ATTRIBUTE_NAMES)
        for article_id, title, source, published, chars in self._db.execute(
                "SELECT id, title, source, published, chars FROM articles ORDER BY seq").fetchall():
            mentioned = [entities[row[0]] for row in self._db.execute(
                "SELECT entity_id FROM mentions WHERE article_id = ? ORDER BY entity_id", (article_id,))]
            relations = []
            for row in self._db.execute(
                    "SELECT r.head, r.type, r.tail, ev.sentence, ev.start, ev.end, ev.status, ev.confidence, ev.rule, "
                    + ", ".join(f"ev.{a}" for a in ATTRIBUTE_NAMES) + " FROM evidence ev JOIN relations r "
                    "ON r.id = ev.relation_id WHERE ev.article_id = ? ORDER BY ev.start, r.id", (article_id,)):
                item = dict(zip(columns, row))
                evidence = Evidence(article_id, item.pop("sentence"), item.pop("start"), item.pop("end"),
                                    source, published)
                relations.append(Relation(type=RelationType(item.pop("type")), status=Status(item.pop("status")),
                                          evidence=evidence, **item))
            article = Article(id=article_id, text="", source=source, title=title, published=published)
            yield Extraction(article, tuple(mentioned), tuple(relations))

    def article(self, article_id: str) -> dict | None:
        row = self._db.execute("SELECT id, title, source, published, chars FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
        return dict(zip(("id", "title", "source", "published", "chars"), row)) if row else None

    def stats(self) -> dict[str, int]:
        count = lambda table: self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
        by_type = dict(self._db.execute("SELECT type, COUNT(*) FROM relations GROUP BY type").fetchall())
        people = self._db.execute("SELECT COUNT(*) FROM entities WHERE type = 'Person'").fetchone()[0]
        return {"articles": count("articles"), "entities": count("entities"), "companies": count("entities") - people,
                "people": people, "relations": count("relations"), "evidence": count("evidence"),
                **{f"relations_{t.value}": by_type.get(t.value, 0) for t in RelationType}}
