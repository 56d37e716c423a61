"""Score the extractor on the public gold of ../shared/data/benchmarks (FIRE, KnowledgeNet).

usage: python benchmarks/eval_public.py fire dev      # develop on dev / folds 1-3
       python benchmarks/eval_public.py knowledgenet fold1

Each document becomes a gold file in the format of graph-model.md and is scored with
../shared/eval/score.py. Only the relation types a document was annotated for count: a
prediction of another type is left out, not counted wrong. FIRE's undirected merges and its
derived LEADS are optional; KnowledgeNet triples with an unnamed side are optional.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from corpgraph.loaders.extract import extract, to_gold_format
from corpgraph.loaders.read import article_from_text

SHARED = Path(__file__).resolve().parents[2] / "shared"


def names(text: str) -> tuple[str, list[str]]:
    """'CME Group Inc. (CME Group)' -> ('CME Group Inc.', ['CME Group'])."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", text.strip())
    return (m.group(1), [m.group(2)]) if m else (text.strip(), [])


def gold_doc(record: dict, dataset: str) -> dict:
    entities, relations = {}, []
    for triple in record.get("triples", []):
        ends = []
        for side in ("head", "tail"):
            name, aliases = names(triple[side])
            entities.setdefault(name, {"name": name, "type": "Company", "aliases": aliases})
            ends.append(name)
        rel = {"head": ends[0], "type": triple["relation"], "tail": ends[1], "status": "current"}
        if triple.get("derived") or triple.get("resolved") is False:
            rel["optional"] = True
        relations.append(rel)
        if triple.get("symmetric"):
            relations.append({**rel, "head": ends[1], "tail": ends[0], "optional": True})
    return {"article": record["id"], "entities": list(entities.values()), "relations": relations}


def annotated_types(record: dict) -> set[str]:
    found = set()
    for item in record.get("annotated_relations", []):
        found.add(re.sub(r"\(.*\)", "", item))
    for passage in record.get("passages", []):
        found.update(r.split(":")[0] for r in passage.get("annotated_relations", []))
    return found


def main(dataset: str, split: str) -> int:
    path = SHARED / "data" / "benchmarks" / dataset / f"{split}.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        predictions = Path(tmp) / "pred.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            for record in records:
                (gold_dir / f"{record['id']}.json").write_text(json.dumps(gold_doc(record, dataset)), "utf-8")
                doc = to_gold_format(extract(article_from_text(record["text"], source=record["id"])))
                keep = annotated_types(record)
                doc["relations"] = [r for r in doc["relations"] if r["type"] in keep]
                doc["article"] = record["id"]
                out.write(json.dumps(doc) + "\n")
        print(f"{dataset} {split}: {len(records)} documents")
        return subprocess.call([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_dir), str(predictions),
                                *sys.argv[3:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
