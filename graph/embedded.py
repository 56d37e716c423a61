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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx

from corpgraph.errors import StoreError
from corpgraph.graph import queries
from corpgraph.graph.overrides import check_alias, check_merge, moved_articles, regroup, split_end, split_plan
from corpgraph.graph.resolve import name_key
from corpgraph.graph.queries import Scope
from corpgraph.graph.store import (ANY_LENGTH, derived_dates, fold_matching, new_id, resolve_entity, stored_ends,
                                    summarise)
from corpgraph.records import (ATTRIBUTE_NAMES, OWNERSHIP_EDGES, Article, Edge, Entity, EntityType, Evidence,
                               Extraction, IngestResult, Relation, RelationType, Status, ownership_ends)

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
CREATE TABLE IF NOT EXISTS kept_apart (
    a TEXT NOT NULL REFERENCES entities(id), b TEXT NOT NULL REFERENCES entities(id), PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article_id, entity_id));
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY, head TEXT NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL CHECK (type IN ({_TYPES})), tail TEXT NOT NULL REFERENCES entities(id),
    status TEXT NOT NULL CHECK (status IN ({_STATUSES})), confidence REAL NOT NULL,
    date TEXT, amount REAL, currency TEXT, stake_pct REAL, seller TEXT, role TEXT, since TEXT, ended TEXT,
    UNIQUE (head, type, tail));
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
CREATE TABLE IF NOT EXISTS evidence (
    relation_id INTEGER NOT NULL REFERENCES relations(id), article_id TEXT NOT NULL REFERENCES articles(id),
    sentence TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ({_STATUSES})), confidence REAL NOT NULL, rule TEXT,
    date TEXT, amount REAL, currency TEXT, stake_pct REAL, seller TEXT, role TEXT,
    PRIMARY KEY (relation_id, article_id, start));
"""


_FORWARD = "('ACQUIRED', 'INVESTED_IN')"
_BACKWARD = "('SUBSIDIARY_OF', 'MERGED_INTO')"
#: WHERE clauses over a list of ids: edges whose owned end is one of them, edges whose
#: owner is, and the REPORTS_TO edges up from or down to them.
_OWNERS_OF = f"(type IN {_FORWARD} AND tail IN ({{ids}})) OR (type IN {_BACKWARD} AND head IN ({{ids}}))"
_OWNED_BY = f"(type IN {_FORWARD} AND head IN ({{ids}})) OR (type IN {_BACKWARD} AND tail IN ({{ids}}))"
_BOSSES_OF = "type = 'REPORTS_TO' AND head IN ({ids})"
_REPORTS_OF = "type = 'REPORTS_TO' AND tail IN ({ids})"
_INTO = _OWNERS_OF.format(ids="?")


class _SqliteIndex:
    """Entity look-ups for :func:`resolve_entity` on an open connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def ids_with_key(self, key: str, type: EntityType) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND e.type = ? ORDER BY a.entity_id", (key, type.value))]

    def names_with_prefix(self, prefix: str, type: EntityType,
                          lengths: tuple[int, int] = ANY_LENGTH) -> list[tuple[str, str]]:
        return self.db.execute(
            "SELECT e.id, a.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.type = ? AND a.key >= ? AND a.key < ? AND length(a.key) BETWEEN ? AND ? ORDER BY e.id, a.name",
            (type.value, prefix, prefix + "\uffff", *lengths)).fetchall()

    def id_taken(self, entity_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None

    def kept_apart(self, entity_id: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT b FROM kept_apart WHERE a = ?", (entity_id,))}


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
                columns = {row[1] for row in self._db.execute("PRAGMA table_info(relations)")}
                for derived in ("since", "ended"):  # databases written before these were derived
                    if derived not in columns:
                        self._db.execute(f"ALTER TABLE relations ADD COLUMN {derived} TEXT")
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
        return self._write(self._ingest, extraction, what=f"{extraction.article.source} ")

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
            folded = fold_matching(entity, stored, _SqliteIndex(db), lambda other: self._merge(stored, other))
            ids = {k: stored if v in folded else v for k, v in ids.items()}
            ids[entity.id] = stored
            added_entities += created
            db.execute("INSERT OR IGNORE INTO mentions VALUES (?, ?)", (article.id, stored))
        added_relations = added_evidence = 0
        owned: set[str] = set()
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
            if rel.type in OWNERSHIP_EDGES:
                owned.add(ownership_ends(head, rel.type, tail)[1])
        for entity_id in sorted(owned):
            self._derive_dates(entity_id)
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

    # -- corrections -----------------------------------------------------------------
    def _write(self, work, *args, what: str = ""):
        """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction: all of it or none."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    result = work(*args)
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
                return result
            except sqlite3.OperationalError as exc:
                raise StoreError(f"could not write {what}to {self.path}: {exc}",
                                 hint="another process may hold the database; try again") from None

    def add_alias(self, entity_id: str, spelling: str) -> None:
        """Make ``spelling`` a name of the entity: later articles that use it resolve here."""
        self._write(self._add_alias, entity_id, spelling)

    def _add_alias(self, entity_id: str, spelling: str) -> None:
        owner = self._db.execute("SELECT entity_id FROM aliases WHERE key = ? AND entity_id != ?",
                                 (name_key(spelling), entity_id)).fetchone()
        check_alias(entity_id, spelling, owner[0] if owner else None)
        self._db.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", (name_key(spelling), entity_id, spelling))

    def merge_entities(self, keep: str, other: str) -> None:
        """Fold ``other`` into ``keep``: its names, mentions and relations; ``other`` is gone."""
        self._write(self._merge, keep, other)

    def _merge(self, keep: str, other: str) -> None:
        db = self._db
        types = dict(db.execute("SELECT id, type FROM entities WHERE id IN (?, ?)", (keep, other)).fetchall())
        check_merge(types.get(keep), types.get(other))
        self._regroup([keep, other], lambda item, end: keep if end == other else end,
                      lambda seller: keep if seller == other else seller)
        db.execute("UPDATE OR IGNORE aliases SET entity_id = ? WHERE entity_id = ?", (keep, other))
        db.execute("UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ?", (keep, other))
        for table in ("aliases", "mentions"):
            db.execute(f"DELETE FROM {table} WHERE entity_id = ?", (other,))
        # what a user split off from either stays apart from both
        db.execute("UPDATE OR IGNORE kept_apart SET a = ? WHERE a = ?", (keep, other))
        db.execute("UPDATE OR IGNORE kept_apart SET b = ? WHERE b = ?", (keep, other))
        db.execute("DELETE FROM kept_apart WHERE a = ? OR b = ? OR a = b", (other, other))
        db.execute("DELETE FROM entities WHERE id = ?", (other,))

    def split_entity(self, entity_id: str, spelling: str) -> str:
        """Give ``spelling`` an entity of its own, with the evidence that names it alone;
        returns the new id."""
        return self._write(self._split, entity_id, spelling)

    def _split(self, entity_id: str, spelling: str) -> str:
        db = self._db
        name, etype = db.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        spellings = [r[0] for r in db.execute("SELECT name FROM aliases WHERE entity_id = ?", (entity_id,))]
        key, moving, staying = split_plan(entity_id, name, spellings, spelling)
        split_id = new_id(spelling, _SqliteIndex(db))
        db.execute("INSERT INTO entities VALUES (?, ?, ?)", (split_id, spelling, etype))
        db.execute("UPDATE aliases SET entity_id = ? WHERE entity_id = ? AND key = ?", (split_id, entity_id, key))
        moved = self._regroup([entity_id], split_end(entity_id, split_id, moving, staying))
        db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", [(a, split_id) for a in moved])
        db.executemany("INSERT OR IGNORE INTO kept_apart VALUES (?, ?)", [(entity_id, split_id), (split_id, entity_id)])
        return split_id

    def _regroup(self, ids: list[str], end_for, seller_for=lambda seller: seller) -> set[str]:
        """Rewrite every edge touching ``ids`` through :func:`overrides.regroup`; returns the
        articles whose evidence now sits on an edge of another entity."""
        db = self._db
        marks = ", ".join("?" * len(ids))
        columns = ("relation", "head", "type", "tail", "article", "sentence", "start", "end", "status",
                   "confidence", "rule", *ATTRIBUTE_NAMES, "published", "seq", "source")
        rows = db.execute(
            "SELECT r.id, r.head, r.type, r.tail, ev.article_id, ev.sentence, ev.start, ev.end, ev.status, "
            "ev.confidence, ev.rule, " + ", ".join(f"ev.{a}" for a in ATTRIBUTE_NAMES) +
            f", a.published, a.seq, a.source FROM relations r JOIN evidence ev ON ev.relation_id = r.id "
            f"JOIN articles a ON a.id = ev.article_id "
            f"WHERE r.head IN ({marks}) OR r.tail IN ({marks}) OR r.seller IN ({marks})", ids * 3).fetchall()
        edges: dict[tuple[str, str, str], list[dict]] = {}
        old = set()
        for row in rows:
            item = dict(zip(columns, row))
            old.add(item["relation"])
            edges.setdefault((item["head"], item["type"], item["tail"]), []).append(item)
        regrouped = regroup(edges, end_for, seller_for)
        db.executemany("DELETE FROM evidence WHERE relation_id = ?", [(r,) for r in old])
        db.executemany("DELETE FROM relations WHERE id = ?", [(r,) for r in old])
        owned = set()
        for (head, rtype, tail), items in regrouped.items():
            relation_id = db.execute("INSERT INTO relations (head, type, tail, status, confidence) "
                                     "VALUES (?, ?, ?, ?, ?)", (head, rtype, tail, "current", 0.0)).lastrowid
            db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [(relation_id, i["article"], i["sentence"], i["start"], i["end"], i["status"],
                             i["confidence"], i["rule"], *(i[a] for a in ATTRIBUTE_NAMES)) for i in items])
            self._summarise(relation_id)
            if RelationType(rtype) in OWNERSHIP_EDGES:
                owned.add(ownership_ends(head, RelationType(rtype), tail)[1])
        for entity_id in sorted(owned | set(ids)):
            self._derive_dates(entity_id)
        return moved_articles(regrouped)

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
        where, params = [], []
        if type is not None:
            where.append("type = ?")
            params.append(type.value)
        if entity_id is not None:
            where.append("(head = ? OR tail = ?)")
            params.extend([entity_id, entity_id])
        return self._edges(" AND ".join(where) or "1", params)

    def _edges(self, where: str, params: Iterable) -> list[Edge]:
        """Edges matching a WHERE clause of this module's own text, with their evidence."""
        relations = self._db.execute(
            f"SELECT id, head, type, tail, status, confidence, since, ended, {', '.join(ATTRIBUTE_NAMES)} "
            f"FROM relations "
            f"WHERE {where} ORDER BY type, head, tail", list(params)).fetchall()
        evidence: dict[int, list[Evidence]] = {}
        ids = [r[0] for r in relations]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for row in self._db.execute(
                    "SELECT ev.relation_id, ev.article_id, ev.sentence, ev.start, ev.end, a.source, a.published "
                    f"FROM evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id IN "
                    f"({', '.join('?' * len(part))}) ORDER BY a.seq, ev.start", part):
                evidence.setdefault(row[0], []).append(Evidence(*row[1:]))
        return [Edge(head=r[1], type=RelationType(r[2]), tail=r[3], status=Status(r[4]), confidence=r[5], since=r[6],
                     ended=r[7], evidence=tuple(evidence.get(r[0], ())), **dict(zip(ATTRIBUTE_NAMES, r[8:])))
                for r in relations]

    def _derive_dates(self, owned: str) -> None:
        """Recompute ``since`` and ``ended`` on the ownership edges into one company."""
        edges = self._edges(_INTO, [owned, owned])
        for key, (since, ended) in derived_dates(edges).items():
            self._db.execute("UPDATE relations SET since = ?, ended = ? WHERE head = ? AND type = ? AND tail = ?",
                             (since, ended, *key))

    def lookup(self, name: str) -> Entity | None:
        row = self._db.execute("SELECT id FROM entities WHERE id = ?", (name,)).fetchone() or self._db.execute(
            "SELECT entity_id FROM aliases WHERE key = ? ORDER BY lower(name) <> lower(?), entity_id",
            (name_key(name), name)).fetchone()
        if row is None:
            return None
        entity_id, stored, etype = self._db.execute("SELECT id, name, type FROM entities WHERE id = ?",
                                                    (row[0],)).fetchone()
        aliases = [r[0] for r in self._db.execute("SELECT name FROM aliases WHERE entity_id = ? ORDER BY name",
                                                  (entity_id,)) if r[0] != stored]
        return Entity(entity_id, stored, EntityType(etype), tuple(dict.fromkeys(aliases)))

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(ids))
        names: dict[str, str] = {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk:chunk + 500]
            names.update(self._db.execute(f"SELECT id, name FROM entities WHERE id IN ({', '.join('?' * len(part))})",
                                          part).fetchall())
        return names

    # -- questions: networkx over the part of the graph a question can reach ----------
    def _reach(self, start: str, step: str, scope: Scope, depth: int,
               follow: Callable[[Edge], str]) -> nx.MultiDiGraph:
        """The sub-graph of counting edges reachable from ``start`` in ``depth`` steps;
        ``step`` is one of this module's WHERE clauses over a list of ids (``{ids}``)."""
        graph = nx.MultiDiGraph()
        graph.add_node(start)
        seen, frontier = {start}, [start]
        for _ in range(depth):
            found: list[Edge] = []
            for chunk in range(0, len(frontier), 400):
                part = frontier[chunk:chunk + 400]
                marks = ", ".join("?" * len(part))
                found += self._edges(step.format(ids=marks), part * step.count("{ids}"))
            frontier = []
            for edge in found:
                if not scope.counts(edge):
                    continue
                graph.add_edge(edge.head, edge.tail, key=edge.type.value, edge=edge)
                nxt = follow(edge)
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
            if not frontier:
                break
        return graph

    def ownership_paths(self, source: str, target: str, scope: Scope, *, max_depth: int = 8,
                        all_paths: bool = False) -> list[list[Edge]]:
        graph = self._reach(source, _OWNED_BY, scope, max_depth, lambda e: e.ends()[1])
        return queries.ownership_paths(graph, source, target, scope, max_depth=max_depth, all_paths=all_paths)

    def owner_chains(self, entity: str, scope: Scope, *, max_depth: int = 50) -> list[list[Edge]]:
        graph = self._reach(entity, _OWNERS_OF, scope, max_depth, lambda e: e.ends()[0])
        return queries.owner_chains(graph, entity, scope, max_depth=max_depth)

    def subsidiary_edges(self, entity: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
        graph = self._reach(entity, _OWNED_BY, scope, depth, lambda e: e.ends()[1])
        return queries.subsidiary_edges(graph, entity, scope, depth=depth)

    def reporting_chains(self, person: str, scope: Scope, *, max_depth: int = 20) -> list[list[Edge]]:
        graph = self._reach(person, _BOSSES_OF, scope, max_depth, lambda e: e.tail)
        return queries.reporting_chains(graph, person, scope, max_depth=max_depth)

    def report_edges(self, person: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
        graph = self._reach(person, _REPORTS_OF, scope, depth, lambda e: e.head)
        return queries.report_edges(graph, person, scope, depth=depth)

    def touching_edges(self, entity: str, scope: Scope, types: Iterable[RelationType]) -> list[Edge]:
        wanted = [RelationType(t).value for t in types]
        edges = self._edges(f"(head = ? OR tail = ?) AND type IN ({', '.join('?' * len(wanted))})",
                            [entity, entity, *wanted])
        return [e for e in edges if scope.counts(e)]

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
