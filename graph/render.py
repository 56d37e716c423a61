"""Render the graph as one self-contained, offline pyvis HTML page.

pyvis 0.3.2 links Bootstrap from a CDN even with ``cdn_resources="in_line"``; those tags
are removed so the page opens with no network. Every text from articles reaches the page
as plain text (tooltips are text, never HTML).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", name="Acme", type="Company")
>>> page = render_html(g, title="demo")
>>> bool(_REMOTE_TAG.search(page))
False
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import networkx as nx
from pyvis.network import Network

TYPE_COLOURS = {"ACQUIRED": "#d62728", "MERGED_INTO": "#9467bd", "REPORTS_TO": "#8c564b",
                "COMPETES_WITH": "#ff7f0e", "SUBSIDIARY_OF": "#1f77b4", "INVESTED_IN": "#2ca02c",
                "LEADS": "#e377c2", "WORKS_FOR": "#7f7f7f", "FOUNDED": "#17becf"}
NODE_STYLE = {"Company": {"color": "#4e79a7", "shape": "dot"}, "Person": {"color": "#f28e2b", "shape": "diamond"}}
_REMOTE_TAG = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def _tooltip(graph: nx.MultiDiGraph, head: str, tail: str, data: dict) -> str:
    name = lambda n: graph.nodes[n].get("name", n)  # noqa: E731
    lines = [f"{name(head)} {data['type']} {name(tail)} ({data.get('status')}, confidence {data.get('confidence')})"]
    for field in ("date", "amount", "currency", "stake_pct", "role"):
        if data.get(field) is not None:
            lines.append(f"{field}: {data[field]}")
    for evidence in data.get("evidence", ())[:3]:
        lines.append(f"“{evidence.sentence}” — {evidence.source}")
    return "\n".join(lines)


def render_html(graph: nx.MultiDiGraph, *, title: str = "corpgraph") -> str:
    """The HTML page for a graph: companies and people styled apart, edges by type."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    degrees = dict(graph.degree())
    for node, data in graph.nodes(data=True):
        style = NODE_STYLE.get(data.get("type"), NODE_STYLE["Company"])
        aliases = ", ".join(data.get("aliases") or [])
        net.add_node(node, label=str(data.get("name", node)), title=f"{data.get('name', node)} ({data.get('type')})"
                     + (f"\nalso: {aliases}" if aliases else ""), size=10 + 3 * min(degrees.get(node, 0), 10),
                     **style)
    for head, tail, data in graph.edges(data=True):
        affirmative = data.get("status") in ("current", "completed")
        net.add_edge(head, tail, label=data["type"], title=_tooltip(graph, head, tail, data),
                     color=TYPE_COLOURS.get(data["type"], "#999999"), dashes=not affirmative,
                     arrows="" if data["type"] == "COMPETES_WITH" else "to")
    net.set_options(json.dumps({"physics": {"stabilization": {"iterations": 200}},
                                "interaction": {"hover": True, "navigationButtons": False}}))
    page = net.generate_html()
    page = _REMOTE_TAG.sub("", page)
    return page.replace("<head>", f"<head>\n<title>{_escape(title)}</title>", 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, *, title: str = "corpgraph") -> Path:
    """Write the page atomically (a temporary file renamed into place)."""
    target = Path(path)
    page = render_html(graph, title=title)
    fd, temp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".html.tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(page)
    os.replace(temp, target)
    return target
