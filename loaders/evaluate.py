"""Score extractions against gold annotations, by the rules of the project's scorer
(``shared/eval/score.py``, described in graph-model.md), so that ``corpgraph eval`` prints
the same table.

The rules:
- Names match after normalisation: Unicode, quotes, case, a leading 'the', a possessive.
- A predicted name that is a gold name or alias counts as that gold entity. So does a
  predicted entity whose other spellings include one.
- COMPETES_WITH is symmetric.
- Gold relations marked ``optional`` are neither required nor penalised. Neither is a gold
  rumour predicted as a rumour.
- Attributes are scored on matched relations only.

>>> gold = {"a.txt": {"entities": [{"name": "Acme", "aliases": ["Acme Corp"]}, {"name": "Widget"}],
...                   "relations": [{"head": "Acme", "type": "ACQUIRED", "tail": "Widget", "date": "2019"}]}}
>>> pred = {"a.txt": {"entities": [{"name": "Acme Corp"}, {"name": "Widget"}],
...                   "relations": [{"head": "Acme Corp", "type": "ACQUIRED", "tail": "Widget", "date": "2019"}]}}
>>> result = score(gold, pred)
>>> result.total().f1, result.attributes["date"]
(1.0, [1, 1])
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from corpgraph.errors import InputError
from corpgraph.graph.resolve import QUOTES

SYMMETRIC = {"COMPETES_WITH"}
AFFIRMATIVE = {"current", "completed", None, ""}
ATTRIBUTES = ("status", "date", "amount", "stake_pct", "role", "seller")


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P, R and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Score:
    """Counts per relation type, attribute agreement ([correct, of]), entity counts and
    the list of misses (FN) and false hits (FP)."""

    articles: int = 0
    by_type: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, list[int]] = field(default_factory=dict)
    entities: Counts = field(default_factory=Counts)
    errors: list[tuple] = field(default_factory=list)

    def total(self) -> Counts:
        return Counts(*(sum(getattr(c, f) for c in self.by_type.values()) for f in ("tp", "fp", "fn")))

    def summary(self) -> dict:
        """The scorer's ``--json`` object."""
        return {"articles": self.articles, "micro": self.total().as_dict(),
                "by_type": {t: c.as_dict() for t, c in sorted(self.by_type.items())},
                "attributes": {f: {"correct": a[0], "of": a[1]} for f, a in sorted(self.attributes.items())},
                "entities": self.entities.as_dict()}

    def table(self, *, show_errors: bool = False) -> str:
        """The scorer's text table (and its error list)."""
        def row(label: str, c: Counts) -> str:
            return f"{label:<15}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:6d}{c.fn:6d}"
        lines = [f"{'type':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        lines += [row(t, c) for t, c in sorted(self.by_type.items())]
        lines += [row("ALL", self.total()), row("entities", self.entities)]
        lines += [f"attribute {f}: {ok}/{n} correct on matched relations" for f, (ok, n) in sorted(self.attributes.items())]
        if show_errors:
            lines += [f"{kind} {article}: {k[0]} -[{k[1]}]-> {k[2]} ({status}) | {evidence}"
                      for kind, article, k, status, evidence in self.errors]
        return "\n".join(lines)


def norm(name: str) -> str:
    """The form names are compared in.

    >>> norm("The “Acme’s ")
    'acme'
    """
    text = unicodedata.normalize("NFKC", str(name)).translate(QUOTES).casefold().strip()
    text = re.sub(r"^the ", "", re.sub(r"\s+", " ", text))
    return re.sub(r"'s?$", "", text).strip(" .,;:'\"")


def _relation_key(head: str, rtype: str, tail: str) -> tuple[str, str, str]:
    rtype = rtype.upper()
    return (tail, rtype, head) if rtype in SYMMETRIC and tail < head else (head, rtype, tail)


def _same(field_name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(field_name), pred.get(field_name)
    if field_name == "status":
        return (g in AFFIRMATIVE and p in AFFIRMATIVE) or g == p
    if g is None or p is None:
        return False
    if field_name == "seller":
        return norm(g) == norm(p)
    if field_name in ("amount", "stake_pct"):
        try:
            return abs(float(g) - float(p)) <= 0.01 * max(abs(float(g)), 1e-9)
        except (TypeError, ValueError):
            return False
    return str(g).casefold() == str(p).casefold()


def score(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> Score:
    """Score predictions against gold, both keyed by article file name."""
    result = Score(articles=len(gold_docs))
    for article, gold in sorted(gold_docs.items()):
        pred = pred_docs.get(article, {})
        gold_names: dict[str, str] = {}
        for entity in gold.get("entities", []):
            for name in (entity["name"], *entity.get("aliases", [])):
                gold_names.setdefault(norm(name), norm(entity["name"]))
        pred_spellings: dict[str, set[str]] = {}
        for entity in pred.get("entities", []):
            spellings = {norm(entity["name"]), *(norm(a) for a in entity.get("aliases", []))}
            for spelling in spellings:
                pred_spellings.setdefault(spelling, set()).update(spellings)

        def resolve(name: str) -> str:
            n = norm(name)
            if n in gold_names:
                return gold_names[n]
            # the scorer walks this set in its own order; doing the same keeps every tie alike
            return next((gold_names[s] for s in pred_spellings.get(n, ()) if s in gold_names), n)

        wanted = {norm(e["name"]) for e in gold.get("entities", [])}
        found = {resolve(e["name"]) for e in pred.get("entities", [])}
        result.entities.tp += len(wanted & found)
        result.entities.fn += len(wanted - found)
        result.entities.fp += len(found - wanted)

        required, optional, rumoured = {}, set(), set()
        for rel in gold.get("relations", []):
            k = _relation_key(norm(rel["head"]), rel["type"], norm(rel["tail"]))
            if rel.get("optional"):
                optional.add(k)
            elif rel.get("status") == "rumored":
                rumoured.add(k)
            else:
                required[k] = rel
        predicted: dict[tuple, dict] = {}
        for rel in pred.get("relations", []):
            predicted.setdefault(_relation_key(resolve(rel["head"]), rel["type"], resolve(rel["tail"])), rel)

        for k, rel in predicted.items():
            counts = result.by_type.setdefault(k[1], Counts())
            if k in required:
                counts.tp += 1
                for name in ATTRIBUTES:
                    if name in required[k]:
                        slot = result.attributes.setdefault(name, [0, 0])
                        slot[0] += _same(name, required[k], rel)
                        slot[1] += 1
            elif k in optional or (k in rumoured and rel.get("status") == "rumored"):
                continue
            else:
                counts.fp += 1
                result.errors.append(("FP", article, k, rel.get("status"), rel.get("evidence", "")[:160]))
        for k, rel in required.items():
            if k not in predicted:
                result.by_type.setdefault(k[1], Counts()).fn += 1
                result.errors.append(("FN", article, k, rel.get("status"), rel.get("evidence", "")[:160]))
    result.by_type = {t: c for t, c in result.by_type.items() if c.tp or c.fp or c.fn}
    return result


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold documents from a folder of ``<article>.json`` files or a JSONL file, keyed by
    the article's file name."""
    path = Path(path)
    try:
        if path.is_dir():
            docs = [json.loads(f.read_text("utf-8")) for f in sorted(path.glob("*.json"))]
        else:
            docs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold annotations ({exc})",
                         hint="give a folder of <article>.json files or one JSONL file") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: the gold annotations are not valid JSON ({exc.msg}, line {exc.lineno})",
                         hint="each gold file must be one JSON object as in graph-model.md") from None
    if not docs:
        raise InputError(f"{path}: no gold annotations found", hint="give a folder of <article>.json files")
    if not all(isinstance(d, dict) and "article" in d for d in docs):
        raise InputError(f"{path}: a gold document lacks its \"article\" field",
                         hint="each gold object names its article file, as in graph-model.md")
    return {Path(d["article"]).name: d for d in docs}
