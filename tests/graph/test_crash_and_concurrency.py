"""An ingest killed with SIGKILL leaves a consistent store that a re-run completes; two and
four ingests of overlapping articles at once end exactly where one sequential run ends, on
the embedded store and on a real Neo4j server."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from corpgraph.graph.embedded import EmbeddedStore

from .test_neo4j_failures import consistent


def write_articles(folder, count, offset=0):
    """Small generated articles: a takeover, a rival and a leader each, sharing owners and rivals."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(offset, offset + count):
        (folder / f"{n:04d}.txt").write_text(
            f"Corvex{n % 37} Group acquired Target{n} Labs in {2000 + n % 20}. Target{n} Labs competes with "
            f"Rival{n % 11} Inc. Dana Whitlock{n % 5}, the chief executive of Corvex{n % 37} Group, "
            f"reports to Omar Lindqvist.\n", "utf-8")
    return folder


def _ingest(*args):
    return [sys.executable, "-m", "corpgraph", *args]


def embedded_consistency(path) -> dict[str, int]:
    """Counts of everything that would be wrong after a torn write; all must be zero."""
    db = sqlite3.connect(path)
    try:
        return {
            "integrity": int(db.execute("PRAGMA integrity_check").fetchone()[0] != "ok"),
            "foreign_keys": len(db.execute("PRAGMA foreign_key_check").fetchall()),
            "relations_without_evidence": db.execute(
                "SELECT count(*) FROM relations r WHERE NOT EXISTS "
                "(SELECT 1 FROM evidence e WHERE e.relation_id = r.id)").fetchone()[0],
            "evidence_without_mentions": db.execute(
                "SELECT count(*) FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE NOT EXISTS "
                "(SELECT 1 FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = r.head) OR NOT EXISTS "
                "(SELECT 1 FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = r.tail)").fetchone()[0],
            "entities_never_mentioned": db.execute(
                "SELECT count(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)").fetchone()[0],
        }
    finally:
        db.close()


def _articles_in(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _graph(store) -> tuple[dict, set]:
    return store.stats(), {(e.head, e.type.value, e.tail, e.status.value, len(e.evidence)) for e in store.edges()}


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("news") / "news", 300)


@pytest.fixture(scope="module")
def one_run(news, tmp_path_factory):
    """The graph of one uninterrupted, sequential ingest: what every other run must end at."""
    path = tmp_path_factory.mktemp("sequential") / "one.db"
    done = subprocess.run(_ingest("--db", str(path), "ingest", "-q", str(news)), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    with EmbeddedStore(path) as store:
        return _graph(store)


@pytest.mark.parametrize("kill_after", [1, 40, 150])
def test_sigkill_mid_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(news, one_run, tmp_path,
                                                                              kill_after):
    db = tmp_path / "killed.db"
    process = subprocess.Popen(_ingest("--db", str(db), "ingest", "-q", str(news)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _articles_in(db) < kill_after and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)
    stored = _articles_in(db)
    assert kill_after <= stored < 300, "the ingest was not killed in the middle"
    assert set(embedded_consistency(db).values()) == {0}, embedded_consistency(db)
    rerun = subprocess.run(_ingest("--db", str(db), "ingest", "--json", str(news)), capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["new"] == 300 - stored and summary["unchanged"] == stored
    with EmbeddedStore(db) as store:
        assert _graph(store) == one_run
    assert set(embedded_consistency(db).values()) == {0}


def _split(news, workers):
    """Overlapping shares: each worker gets two thirds of the articles, in its own order."""
    files = sorted(str(p) for p in news.iterdir())
    shares = []
    for k in range(workers):
        rotated = files[k * len(files) // workers:] + files[:k * len(files) // workers]
        shares.append(rotated[: len(files) * 2 // 3] if workers > 1 else rotated)
    covered = {f for share in shares for f in share}
    assert covered == set(files)
    return shares


@pytest.mark.parametrize("workers", [2, 4])
def test_concurrent_embedded_ingests_end_like_one_sequential_run(news, one_run, tmp_path, workers):
    db = tmp_path / "together.db"
    processes = [subprocess.Popen(_ingest("--db", str(db), "ingest", "-q", *share), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
                 for share in _split(news, workers)]
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
    with EmbeddedStore(db) as store:
        assert _graph(store) == one_run
    assert set(embedded_consistency(db).values()) == {0}


@pytest.mark.parametrize("workers", [2, 4])
def test_concurrent_neo4j_ingests_end_like_one_sequential_run(news, one_run, neo4j_server, neo4j_store, workers):
    env = {**os.environ, "NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": neo4j_server.password}
    processes = [subprocess.Popen(_ingest("--store", "neo4j", "ingest", "-q", *share), env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  stdin=subprocess.DEVNULL)
                 for share in _split(news, workers)]
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
    stats, edges = _graph(neo4j_store)
    assert (stats, edges) == one_run
    assert consistent(neo4j_store)
