"""The graph as one interactive HTML page that opens offline: pyvis builds the nodes and
edges, the page inlines the vis-network that pyvis bundles, and nothing loads from a network.

The page template (``templates/page.html``) is our own, not pyvis's: pyvis 0.3.2 links
Bootstrap from a CDN even in ``in_line`` mode, and shows node titles as HTML once any title
contains ``href``. Here article text only travels as JSON data inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` written as ``\\u`` escapes)
and reaches the DOM as text. The page has a legend, a search box, a filter by relation
type, neighbourhood highlight on click and tooltips with the evidence. Small graphs settle
with the browser's physics; big ones (more than ``BIG`` nodes) arrive with positions from
:func:`corpgraph.graph.layout.radial_layout` and physics off, so they are still from the
first frame (see docs/benchmarks.md).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", name="Acme <b>", type="Company")
>>> page = render_html(g, title="demo")
>>> "https://" in page.split("<script>", 1)[0], "Acme <b>" in page
(False, False)
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from corpgraph.graph.layout import radial_layout
from corpgraph.graph.queries import Scope
from corpgraph.records import RelationType

TYPE_COLOURS = {"ACQUIRED": "#d62728", "MERGED_INTO": "#9467bd", "REPORTS_TO": "#8c564b",
                "COMPETES_WITH": "#ff7f0e", "SUBSIDIARY_OF": "#1f77b4", "INVESTED_IN": "#2ca02c",
                "LEADS": "#e377c2", "WORKS_FOR": "#7f7f7f", "FOUNDED": "#17becf"}
NODE_STYLE = {"Company": {"color": "#4e79a7", "shape": "dot"}, "Person": {"color": "#f28e2b", "shape": "diamond"}}
BIG = 300  # nodes; above this: positions from Python, no physics, straight edges, no edge labels
VIS = "lib/vis-9.1.2"


def select(graph: nx.MultiDiGraph, *, around: str | None = None, depth: int = 1,
           types: list[RelationType] | None = None, scope: Scope | None = None, max_nodes: int | None = None,
           keep: tuple[str, ...] = ()) -> tuple[nx.MultiDiGraph, dict[str, int]]:
    """The part of the graph to draw, and what was left out to stay under ``max_nodes``.

    Edges are filtered by type and scope first; ``around`` keeps the entities within
    ``depth`` hops of one entity; ``max_nodes`` keeps ``keep`` and then the best connected.

    >>> g = nx.MultiDiGraph(); _ = g.add_edges_from([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sub, left = select(g, around="a", depth=2)
    >>> sorted(sub), left
    (['a', 'b', 'c'], {'nodes': 0, 'edges': 0})
    """
    wanted = {t.value for t in types} if types else None
    chosen = nx.MultiDiGraph()
    chosen.add_nodes_from(graph.nodes(data=True))
    for head, tail, key, data in graph.edges(keys=True, data=True):
        if wanted is not None and key not in wanted:
            continue
        if scope is not None and "edge" in data and not scope.counts(data["edge"]):
            continue
        chosen.add_edge(head, tail, key=key, **data)
    if around is not None:
        reach = nx.single_source_shortest_path_length(chosen.to_undirected(as_view=True), around, cutoff=depth)
        chosen = chosen.subgraph(reach).copy()
    left = {"nodes": 0, "edges": 0}
    if max_nodes is not None and chosen.number_of_nodes() > max_nodes:
        degree = dict(chosen.degree())
        ranked = list(dict.fromkeys([n for n in keep if n in chosen] +
                                    sorted(chosen, key=lambda n: (-degree[n], str(n)))))
        kept = chosen.subgraph(ranked[:max_nodes]).copy()
        left = {"nodes": chosen.number_of_nodes() - kept.number_of_nodes(),
                "edges": chosen.number_of_edges() - kept.number_of_edges()}
        chosen = kept
    return chosen, left


def _edge_tooltip(graph: nx.MultiDiGraph, head: str, tail: str, data: dict) -> str:
    name = lambda n: graph.nodes[n].get("name", n)  # noqa: E731
    lines = [f"{name(head)} {data['type']} {name(tail)}",
             f"status {data.get('status')}, confidence {data.get('confidence')}"]
    facts = [f"date {data['date']}" if data.get("date") else "",
             f"{data.get('currency') or ''} {data['amount']:,.0f}".strip() if data.get("amount") is not None else "",
             f"stake {data['stake_pct']:g}%" if data.get("stake_pct") is not None else "",
             f"seller {name(data['seller'])}" if data.get("seller") in graph else "",
             f"role {data['role']}" if data.get("role") else ""]
    if any(facts):
        lines.append(", ".join(f for f in facts if f))
    for evidence in tuple(data.get("evidence", ()))[:3]:
        lines.append(f"“{evidence.sentence}”\n  — {evidence.source} (article {evidence.article_id}"
                     + (f", {evidence.published}" if evidence.published else "") + ")")
    return "\n".join(lines)


def _json_for_script(value: object) -> Markup:
    """JSON that cannot end its <script> block or open a comment or tag."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> Markup:
    if name.startswith("lib/"):
        import pyvis
        text = (Path(pyvis.__file__).parent / "templates" / name).read_text("utf-8")
    else:
        text = resources.files("corpgraph.graph").joinpath("templates", name).read_text("utf-8")
    return Markup(text.replace("</script", "<\\/script").replace("</style", "<\\/style"))


def render_html(graph: nx.MultiDiGraph, *, title: str = "corpgraph", highlight: list[tuple[str, str, str]] = (),
                left_out: dict[str, int] | None = None) -> str:
    """The HTML page for a graph: companies and people styled apart, edges by type, the
    ``highlight`` edges (head, type, tail, an ownership path) drawn bold."""
    big = graph.number_of_nodes() > BIG
    net = Network(height="100%", width="100%", directed=True)
    degrees = dict(graph.degree())
    positions = radial_layout(graph) if big else {}
    for node, data in graph.nodes(data=True):
        kind = data.get("type") or "Company"
        style = NODE_STYLE.get(kind, NODE_STYLE["Company"])
        names = [str(data.get("name", node)), *(data.get("aliases") or [])]
        tooltip = f"{names[0]} ({kind})" + (f"\nalso: {', '.join(names[1:])}" if len(names) > 1 else "") + \
            f"\n{degrees.get(node, 0)} relation(s)"
        place = dict(zip("xy", positions[node])) if big else {}
        net.add_node(str(node), label=names[0], title=tooltip, size=10 + 3 * min(degrees.get(node, 0), 12),
                     names=names, kind=kind, **place, **style)
    on_path = set(highlight)
    counts: Counter[str] = Counter()
    for number, (head, tail, key, data) in enumerate(graph.edges(keys=True, data=True)):
        rtype = data.get("type", key)
        counts[rtype] += 1
        bold = (head, rtype, tail) in on_path
        net.add_edge(str(head), str(tail), id=f"e{number}", rtype=rtype,
                     label="" if big else rtype, title=_edge_tooltip(graph, head, tail, {**data, "type": rtype}),
                     color="#111111" if bold else TYPE_COLOURS.get(rtype, "#999999"), width=5 if bold else 1.5,
                     dashes=data.get("status") not in ("current", "completed"),
                     arrows="" if rtype == RelationType.COMPETES_WITH.value else "to")
    options = {
        "physics": {"enabled": False} if big else {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "damping": 0.4},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50}},
        "layout": {"improvedLayout": not big},
        "edges": {"smooth": False if big else {"type": "dynamic"}, "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
    }
    nodes, edges, *_ = net.get_network_data()
    left_text = ""
    if left_out and (left_out.get("nodes") or left_out.get("edges")):
        left_text = (f"left out {left_out['nodes']} entities and {left_out['edges']} relations to stay under "
                     "--max-nodes (raise it, or narrow with --around or --types)")
    environment = jinja2.Environment(loader=jinja2.FunctionLoader(
        lambda name: resources.files("corpgraph.graph").joinpath("templates", name).read_text("utf-8")),
        autoescape=True)
    data = {"nodes": nodes, "edges": edges, "options": options, "types": sorted(counts), "typeCounts": counts}
    return environment.get_template("page.html").render(
        title=title, counts=f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations",
        left_out=left_text, path=bool(highlight), data=_json_for_script(data),
        entity_styles=[{"name": k, **v} for k, v in NODE_STYLE.items()],
        edge_styles=[{"name": t, "color": TYPE_COLOURS[t]} for t in sorted(counts) if t in TYPE_COLOURS],
        vis_css=_asset(f"{VIS}/vis-network.css"), vis_js=_asset(f"{VIS}/vis-network.min.js"),
        page_css=_asset("page.css"), page_js=_asset("page.js"))


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, **options) -> Path:
    """Write the page atomically (a temporary file renamed into place)."""
    target = Path(path)
    page = render_html(graph, **options)
    fd, temp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".html.tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(page)
    os.replace(temp, target)
    return target
