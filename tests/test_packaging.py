"""The wheel holds every sub-package on disk under corpgraph/, and nothing top-level besides."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PACKAGE_DIRS = {"src/corpgraph": "corpgraph", "graph": "corpgraph/graph", "loaders": "corpgraph/loaders",
                "cypher": "corpgraph/cypher"}


def test_wheel_contains_every_subpackage_and_data_file(tmp_path):
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("corpgraph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for source, installed in PACKAGE_DIRS.items():
        for init in (ROOT / source).rglob("__init__.py"):
            relative = init.relative_to(ROOT / source).as_posix()
            assert f"{installed}/{relative}" in names, f"{source}/{relative} is missing from the wheel"
    top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top_level == {"corpgraph"}
    for data in ("corpgraph/loaders/data/lexicon.json", "corpgraph/loaders/data/relation_rules.txt",
                 "corpgraph/loaders/data/boilerplate.txt"):
        assert data in names
    samples = [n for n in names if n.startswith("corpgraph/samples/") and n.endswith(".txt")]
    assert 8 <= len(samples) <= 12
