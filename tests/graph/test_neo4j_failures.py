"""A Neo4j server that goes away mid-ingest: one clear line, exit 1, nothing half-written,
and a re-run completes the job. Uses its own server, since it stops it."""

import os
import subprocess
import sys
import time

import pytest

from corpgraph.graph import neo4j_server
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.graph.neo4j_store import Neo4jStore


@pytest.fixture
def own_server(tmp_path):
    home = tmp_path / "server"
    info = neo4j_server.start(home, auth=False)
    yield home, info
    neo4j_server.stop(home)


HEADS = ["Kal", "Bri", "Tor", "Mex", "Zun", "Pol", "Dra", "Fen"]
TAILS = ["vo", "tex", "mar", "lia", "dun", "sky", "ora", "ix"]


def name(n: int) -> str:
    """A distinct made-up company name per number: 'Kalvo Britex'."""
    parts = []
    for _ in range(2):
        parts.append(HEADS[n % 8] + TAILS[(n // 8) % 8])
        n //= 64
    return " ".join(parts)


def write_articles(folder, count):
    folder.mkdir()
    for n in range(count):
        target, owner, rival = name(n), name(n + 1000), name(3000 + n % 7)
        (folder / f"{n:04d}.txt").write_text(
            f"{owner} Group acquired {target} Labs in 2020. {target} Labs competes with {rival} Inc.\n", "utf-8")


def consistent(store):
    """Every relationship's evidence points at stored articles that mention both its ends."""
    rows = store.run_cypher(
        "MATCH (h:Entity)-[r]->(t:Entity) UNWIND r.articles AS article "
        "OPTIONAL MATCH (a:Article {id: article}) "
        "RETURN count(*) AS evidence, count(a) AS with_article, "
        "sum(CASE WHEN (a)-[:MENTIONS]->(h) AND (a)-[:MENTIONS]->(t) THEN 1 ELSE 0 END) AS mentioned")[1][0]
    return rows["evidence"] == rows["with_article"] == rows["mentioned"]


def test_server_stopped_mid_ingest(own_server, tmp_path):
    home, info = own_server
    folder = tmp_path / "news"
    write_articles(folder, 400)
    env = {**os.environ, "NEO4J_URI": info.uri, "NEO4J_PASSWORD": "unused"}
    env.pop("NEO4J_PASSWORD")
    command = [sys.executable, "-m", "corpgraph", "--store", "neo4j", "ingest", "--json", str(folder)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL)
    with Neo4jStore(info.uri) as probe:
        deadline = time.monotonic() + 120
        while probe.stats()["articles"] < 30 and time.monotonic() < deadline:
            time.sleep(0.2)
    neo4j_server.stop(home)
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == 1
    lines = stderr.strip().splitlines()
    # which of the two depends on how far the shutdown got when the driver gave up retrying
    assert len(lines) == 1 and lines[0].startswith(("error: cannot reach Neo4j at",
                                                    "error: the Neo4j database 'neo4j' at")), stderr
    assert "Traceback" not in stderr

    info = neo4j_server.start(home, auth=False)
    env["NEO4J_URI"] = info.uri
    with Neo4jStore(info.uri) as store:
        stored = store.stats()["articles"]
        assert 30 <= stored < 400
        assert consistent(store)
    rerun = subprocess.run([*command[:2], *command[2:]], env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    sequential = subprocess.run([sys.executable, "-m", "corpgraph", "--db", str(tmp_path / "one-go.db"), "ingest",
                                 str(folder)], env=env, capture_output=True, text=True, timeout=600)
    assert sequential.returncode == 0
    with Neo4jStore(info.uri) as store, EmbeddedStore(tmp_path / "one-go.db") as one_go:
        stats = store.stats()
        assert stats["articles"] == 400 and consistent(store)
        # the interrupted run plus the re-run end exactly where one uninterrupted run ends
        assert stats == one_go.stats()
        assert stats["relations_ACQUIRED"] > 300


def test_clients_creating_the_schema_at_once_on_a_fresh_server(own_server):
    import threading

    _, info = own_server
    errors = []

    def open_store():
        try:
            Neo4jStore(info.uri).close()
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_failed_start_leaves_no_server_running(own_server):
    import json

    from corpgraph.errors import StoreError

    home, _ = own_server
    neo4j_server.stop(home)
    (home / "credentials.json").write_text(json.dumps({"user": "neo4j", "password": "not-it"}), "utf-8")
    with pytest.raises(StoreError, match="rejects the password"):
        neo4j_server.start(home, auth=True, timeout=60)
    time.sleep(1)
    leftover = subprocess.run(["pgrep", "-f", f"--home-dir={home.resolve()}"], capture_output=True, text=True)
    assert leftover.stdout == "" and neo4j_server.status(home) is None


def test_a_frozen_server_times_out_with_one_line(own_server, tmp_path):
    """A server that accepts connections but never answers (SIGSTOP): the command gives up
    after --neo4j-timeout with one line, instead of hanging."""
    import signal

    home, info = own_server
    os.kill(info.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "corpgraph", "--store", "neo4j", "--neo4j", info.uri,
                                 "--neo4j-timeout", "3", "stats"], capture_output=True, text=True, timeout=120,
                                stdin=subprocess.DEVNULL, cwd=tmp_path)
        waited = time.monotonic() - started
    finally:
        os.kill(info.pid, signal.SIGCONT)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"error: cannot reach Neo4j at {info.uri}") and "Traceback" not in result.stderr
    assert waited < 30  # gave up after about the 3 s asked for, not the driver's 60 s default
