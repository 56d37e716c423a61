"""Regression guard: the extractor on the seed articles, scored by the shared scorer.

Floors sit just under the figures measured when they were set (see docs/extraction.md);
raise them as extraction improves.
"""

import json
import subprocess
import sys

from corpgraph.loaders.extract import extract, to_gold_format
from corpgraph.loaders.read import load


def test_seed_scores_stay_above_their_floors(seeds, shared, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for article in load([str(seeds)]):
            out.write(json.dumps(to_gold_format(extract(article))) + "\n")
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "gold" / "seeds"),
                             str(predictions), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout)
    micro = summary["micro"]
    assert summary["articles"] == 5
    assert micro["precision"] >= 0.95, micro
    assert micro["recall"] >= 0.79, micro
    assert micro["f1"] >= 0.87, micro
    assert summary["entities"]["f1"] >= 0.90, summary["entities"]
    assert len(summary["by_type"]) == 9
    assert all(counts["f1"] >= 0.77 for counts in summary["by_type"].values()), summary["by_type"]
    status = summary["attributes"]["status"]
    assert status["correct"] / status["of"] >= 0.95, status
