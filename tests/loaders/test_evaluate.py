"""`corpgraph eval` prints what shared/eval/score.py prints for the same predictions, and the
scoring function agrees with the scorer on random gold and predictions."""

import importlib.util
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpgraph.errors import InputError
from corpgraph.loaders.evaluate import load_gold, score


@pytest.fixture(scope="module")
def scorer(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpgraph(*args, cwd):
    done = subprocess.run([sys.executable, "-m", "corpgraph", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_eval_prints_the_scorers_table_json_and_errors(shared, tmp_path):
    gold, articles = shared / "gold" / "seeds", shared / "articles" / "seeds"
    (tmp_path / "pred.jsonl").write_text(_corpgraph("extract", str(articles), cwd=tmp_path), "utf-8")
    for flags in ([], ["--json"], ["--show-errors"]):
        ours = _corpgraph("eval", str(gold), str(articles), *flags, cwd=tmp_path)
        theirs = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold),
                                 str(tmp_path / "pred.jsonl"), *flags], capture_output=True, text=True).stdout
        assert ours == theirs, flags
    assert "ALL" in ours and ours.count("\nFN ") + ours.count("\nFP ") > 0


NAMES = st.sampled_from(["Acme", "acme corp", "The Acme", "Widget", "Widget's", "Beta", "“Gamma”", "Delta Ltd"])
TYPES = st.sampled_from(["ACQUIRED", "COMPETES_WITH", "competes_with", "SUBSIDIARY_OF"])
STATUS = st.sampled_from([None, "current", "completed", "rumored", "planned", "former"])
RELATION = st.fixed_dictionaries(
    {"head": NAMES, "type": TYPES, "tail": NAMES},
    optional={"status": STATUS, "optional": st.booleans(), "date": st.sampled_from(["2019", "2020-01"]),
              "amount": st.sampled_from([1e9, 1.005e9, 2e9, "n/a"]), "seller": NAMES, "role": st.sampled_from(["CEO", "ceo"]),
              "evidence": st.text(max_size=5)})
ENTITY = st.fixed_dictionaries({"name": NAMES}, optional={"aliases": st.lists(NAMES, max_size=2)})
DOC = st.fixed_dictionaries({"entities": st.lists(ENTITY, max_size=4), "relations": st.lists(RELATION, max_size=5)})


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["a.txt", "b.txt"]), DOC, min_size=1),
       st.dictionaries(st.sampled_from(["a.txt", "b.txt", "c.txt"]), DOC))
def test_the_scoring_agrees_with_the_scorer(scorer, gold, pred):
    tally, attrs, ents, errors = scorer.score(gold, pred)
    ours = score(gold, pred)
    assert {t: (c.tp, c.fp, c.fn) for t, c in ours.by_type.items()} == \
        {t: (c["tp"], c["fp"], c["fn"]) for t, c in tally.items()}
    assert ours.attributes == attrs
    assert (ours.entities.tp, ours.entities.fp, ours.entities.fn) == (ents["tp"], ents["fp"], ents["fn"])
    assert ours.errors == errors


def test_bad_gold_is_one_clear_error(tmp_path):
    (tmp_path / "a.json").write_text("{oops", "utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="cannot read the gold annotations"):
        load_gold(tmp_path / "missing.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no gold annotations"):
        load_gold(tmp_path / "empty")
    (tmp_path / "nameless.jsonl").write_text('{"relations": []}\n', "utf-8")
    with pytest.raises(InputError, match='lacks its "article" field'):
        load_gold(tmp_path / "nameless.jsonl")
