"""The Neo4j store: the production backend, behind the same interface as the embedded one.

Every query is a named file of ``cypher/`` run with parameters. An article's writes happen
in one managed write transaction (``execute_write``), which the driver retries on
transient errors; the work is idempotent, so a retry is safe. Entities carry the labels
``Entity`` and ``Company``/``Person``; their spellings are ``Alias`` nodes (indexed by name
key) for resolution. Each (head, type, tail) is one relationship; its evidence is kept as a
list of JSON objects (``evidence_json``) next to ``sentences`` and ``articles`` lists for
Cypher users, and its status, confidence and attributes are summarised from the evidence
exactly as in the embedded store. The database name is passed on every call.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable

from neo4j import READ_ACCESS, GraphDatabase, ManagedTransaction, NotificationMinimumSeverity, unit_of_work
from neo4j.exceptions import (AuthError, ConfigurationError, TransientError, DatabaseUnavailable, DriverError,
                              Neo4jError, ServiceUnavailable, SessionExpired)

from corpgraph import cypher
from corpgraph.errors import StoreError
from corpgraph.graph.overrides import check_alias, check_merge, moved_articles, regroup, split_end, split_plan
from corpgraph.graph.resolve import name_key
from corpgraph.graph.queries import Scope
from corpgraph.graph.store import (ANY_LENGTH, derived_dates, fold_matching, new_id, resolve_entity, stored_ends,
                                    summarise)
from corpgraph.records import (ATTRIBUTE_NAMES, OWNERSHIP_EDGES, Edge, Entity, EntityType, Evidence, Extraction,
                               IngestResult, RelationType, Status, ownership_ends)

DEFAULT_URI = "bolt://127.0.0.1:7687"


def translate(error: Exception, uri: str, database: str, timeout: float | None = None) -> StoreError:
    """One clear message for a driver error; never the password."""
    if isinstance(error, Neo4jError) and error.code and "TransactionTimedOut" in error.code:
        return StoreError(f"Neo4j at {uri} stopped the transaction after the {timeout or 0:g}-second limit",
                          hint="narrow the query, or raise the limit with --neo4j-timeout / NEO4J_TIMEOUT")
    if isinstance(error, AuthError):
        return StoreError(f"Neo4j at {uri} refused the user name or password",
                          hint="set NEO4J_USER and NEO4J_PASSWORD to a valid login")
    if isinstance(error, (ServiceUnavailable, SessionExpired, OSError)):
        return StoreError(f"cannot reach Neo4j at {uri}",
                          hint="start the server (corpgraph neo4j start) or fix --neo4j / NEO4J_URI")
    if isinstance(error, Neo4jError) and error.code and "DatabaseNotFound" in error.code:
        return StoreError(f"Neo4j has no database named {database!r}",
                          hint="create it or set NEO4J_DATABASE to an existing one (Community has 'neo4j')")
    if isinstance(error, DatabaseUnavailable):
        return StoreError(f"the Neo4j database {database!r} at {uri} is unavailable (is the server shutting down?)",
                          hint="restart it and run the same command again; articles already stored are skipped")
    if isinstance(error, TransientError):
        return StoreError(f"Neo4j stayed busy after retries ({error.code}): {error.message}",
                          hint="run the same command again; articles already stored are skipped")
    if isinstance(error, ConfigurationError):
        return StoreError(f"bad Neo4j connection settings for {uri}: {error}", hint="check --neo4j / NEO4J_URI")
    message = getattr(error, "message", None) or str(error)
    return StoreError(f"Neo4j error: {message}")


def _edge(row: dict) -> Edge:
    """An Edge record from a row (or map) of head, type, tail and the relationship's properties."""
    props = row["props"]
    evidence = tuple(Evidence(e["article"], e["sentence"], e["start"], e["end"], e["source"], e["published"])
                     for e in map(json.loads, props.get("evidence_json", [])))
    return Edge(head=row["head"], type=RelationType(row["type"]), tail=row["tail"], status=Status(props["status"]),
                confidence=props["confidence"], evidence=evidence, since=props.get("since"),
                ended=props.get("ended"), **{name: props.get(name) for name in ATTRIBUTE_NAMES})


class _CypherIndex:
    """Entity look-ups for :func:`resolve_entity` inside a write transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def ids_with_key(self, key: str, type: EntityType) -> list[str]:
        return [r["id"] for r in self.tx.run(cypher.load("entity_ids_by_key"), key=key, type=type.value)]

    def names_with_prefix(self, prefix: str, type: EntityType,
                          lengths: tuple[int, int] = ANY_LENGTH) -> list[tuple[str, str]]:
        return [(r["id"], r["name"]) for r in self.tx.run(cypher.load("entity_names_by_prefix"), prefix=prefix,
                                                         type=type.value, min_length=lengths[0],
                                                         max_length=lengths[1])]

    def id_taken(self, entity_id: str) -> bool:
        return self.tx.run(cypher.load("entity_exists"), id=entity_id).single()["taken"]

    def kept_apart(self, entity_id: str) -> set[str]:
        return set(self.tx.run(cypher.load("kept_apart"), id=entity_id).single()["ids"])


def _relation_props(evidence: list[dict]) -> dict:
    """A relationship's properties: the summary of its evidence and the evidence itself."""
    props = {k: v for k, v in summarise(evidence).items() if v is not None}
    props.update(evidence_json=[json.dumps(e, ensure_ascii=False) for e in evidence],
                 sentences=[e["sentence"] for e in evidence], articles=[e["article"] for e in evidence])
    return props


def _set_derived_dates(tx: ManagedTransaction, owned: list[str]) -> None:
    """Recompute ``since`` and ``ended`` on the ownership edges into these companies."""
    if not owned:
        return
    by_owned: dict[str, list[Edge]] = defaultdict(list)
    for edge in (_edge(row) for row in tx.run(cypher.load("ownership_into"), ids=owned)):
        by_owned[edge.ends()[1]].append(edge)
    rows = [{"head": key[0], "type": key[1], "tail": key[2], "since": since, "ended": ended}
            for edges in by_owned.values() for key, (since, ended) in derived_dates(edges).items()]
    tx.run(cypher.load("set_derived_dates"), rows=rows).consume()


def _regroup(tx: ManagedTransaction, ids: list[str], end_for, seller_for=lambda seller: seller) -> set[str]:
    """Rewrite every relationship touching ``ids`` (or naming one as seller) through
    :func:`overrides.regroup`; returns the articles whose evidence moved to another entity."""
    edges: dict[tuple[str, str, str], list[dict]] = {}
    old = []
    for row in tx.run(cypher.load("relations_touching"), ids=ids):
        old.append(row["rid"])
        for text in row["evidence_json"] or []:
            item = {**json.loads(text), "head": row["head"], "tail": row["tail"]}
            edges.setdefault((row["head"], row["type"], row["tail"]), []).append(item)
    regrouped = regroup(edges, end_for, seller_for)
    tx.run(cypher.load("delete_relationships"), rids=old).consume()
    by_type: dict[str, list[dict]] = defaultdict(list)
    for (head, rtype, tail), items in regrouped.items():
        clean = [{k: v for k, v in i.items() if k not in ("head", "tail")} for i in items]
        by_type[rtype].append({"head": head, "tail": tail, "props": _relation_props(clean)})
    for rtype, rows in by_type.items():
        tx.run(cypher.for_type("upsert_relations", RelationType(rtype)), rows=rows).consume()
    _set_derived_dates(tx, sorted({ownership_ends(h, RelationType(t), tl)[1] for h, t, tl in regrouped
                                   if RelationType(t) in OWNERSHIP_EDGES} | set(ids)))
    return moved_articles(regrouped)


class Neo4jStore:
    """A store on a Neo4j server. ``password`` comes from the environment or a prompt, never argv."""

    def __init__(self, uri: str = DEFAULT_URI, *, user: str = "neo4j", password: str | None = None,
                 database: str = "neo4j", timeout: float = 60.0) -> None:
        self.uri, self.database, self.timeout = uri, database, timeout
        try:
            # notifications off: warnings such as 'relationship type does not exist' on an
            # empty database would otherwise reach stderr through logging
            self._driver = GraphDatabase.driver(uri, auth=(user, password) if password is not None else None,
                                                connection_timeout=timeout, max_transaction_retry_time=timeout,
                                                # bounds the Bolt handshake too: a frozen server
                                                # otherwise holds a command for the 60 s default
                                                connection_acquisition_timeout=timeout,
                                                notifications_min_severity=NotificationMinimumSeverity.OFF)
            self._driver.verify_connectivity()
            self._create_schema()
        except (DriverError, Neo4jError, OSError) as exc:
            self._close_quietly()
            raise translate(exc, uri, database, timeout) from None

    def _create_schema(self) -> None:
        """Constraints and indexes; another client creating them at the same moment is fine."""
        with self._session() as session:
            for statement in cypher.statements("schema"):
                for attempt in range(50):
                    try:
                        session.run(statement).consume()
                        break
                    except TransientError:
                        # schema locks taken by a client doing the same thing right now
                        time.sleep(0.1 * (attempt + 1))
                    except Neo4jError as exc:
                        if exc.code and "AlreadyExists" in exc.code:
                            break
                        raise
                else:
                    raise StoreError("could not create the Neo4j schema: the database stayed locked",
                                     hint="run the same command again")

    def _limited(self, work):
        """A transaction function the server stops after ``timeout`` seconds."""
        return unit_of_work(timeout=self.timeout)(work)

    def _session(self, **kwargs):
        return self._driver.session(database=self.database, **kwargs)

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._close_quietly()

    def _read(self, name: str, **params) -> list[dict]:
        try:
            with self._session(default_access_mode=READ_ACCESS) as session:
                return session.execute_read(self._limited(lambda tx: [r.data() for r in tx.run(cypher.load(name),
                                                                                                   **params)]))
        except (DriverError, Neo4jError, OSError) as exc:
            raise translate(exc, self.uri, self.database, self.timeout) from None

    # -- writing ---------------------------------------------------------------------
    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store one article in one managed (retried, idempotent) write transaction."""
        extraction.validate()
        try:
            with self._session() as session:
                return session.execute_write(self._limited(self._ingest), extraction)
        except (DriverError, Neo4jError, OSError) as exc:
            raise translate(exc, self.uri, self.database, self.timeout) from None

    def _ingest(self, tx: ManagedTransaction, extraction: Extraction) -> IngestResult:
        article = extraction.article
        # Locks first: a concurrent ingest resolving the same names (or storing the same
        # article) waits here and then sees what this one committed, as if run one after
        # the other.
        prefixes = sorted({name_key(n)[:2] for e in extraction.entities for n in e.names()})
        tx.run(cypher.load("lock_names"), prefixes=prefixes).consume()
        if tx.run(cypher.load("article_exists"), id=article.id).single()["stored"]:
            return IngestResult(article.id, article.source, new=False)
        seq = time.time_ns()
        tx.run(cypher.load("create_article"), id=article.id, title=article.title, source=article.source,
               published=article.published, chars=len(article.text), seq=seq).consume()
        index = _CypherIndex(tx)
        ids, rows, created = {}, [], 0
        for entity in extraction.entities:
            stored, new = resolve_entity(entity, index)
            ids[entity.id] = stored
            created += new
            names = list(dict.fromkeys(entity.names()))
            rows.append({"id": stored, "name": entity.name, "type": entity.type.value, "names": names,
                         "keys": [name_key(n) for n in names]})
            # later entities of this article must see this one (an id is not taken twice)
            tx.run(cypher.load("upsert_entities"), article=article.id, entities=[rows[-1]]).consume()
            folded = fold_matching(entity, stored, index, lambda other: self._merge(tx, stored, other))
            ids = {k: stored if v in folded else v for k, v in ids.items()}
        by_type: dict[RelationType, dict[tuple[str, str], list[dict]]] = defaultdict(lambda: defaultdict(list))
        for rel in extraction.relations:
            ends = stored_ends(rel, ids)
            if ends is None:
                continue
            by_type[rel.type][ends].append({
                "article": article.id, "sentence": rel.evidence.sentence, "start": rel.evidence.start,
                "end": rel.evidence.end, "source": article.source, "published": article.published, "seq": seq,
                "status": rel.status.value, "confidence": rel.confidence, "rule": rel.rule,
                **{name: getattr(rel, name) for name in ATTRIBUTE_NAMES},
                "seller": ids.get(rel.seller) if rel.seller else None})
        added_relations = added_evidence = 0
        for rtype, pairs in by_type.items():
            existing = {(r["head"], r["tail"]): [json.loads(e) for e in r["evidence_json"] or []]
                        for r in tx.run(cypher.for_type("relations_for_keys", rtype),
                                        pairs=[{"head": h, "tail": t} for h, t in pairs])}
            updates = []
            for (head, tail), fresh in pairs.items():
                evidence = existing.get((head, tail), [])
                added_relations += (head, tail) not in existing
                seen = {(e["article"], e["start"]) for e in evidence}
                for item in fresh:
                    if (item["article"], item["start"]) not in seen:
                        evidence.append(item)
                        seen.add((item["article"], item["start"]))
                        added_evidence += 1
                evidence.sort(key=lambda e: (e["seq"], e["start"]))
                updates.append({"head": head, "tail": tail, "props": _relation_props(evidence)})
            tx.run(cypher.for_type("upsert_relations", rtype), rows=updates).consume()
        owned = sorted({ownership_ends(head, rtype, tail)[1]
                        for rtype, pairs in by_type.items() if rtype in OWNERSHIP_EDGES for head, tail in pairs})
        _set_derived_dates(tx, owned)
        return IngestResult(article.id, article.source, True, created, added_relations, added_evidence)

    # -- corrections -----------------------------------------------------------------
    def _write(self, work, *args):
        try:
            with self._session() as session:
                return session.execute_write(self._limited(work), *args)
        except (DriverError, Neo4jError, OSError) as exc:
            raise translate(exc, self.uri, self.database, self.timeout) from None

    def add_alias(self, entity_id: str, spelling: str) -> None:
        """Make ``spelling`` a name of the entity: later articles that use it resolve here."""
        self._write(self._add_alias, entity_id, spelling)

    @staticmethod
    def _add_alias(tx: ManagedTransaction, entity_id: str, spelling: str) -> None:
        tx.run(cypher.load("lock_names"), prefixes=[name_key(spelling)[:2]]).consume()
        owner = tx.run(cypher.load("alias_owner"), key=name_key(spelling), id=entity_id).single()
        check_alias(entity_id, spelling, owner["id"] if owner else None)
        tx.run(cypher.load("add_alias"), id=entity_id, name=spelling, key=name_key(spelling)).consume()

    def merge_entities(self, keep: str, other: str) -> None:
        """Fold ``other`` into ``keep``: its names, mentions and relations; ``other`` is gone."""
        self._write(self._merge, keep, other)

    @staticmethod
    def _merge(tx: ManagedTransaction, keep: str, other: str) -> None:
        found = {r["id"]: r for r in tx.run(cypher.load("entity_names"), ids=[keep, other])}
        check_merge(found[keep]["type"], found[other]["type"])
        names = [n for r in found.values() for n in [r["name"], *r["aliases"]]]
        tx.run(cypher.load("lock_names"), prefixes=sorted({name_key(n)[:2] for n in names})).consume()
        _regroup(tx, [keep, other], lambda item, end: keep if end == other else end,
                 lambda seller: keep if seller == other else seller)
        tx.run(cypher.load("merge_entity_nodes"), keep=keep, other=other).consume()

    def split_entity(self, entity_id: str, spelling: str) -> str:
        """Give ``spelling`` an entity of its own, with the evidence that names it alone;
        returns the new id."""
        return self._write(self._split, entity_id, spelling)

    @staticmethod
    def _split(tx: ManagedTransaction, entity_id: str, spelling: str) -> str:
        row = tx.run(cypher.load("entity_names"), ids=[entity_id]).single()
        spellings = [row["name"], *row["aliases"]]
        tx.run(cypher.load("lock_names"), prefixes=sorted({name_key(n)[:2] for n in spellings})).consume()
        key, moving, staying = split_plan(entity_id, row["name"], spellings, spelling)
        split_id = new_id(spelling, _CypherIndex(tx))
        tx.run(cypher.load("split_entity_node"), id=entity_id, new=split_id, name=spelling, type=row["type"],
               names=moving, key=key).consume()
        moved = _regroup(tx, [entity_id], split_end(entity_id, split_id, moving, staying))
        tx.run(cypher.load("add_mentions"), id=split_id, articles=sorted(moved)).consume()
        tx.run(cypher.load("keep_apart"), a=entity_id, b=split_id).consume()
        return split_id

    # -- reading ---------------------------------------------------------------------
    def entities(self, *, type: EntityType | None = None, search: str | None = None) -> list[Entity]:
        out = []
        for row in self._read("entities", type=type.value if type else None):
            entity = Entity(row["id"], row["name"], EntityType(row["type"]), tuple(sorted(row["aliases"] or ())))
            if search and not any(search.casefold() in n.casefold() for n in entity.names()):
                continue
            out.append(entity)
        return sorted(out, key=lambda e: (e.name.casefold(), e.id))

    def edges(self, *, type: RelationType | None = None, entity_id: str | None = None) -> list[Edge]:
        types = [type.value] if type else [t.value for t in RelationType]
        edges = [_edge(row) for row in self._read("edges", types=types, entity=entity_id)]
        return sorted(edges, key=lambda e: (e.type.value, e.head, e.tail))

    def lookup(self, name: str) -> Entity | None:
        rows = self._read("lookup", id=name, key=name_key(name))
        if not rows:
            return None
        row = rows[0]
        return Entity(row["id"], row["name"], EntityType(row["type"]), tuple(sorted(row["aliases"] or ())))

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        return {row["id"]: row["name"] for row in self._read("names", ids=sorted(set(ids)))}

    # -- questions: the Cypher files of cypher/ ---------------------------------------
    def _chains(self, name: str, scope: Scope, **params) -> list[list[Edge]]:
        return [[_edge(hop) for hop in row["hops"]] for row in self._read(name, **params, **scope.params())]

    def ownership_paths(self, source: str, target: str, scope: Scope, *, max_depth: int = 8,
                        all_paths: bool = False) -> list[list[Edge]]:
        name = "all_ownership_paths" if all_paths else "ownership_paths"
        return self._chains(name, scope, max_depth=max_depth, **{"from": source, "to": target})

    def owner_chains(self, entity: str, scope: Scope, *, max_depth: int = 50) -> list[list[Edge]]:
        return self._chains("owner_chains", scope, id=entity, max_depth=max_depth)

    def subsidiary_edges(self, entity: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
        return [_edge(row) for row in self._read("subsidiary_edges", id=entity, depth=depth, **scope.params())]

    def reporting_chains(self, person: str, scope: Scope, *, max_depth: int = 20) -> list[list[Edge]]:
        return self._chains("reporting_chains", scope, id=person, max_depth=max_depth)

    def report_edges(self, person: str, scope: Scope, *, depth: int = 3) -> list[Edge]:
        return [_edge(row) for row in self._read("report_edges", id=person, depth=depth, **scope.params())]

    def touching_edges(self, entity: str, scope: Scope, types: Iterable[RelationType]) -> list[Edge]:
        wanted = [RelationType(t).value for t in types]
        return [_edge(row) for row in self._read("touching_edges", id=entity, types=wanted, **scope.params())]

    def article(self, article_id: str) -> dict | None:
        rows = self._read("article", id=article_id)
        return rows[0] if rows else None

    def stats(self) -> dict[str, int]:
        [row] = self._read("stats")
        per_type = {t.value: 0 for t in RelationType}
        for name in row["types"]:
            per_type[name] = per_type.get(name, 0) + 1
        return {"articles": row["articles"], "entities": row["entities"],
                "companies": row["entities"] - row["people"], "people": row["people"],
                "relations": row["relations"], "evidence": row["evidence"],
                **{f"relations_{t}": n for t, n in per_type.items() if t in RelationType.__members__}}

    def run_cypher(self, query: str, params: dict | None = None, *, write: bool = False) -> tuple[list[str], list[dict]]:
        """Run a user's query with parameters; read-only (READ access mode) unless ``write``."""
        def work(tx):
            result = tx.run(query, **(params or {}))
            return list(result.keys()), [record.data() for record in result]
        try:
            with self._session(default_access_mode=None if write else READ_ACCESS) as session:
                return (session.execute_write if write else session.execute_read)(self._limited(work))
        except Neo4jError as exc:
            if exc.code and ("ForbiddenDueToTransactionType" in exc.code or "AccessMode" in exc.code
                             or "Forbidden" in exc.code):
                raise StoreError("the query writes to the database, and queries are read-only by default",
                                 hint="add --write to allow it") from None
            if exc.code and "Statement" in exc.code:
                raise StoreError(f"Neo4j rejected the query: {exc.message}",
                                 hint="check the Cypher syntax and the --param values") from None
            raise translate(exc, self.uri, self.database, self.timeout) from None
        except (DriverError, OSError) as exc:
            raise translate(exc, self.uri, self.database, self.timeout) from None

    def wipe(self) -> None:
        """Delete every node and relationship of the database (tests and benchmarks only)."""
        with self._session() as session:
            session.run(cypher.load("wipe")).consume()
