"""The CLI against a real Neo4j server, run as a user runs it (a subprocess, settings in the environment)."""

import json
import os
import subprocess
import sys

import pytest


@pytest.fixture
def run(neo4j_store, neo4j_server, tmp_path):
    env = {**os.environ, "NEO4J_URI": neo4j_server.uri, "NEO4J_USER": neo4j_server.user,
           "NEO4J_PASSWORD": neo4j_server.password, "CORPGRAPH_DB": str(tmp_path / "e.db")}

    def invoke(*args, **overrides):
        return subprocess.run([sys.executable, "-m", "corpgraph", *args], capture_output=True, text=True,
                              env={**env, **overrides}, cwd=tmp_path, stdin=subprocess.DEVNULL, timeout=300)
    return invoke


def test_ingest_twice_same_counts_and_queries(run, seeds):
    first = run("--store", "neo4j", "ingest", str(seeds))
    assert first.returncode == 0 and first.stderr == ""
    once = json.loads(run("--store", "neo4j", "stats", "--json").stdout)
    again = run("--store", "neo4j", "ingest", str(seeds), "--json")
    assert json.loads(again.stdout)["relations_added"] == 0
    assert json.loads(run("--store", "neo4j", "stats", "--json").stdout) == once
    assert once["articles"] == 5 and once["relations"] > 30

    acquisitions = run("cypher", "MATCH (c:Company)-[r:ACQUIRED]->(t) RETURN c.name, t.name, r.date ORDER BY t.name")
    assert acquisitions.returncode == 0
    assert "Alibaba\tKaola\t2019-09" in acquisitions.stdout.splitlines()

    owners = json.loads(run("--store", "neo4j", "owners", "Kaola", "--json").stdout)
    assert owners["ultimate_owners"] == ["Alibaba"]
    rivals = run("cypher", "--file", str(_cypher("touching_edges")), "--param", "id=alibaba", "--param",
                 'types=["COMPETES_WITH"]', "--param", 'statuses=["current"]', "--param", "as_of=null",
                 "--param", "min_confidence=0", "--json")
    ends = {r["head"] for r in json.loads(rivals.stdout)} | {r["tail"] for r in json.loads(rivals.stdout)}
    assert {"pinduoduo", "douyin", "kuaishou", "shein"} <= ends


QUESTIONS = [("owners", "Kaola"), ("owners", "Kaola", "--as-of", "2019-01", "--include-former"),
             ("chain", "Ding Hongwei"), ("competitors", "Alibaba"), ("subsidiaries", "Alibaba"),
             ("reports", "Jiang Fan"), ("timeline", "Alibaba", "--include-planned"), ("path", "Alibaba", "Kaola"),
             ("path", "Alibaba", "4PX Express", "--all")]


def test_the_questions_answer_alike_on_both_stores(run, seeds):
    assert run("ingest", str(seeds)).returncode == 0
    assert run("--store", "neo4j", "ingest", str(seeds)).returncode == 0
    answers = {}
    for question in QUESTIONS:
        embedded = run(*question, "--json")
        neo4j = run("--store", "neo4j", *question, "--json")
        assert embedded.returncode == neo4j.returncode == 0, (question, embedded.stderr, neo4j.stderr)
        assert json.loads(embedded.stdout) == json.loads(neo4j.stdout), question
        answers[question] = json.loads(neo4j.stdout)
    [kaola] = answers[QUESTIONS[0]]["chains"]
    deal = kaola["hops"][0]
    assert kaola["owners"] == ["Alibaba"] and (deal["type"], deal["date"], deal["amount"]) == ("ACQUIRED", "2019-09", 2e9)
    assert "Alibaba wholly acquired" in deal["evidence"][0]["sentence"]
    assert answers[QUESTIONS[1]]["ultimate_owners"] == ["NetEase"]
    assert ["Jiang Fan"] in [c["people"] for c in answers[QUESTIONS[2]]["chains"]]
    assert {"Pinduoduo", "Douyin", "Kuaishou", "Shein"} <= {r["rival"] for r in answers[QUESTIONS[3]]["rivals"]}


def _cypher(name):
    import corpgraph.cypher
    from importlib import resources
    return resources.files(corpgraph.cypher).joinpath(f"{name}.cypher")


def test_writes_refused_without_write(run):
    refused = run("cypher", "CREATE (:X)")
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("error: the query writes to the database, and queries are read-only by "
                                      "default (add --write to allow it)")
    assert run("cypher", "MATCH (x:X) RETURN count(x) AS n", "--json").stdout.count('"n": 0') == 1
    assert run("cypher", "--write", "CREATE (:X)").returncode == 0


def test_push_is_idempotent_and_matches_embedded(run, seeds):
    assert run("ingest", str(seeds)).returncode == 0
    first = json.loads(run("push", "--json").stdout)
    second = json.loads(run("push", "--json").stdout)
    assert first["new"] == 5 and second["new"] == 0
    embedded = json.loads(run("stats", "--json").stdout)
    pushed = json.loads(run("--store", "neo4j", "stats", "--json").stdout)
    assert pushed == embedded


def test_connection_problems_give_one_line_and_keep_the_password_secret(run, neo4j_server):
    wrong = run("--store", "neo4j", "stats", NEO4J_PASSWORD="not-the-password")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert "refused the user name or password" in wrong.stderr and "not-the-password" not in wrong.stderr
    down = run("--store", "neo4j", "--neo4j", "bolt://127.0.0.1:9", "stats")
    assert down.returncode == 1 and down.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:9")
    missing = run("--store", "neo4j", "stats", NEO4J_DATABASE="nosuchdb")
    assert missing.returncode == 1 and "no database named 'nosuchdb'" in missing.stderr
    verbose = run("-v", "--store", "neo4j", "stats", NEO4J_PASSWORD="not-the-password-either")
    assert verbose.returncode == 1 and "not-the-password-either" not in verbose.stdout + verbose.stderr
    for result in (wrong, down, missing, verbose, run("--help"), run("cypher", "--help")):
        assert neo4j_server.password not in result.stdout + result.stderr


def test_the_password_is_in_no_process_arguments(run, neo4j_server):
    """The server was started and its password set over Bolt; no command line holds it."""
    from pathlib import Path

    assert run("--store", "neo4j", "stats").returncode == 0
    seen = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            arguments = cmdline.read_bytes()
        except OSError:  # the process ended meanwhile
            continue
        seen += 1
        assert neo4j_server.password.encode() not in arguments, cmdline
    assert seen > 1 and neo4j_server.pid > 0


def test_a_query_past_the_time_limit_is_stopped_with_one_line(run):
    endless = "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n"
    result = run("--store", "neo4j", "--neo4j-timeout", "2", "cypher", endless)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "stopped the transaction after the 2-second limit" in result.stderr
    assert "--neo4j-timeout" in result.stderr and "Traceback" not in result.stderr
    assert run("--store", "neo4j", "--neo4j-timeout", "2", "stats").returncode == 0  # the server is fine
