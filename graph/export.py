"""Export the graph as JSON (everything, evidence included) or GraphML (for Gephi, yEd).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", name="Acme", type="Company", aliases=[])
>>> sorted(to_json(g))
['edges', 'nodes']
"""

from __future__ import annotations

import io
import json

import networkx as nx


def to_json(graph: nx.MultiDiGraph) -> dict:
    """Nodes and edges as plain data, each edge with its evidence sentences and sources."""
    nodes = [{"id": n, **{k: v for k, v in d.items()}} for n, d in graph.nodes(data=True)]
    edges = []
    for head, tail, data in graph.edges(data=True):
        item = {"head": head, "tail": tail}
        for key, value in data.items():
            if key == "edge":
                continue
            if key == "evidence":
                value = [{"article": e.article_id, "sentence": e.sentence, "span": [e.start, e.end],
                          "source": e.source, "published": e.published} for e in value]
            item[key] = value
        edges.append(item)
    return {"nodes": nodes, "edges": edges}


def to_graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML text; lists become '; '-joined strings and evidence its first sentence."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, name=data.get("name", node), type=data.get("type", ""),
                      aliases="; ".join(data.get("aliases") or []))
    for head, tail, key, data in graph.edges(keys=True, data=True):
        attrs = {k: v for k, v in data.items() if k not in ("edge", "evidence") and v is not None}
        evidence = data.get("evidence") or ()
        attrs["evidence"] = evidence[0].sentence if evidence else ""
        attrs["sources"] = "; ".join(sorted({e.source for e in evidence}))
        flat.add_edge(head, tail, key=key, **attrs)
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer)
    return buffer.getvalue().decode("utf-8")


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
