"""A corpus of hostile input, ingested as a user would (a real ``corpgraph`` process): each bad
item gets one line naming it and the fix, the good ones are stored, the summary counts the
skipped ones, and memory stays bounded by one article, not by the folder."""

import json
import os
import resource
import subprocess
import sys

import pytest

GOOD_TEXT = "Vantor Systems acquired Bluefin Analytics in 2021. Bluefin Analytics competes with Quickpay.\n"


def _corpgraph(*args, cwd, input=None):
    return subprocess.run([sys.executable, "-m", "corpgraph", *args], cwd=cwd, input=input,
                          capture_output=True, text=True, timeout=600, stdin=None if input else subprocess.DEVNULL)


def _peak_rss_mib(*args, cwd) -> tuple[subprocess.CompletedProcess, float]:
    """Run corpgraph in a fresh process and return its peak resident memory."""
    code = ("import resource, sys; from corpgraph.cli import cli\n"
            "try:\n    cli.main(sys.argv[1:], prog_name='corpgraph')\n"
            "finally:\n    print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                            timeout=600, stdin=subprocess.DEVNULL)
    peak = [line for line in result.stderr.splitlines() if line.startswith("peak ")][-1]
    result.stderr = "\n".join(line for line in result.stderr.splitlines() if not line.startswith("peak ")) + "\n"
    return result, int(peak.split()[1]) / 1024


def build_corpus(folder):
    """Write the corpus; returns {file name: expected message fragment, or None when it is good}."""
    folder.mkdir()
    expected = {}

    def put(name, data, message=None):
        path = folder / name
        path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, "utf-8")
        expected[name] = message

    put("01-good.txt", GOOD_TEXT)
    put("02-empty.txt", b"", "the file is empty")
    put("03-whitespace.txt", " \n\t\n   \r\n", "the file is empty")
    put("04-binary.txt", bytes(range(256)) * 64, "binary file")
    put("05-image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096), "binary file")
    with (folder / "06-huge.txt").open("w", encoding="utf-8") as handle:  # 50 MB, written in pieces
        for _ in range(50):
            handle.write("Lorem Holdings said nothing new today. " * 26_000 + "\n")
    expected["06-huge.txt"] = "larger than the 5,242,880-byte limit"
    put("07-bad-utf8.txt", b"Caf\xc3 Nova Ltd acquired Brindle Foods in 2019.\xff\xfe\n")
    put("08-latin1.txt", "Société Générale Holdings acquired Crème Brûlée SA in 2018.\n".encode("latin-1"))
    put("09-utf16.txt", "Zürich Capital acquired Øresund Logistics in 2017.\n".encode("utf-16"))
    put("10-cp1252.txt", "“Harbor Capital” acquired Nimbus Foods — for €40 million in 2016.\n".encode("cp1252"))
    put("11-scripts.html", "<html><head><style>body{color:red}</style><script>alert('Evil Corp acquired "
                           "Victim Inc');</script></head><body><p>Orbit Media acquired Lumen Studios in 2015."
                           "</p><script>document.write('Shadow Holdings')</script></body></html>")
    put("12-control.txt", "Nova\x07 Dynamics\x1b[31m acquired Kestrel\x00 Robotics in 2014.\x1b[0m\n"
                          .replace("\x00", "\x0b"))
    put("13-emoji.txt", "🚀 Rocket Labs 🚀 acquired Comet Works 🌠 in 2013. Rocket Labs competes with Astra Co.\n")
    put("14-rtl.txt", "\u202eLimited Cedar\u202c acquired Palm Trading in 2012. شركة الاتصالات السعودية "
                      "استحوذت على Zain Group. חברת אלביט רכשה את Elbit Imaging.\n")
    names = ", ".join(f"Member{n:05d} Holdings" for n in range(10_000))
    put("15-ten-thousand.txt", f"The alliance counts {names} as its members. Quartz Group acquired Member00001 "
                               "Holdings in 2011.\n")
    put("16-feed.jsonl", "\n".join([
        json.dumps({"text": "Loop Labs was acquired by Harbor Capital in 2010.", "title": "Loop"}),
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Saffron Bank acquired Teal Credit.", "published": 2020}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Indigo Air acquired Sparrow Jets in 2009."}),
    ]) + "\n")
    expected["16-feed.jsonl"] = ["16-feed.jsonl:2: malformed JSON", '16-feed.jsonl:3: missing or empty "text"',
                                 '16-feed.jsonl:4: missing or empty "text"', "16-feed.jsonl:5: expected a JSON object",
                                 "16-feed.jsonl:6: field 'published' must be a string",
                                 '16-feed.jsonl:7: missing or empty "text"']
    put("17-bad-line.jsonl", b'{"text": "Ok Corp acquired Fine Ltd."}\n{"text": "\xff\xfe broken"}\n')
    expected["17-bad-line.jsonl"] = ["17-bad-line.jsonl:2: the line is not valid UTF-8"]
    unreadable = folder / "18-locked"
    unreadable.mkdir()
    (unreadable / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expected["18-locked/dangling.txt"] = "cannot read"
    os.mkfifo(unreadable / "pipe.txt")  # opening it would block forever
    expected["18-locked/pipe.txt"] = "not a regular file"
    (unreadable / "folder.txt").mkdir()
    (unreadable / "locked.txt").write_text(GOOD_TEXT.replace("2021", "2008"), "utf-8")
    if os.geteuid() != 0:  # root reads any file whatever its mode
        (unreadable / "locked.txt").chmod(0)
        expected["18-locked/locked.txt"] = "permission denied"
    else:
        expected["18-locked/locked.txt"] = None
    return expected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    return folder, build_corpus(folder)


def _messages(expected):
    wanted = []
    for name, message in expected.items():
        for fragment in (message if isinstance(message, list) else [message] if message else []):
            wanted.append((name.split("/")[-1], fragment))
    return wanted


def test_each_bad_item_is_named_once_and_the_rest_is_stored(corpus, tmp_path):
    folder, expected = corpus
    result, peak = _peak_rss_mib("--db", "g.db", "ingest", "--json", str(folder), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    wanted = _messages(expected)
    assert len(lines) == len(wanted), result.stderr
    for name, fragment in wanted:
        assert any(line.startswith("skipped: ") and name in line and fragment in line for line in lines), \
            (name, fragment, result.stderr)
    assert all("(" in line and line.endswith(")") for line in lines if "cannot read" not in line)  # the fix
    summary = json.loads(result.stdout)
    good_files = sum(1 for m in expected.values() if m is None)
    good_lines = 2 + 1  # two good lines in 16-feed.jsonl, one in 17-bad-line.jsonl
    assert summary["skipped"] == len(wanted)
    assert summary["articles"] == good_files + good_lines
    # bounded by one article (the 50 MB file is refused after reading 5 MB), not by the folder
    baseline, base_peak = _peak_rss_mib("--db", "base.db", "ingest", str(folder / "01-good.txt"), cwd=tmp_path)
    assert baseline.returncode == 0
    assert peak - base_peak < 120, (peak, base_peak)

    def show(*args):
        done = _corpgraph("--db", "g.db", *args, "--json", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    names = {e["name"] for e in show("entities")}
    # decoded, not mangled; control characters gone; the page's scripts never read as text
    assert {"Société Générale Holdings", "Zürich Capital", "Øresund Logistics", "Harbor Capital",
            "Nimbus Foods", "Orbit Media", "Lumen Studios", "Indigo Air", "Sparrow Jets"} <= names
    assert not {"Evil Corp", "Victim Inc", "Shadow Holdings"} & names
    assert not any(ch in name for name in names for ch in "\x07\x1b\x0b\x00\u202e")
    assert sum(name.startswith("Member") for name in names) == 10_000
    acquired = {(r["head"], r["tail"]) for r in show("relations", "--type", "ACQUIRED")}
    assert {("Orbit Media", "Lumen Studios"), ("Indigo Air", "Sparrow Jets"), ("Quartz Group", "Member00001 Holdings"),
            ("Harbor Capital", "Loop Labs")} <= acquired


def test_on_error_raise_stops_at_the_first_bad_item_and_keeps_what_came_before(corpus, tmp_path):
    folder, _ = corpus
    result = _corpgraph("--db", "r.db", "ingest", "--on-error", "raise", str(folder), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and "02-empty.txt" in result.stderr
    stats = json.loads(_corpgraph("--db", "r.db", "stats", "--json", cwd=tmp_path).stdout)
    assert stats["articles"] == 1  # 01-good.txt, stored whole before the stop
