"""The CLI as a user runs it: CliRunner for the commands, a real process for exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpgraph.cli import cli


@pytest.fixture
def run(db):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--db", str(db), *args], input=input, catch_exceptions=False)
    return invoke


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("Vantor Systems buys Bluefin\n\nVantor Systems acquired Bluefin Analytics in "
                                    "2021 for $40 million. Bluefin Analytics competes with Quickpay.\n", "utf-8")
    (folder / "two.txt").write_text("Quickpay is owned by Bluefin Analytics. Maria Keller, the CEO of Quickpay, "
                                    "reports to Tom Brandt.\n", "utf-8")
    return folder


def test_every_command_has_help_with_an_example(run):
    for command in cli.commands:
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, command


def test_ingest_query_and_reingest(run, articles):
    result = run("ingest", str(articles), "--json")
    assert result.exit_code == 0
    summary = json.loads(result.output)
    assert summary["new"] == 2 and summary["relations_added"] >= 4
    assert json.loads(run("ingest", str(articles), "--json").output)["relations_added"] == 0

    owners = json.loads(run("owners", "Quickpay", "--json").output)
    assert owners["ultimate_owners"] == ["Vantor Systems"]
    assert owners["chains"][0]["owners"] == ["Bluefin Analytics", "Vantor Systems"]
    assert "acquired Bluefin Analytics" in owners["chains"][0]["hops"][1]["evidence"][0]["sentence"]

    path = run("path", "Vantor Systems", "Quickpay")
    assert "path 1: Vantor Systems -> Bluefin Analytics -> Quickpay" in path.output

    shown = json.loads(run("show", "Quickpay", "--json").output)
    assert {r["type"] for r in shown["relations"]} >= {"SUBSIDIARY_OF", "COMPETES_WITH", "LEADS"}
    people = json.loads(run("entities", "--type", "Person", "--json").output)
    assert {p["name"] for p in people} == {"Maria Keller", "Tom Brandt"}
    acquired = json.loads(run("relations", "--type", "ACQUIRED", "--json").output)
    [deal] = [r for r in acquired if r["tail"] == "Bluefin Analytics"]
    assert deal["amount"] == 40e6 and deal["currency"] == "USD" and deal["date"] == "2021"
    stats = json.loads(run("stats", "--json").output)
    assert stats["articles"] == 2 and stats["relations"] == len(json.loads(run("relations", "--json").output))


def test_render_and_export(run, articles, tmp_path):
    run("ingest", str(articles))
    out = tmp_path / "g.html"
    assert run("render", "-o", str(out)).exit_code == 0
    assert "vis-network" in out.read_text("utf-8") or "vis.Network" in out.read_text("utf-8")
    narrow = run("render", "-o", str(out), "--around", "Quickpay", "--depth", "1", "--types", "SUBSIDIARY_OF,LEADS",
                 "--path", "Vantor Systems", "Quickpay", "--max-nodes", "2")
    assert narrow.exit_code == 0 and "(2 nodes, 1 edges)" in narrow.output
    assert "left out 1 entities" in narrow.output  # CliRunner mixes stderr in
    assert run("render", "--types", "BOUGHT").exit_code == 2
    data = json.loads(run("export").output)
    assert len(data["nodes"]) == json.loads(run("stats", "--json").output)["entities"]
    graphml = tmp_path / "g.graphml"
    run("export", "--format", "graphml", "-o", str(graphml))
    assert graphml.read_text("utf-8").startswith("<?xml")


def test_unknown_name_suggests_close_ones(run, articles):
    run("ingest", str(articles))
    result = run("owners", "Quickpey")
    assert result.exit_code == 1
    assert "did you mean 'Quickpay'" in result.output


def test_extract_prints_scorable_json(run, articles):
    lines = run("extract", str(articles / "one.txt")).output.splitlines()
    doc = json.loads(lines[0])
    assert doc["article"] == "one.txt"
    assert ("Vantor Systems", "ACQUIRED", "Bluefin Analytics") in {(r["head"], r["type"], r["tail"]) for r in doc["relations"]}
    assert all({"status", "evidence", "span", "confidence"} <= r.keys() for r in doc["relations"])


def _corpgraph(*args, cwd, input=None):
    return subprocess.run([sys.executable, "-m", "corpgraph", *args], cwd=cwd, input=input,
                          capture_output=True, text=True, timeout=120)


def test_bad_inputs_give_one_line_exit_1_and_keep_good_articles(tmp_path, articles):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "feed.jsonl").write_text('{"text": "Loop Labs was acquired by Harbor Capital."}\n{broken\n', "utf-8")
    result = _corpgraph("--db", "g.db", "ingest", str(articles / "one.txt"), "empty.txt", "binary.txt",
                        "feed.jsonl", "missing.txt", cwd=tmp_path)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4 and "Traceback" not in result.stderr
    assert any("empty.txt: the file is empty" in e for e in errors)
    assert any("binary file" in e for e in errors)
    assert any("feed.jsonl:2: malformed JSON" in e for e in errors)
    assert any("missing.txt: no such file or folder" in e for e in errors)
    stats = json.loads(_corpgraph("--db", "g.db", "stats", "--json", cwd=tmp_path).stdout)
    assert stats["articles"] == 2


def test_on_error_raise_stops_with_one_line(tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    result = _corpgraph("ingest", "--on-error", "raise", "empty.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and result.stderr.startswith("error: ")


def test_usage_errors_exit_2(tmp_path):
    assert _corpgraph("path", "OnlyOne", cwd=tmp_path).returncode == 2
    assert _corpgraph("relations", "--type", "BOUGHT", cwd=tmp_path).returncode == 1


def test_stdin_and_corrupt_database(tmp_path):
    result = _corpgraph("--db", "s.db", "ingest", "-", cwd=tmp_path, input="Shoply was bought by Vantor Systems.")
    assert result.returncode == 0
    (tmp_path / "bad.db").write_bytes(b"garbage" * 1000)
    broken = _corpgraph("--db", "bad.db", "stats", cwd=tmp_path)
    assert broken.returncode == 1 and broken.stderr.startswith("error: cannot open the database")


def test_demo_runs_end_to_end(tmp_path):
    result = _corpgraph("demo", "--out-dir", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "$ corpgraph owners" in result.stdout
    assert " owns " in result.stdout and "“" in result.stdout
    assert (Path(tmp_path) / "out" / "graph.html").stat().st_size > 100_000


def test_merge_alias_and_split_from_the_command_line(run, tmp_path):
    (tmp_path / "a.txt").write_text("Vantor Systems acquired Bluefin Analytics in 2021.\n", "utf-8")
    (tmp_path / "b.txt").write_text("VTX Holdings acquired Quickpay in 2022.\n", "utf-8")
    assert run("ingest", "-q", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    merged = run("merge", "Vantor Systems", "VTX Holdings", "--json")
    assert json.loads(merged.output) == {"kept": "vantor-systems", "merged": "vtx"}
    owners = json.loads(run("owners", "Quickpay", "--json").output)
    assert owners["chains"][0]["hops"][0]["head"] == "Vantor Systems"
    assert run("alias", "Vantor Systems", "VTX").exit_code == 0
    (tmp_path / "c.txt").write_text("VTX acquired Nimbus Foods in 2023.\n", "utf-8")
    run("ingest", "-q", str(tmp_path / "c.txt"))
    assert json.loads(run("owners", "Nimbus Foods", "--json").output)["chains"][0]["hops"][0]["head_id"] == \
        "vantor-systems"
    split = run("split", "Vantor Systems", "VTX Holdings", "--json")
    assert json.loads(split.output) == {"entity": "vantor-systems", "new": "vtx"}  # the slug drops 'Holdings'
    # both spellings with that name key ('VTX Holdings', 'VTX') go, with the evidence that uses them
    assert json.loads(run("owners", "Quickpay", "--json").output)["chains"][0]["hops"][0]["head"] == "VTX Holdings"
    assert json.loads(run("owners", "Nimbus Foods", "--json").output)["chains"][0]["hops"][0]["head_id"] == "vtx"
    assert run("merge", "Vantor Systems", "Vantor Systems").exit_code == 2
