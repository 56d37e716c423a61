import multiprocessing
import sqlite3

import pytest

from corpgraph.errors import StoreError, ValidationError
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import article_from_text
from corpgraph.records import Entity, EntityType, Evidence, Extraction, Relation, RelationType, Status

A1 = "Vantor Systems acquired Bluefin Analytics in 2021."
A2 = "Bluefin Analytics was bought by Vantor Systems last year. Quickpay is owned by Vantor Systems."


def ext(text, source="a.txt"):
    return extract(article_from_text(text, source=source))


def test_reingest_changes_nothing(db):
    with EmbeddedStore(db) as store:
        first = store.ingest(ext(A1))
        before = store.stats()
        again = store.ingest(ext(A1, source="copy.txt"))
        assert first.new and not again.new
        assert store.stats() == before


def test_one_edge_many_evidence_across_articles(db):
    with EmbeddedStore(db) as store:
        store.ingest(ext(A1))
        store.ingest(ext(A2, source="b.txt"))
        [edge] = store.edges(type=RelationType.ACQUIRED)
        assert (edge.head, edge.tail) == ("vantor-systems", "bluefin-analytics")
        assert {e.source for e in edge.evidence} == {"a.txt", "b.txt"}
        assert edge.date == "2021"
        assert store.stats()["entities"] == 3


def test_entities_resolve_across_spellings(db):
    with EmbeddedStore(db) as store:
        store.ingest(ext("Harbor Kaola opened a store. Shoply Group bought Harbor Kaola."))
        store.ingest(ext("Shoply sold Harbor Koala, its unit.", source="b.txt"))
        names = {e.name: e.aliases for e in store.entities()}
        assert "Harbor Kaola" in names and "Harbor Koala" in names["Harbor Kaola"]
        assert "Shoply" in names["Shoply Group"] or "Shoply Group" in names.get("Shoply", ())


def test_failed_article_leaves_nothing_behind(db):
    good = ext(A1)
    article = article_from_text("Acme bought Widget.", source="bad.txt")
    evidence = Evidence(article.id, "Acme bought Widget.", 0, 19)
    broken = Extraction(article, (Entity("acme", "Acme", EntityType.COMPANY),),
                        (Relation("acme", RelationType.ACQUIRED, "ghost", Status.COMPLETED, evidence),))
    with EmbeddedStore(db) as store:
        store.ingest(good)
        before = store.stats()
        with pytest.raises(ValidationError):
            store.ingest(broken)
        assert store.stats() == before


def test_rollback_inside_the_transaction(db, monkeypatch):
    with EmbeddedStore(db) as store:
        original = store._summarise

        def explode(relation_id):
            original(relation_id)
            raise RuntimeError("disk vanished")

        monkeypatch.setattr(store, "_summarise", explode)
        with pytest.raises(RuntimeError):
            store.ingest(ext(A1))
        monkeypatch.undo()
        assert store.stats()["articles"] == 0 and store.stats()["entities"] == 0
        assert store.ingest(ext(A1)).new


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        EmbeddedStore(path)


def _ingest_many(path, texts, barrier):
    barrier.wait()
    with EmbeddedStore(path) as store:
        for i, text in enumerate(texts):
            store.ingest(extract(article_from_text(text, source=f"{i}.txt")))


def test_concurrent_ingests_lose_nothing(db):
    texts = [f"Vantor Systems acquired Target{n} Labs in 20{10 + n}. Target{n} Labs competes with Quickpay."
             for n in range(12)]
    sequential = db.parent / "sequential.db"
    _ingest_many(sequential, texts, multiprocessing.Barrier(1))
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_ingest_many, args=(db, texts[k::1], barrier)) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    with EmbeddedStore(db) as together, EmbeddedStore(sequential) as alone:
        assert together.stats() == alone.stats()
        assert {(e.head, e.type, e.tail, len(e.evidence)) for e in together.edges()} == \
            {(e.head, e.type, e.tail, len(e.evidence)) for e in alone.edges()}
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
