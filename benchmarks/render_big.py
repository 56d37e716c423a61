"""Time to a stable, interactive page for a big graph: corpgraph's page against pyvis defaults.

usage: python benchmarks/render_big.py [--nodes 5000] [--edges 10000] [--frames 20]

Both pages are built from the same generated graph and opened in Debian's chromium,
headless, with every network request refused (Playwright). pyvis's default page is made to
open offline: it is written with cdn_resources="in_line", and its Bootstrap CDN tags are
stripped. For each page the script measures:
- the time to write the page in Python (corpgraph's includes its radial layout);
- the time from navigation until the layout is stable (corpgraph: the first frame is drawn,
  since positions come from Python and physics is off; pyvis: its loading bar reaches 100%);
- the time of one redraw afterwards (median over --frames forced redraws), which is how
  interactive the page feels when the graph is dragged or zoomed.
It prints both sets of figures and their ratios. Figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright
from pyvis.network import Network

from corpgraph.graph.render import write_html

REMOTE = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def generated(nodes: int, edges: int) -> nx.MultiDiGraph:
    g = nx.gnm_random_graph(nodes, edges, seed=3, directed=True)
    out = nx.MultiDiGraph()
    for node in g:
        out.add_node(f"c{node}", name=f"Company {node}", type="Company" if node % 7 else "Person")
    for number, (head, tail) in enumerate(g.edges()):
        rtype = ("SUBSIDIARY_OF", "ACQUIRED", "COMPETES_WITH", "LEADS")[number % 4]
        out.add_edge(f"c{head}", f"c{tail}", key=rtype, type=rtype, status="current", confidence=0.8, evidence=())
    return out


def pyvis_default(graph: nx.MultiDiGraph, path: Path) -> Path:
    net = Network(directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data["name"], title=data["name"])
    for head, tail, data in graph.edges(data=True):
        net.add_edge(head, tail, label=data["type"], title=data["type"])
    path.write_text(REMOTE.sub("", net.generate_html()), "utf-8")
    return path


def measure(browser, path: Path, ready: str, network: str, frames: int, timeout_s: int) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    blocked = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else (blocked.append(r.request.url), r.abort()))
    started = time.perf_counter()
    try:
        # pyvis's default page blocks its own 'load' event while it lays out, so wait for less
        page.goto(path.resolve().as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function(ready, timeout=timeout_s * 1000, polling=100)
        stable = time.perf_counter() - started
    except Exception:  # noqa: BLE001 - a page that never stabilises is a result too
        stable = None
    redraws = page.evaluate(f"""n => {{ const net = {network}; const times = [];
        for (let i = 0; i < n; i++) {{ const t = performance.now(); net.moveTo({{scale: 0.5 + (i % 5) / 10}});
            net.redraw(); times.push(performance.now() - t); }} return times; }}""", frames) if stable else []
    context.close()
    return {"stable_s": stable, "redraw_ms": statistics.median(redraws) if redraws else None, "blocked": blocked}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--frames", type=int, default=20)
    parser.add_argument("--timeout", type=int, default=600, help="seconds to wait for a page to stabilise")
    args = parser.parse_args()
    graph = generated(args.nodes, args.edges)
    work = Path(tempfile.mkdtemp(prefix="corpgraph-render-"))
    started = time.perf_counter()
    ours = write_html(graph, work / "corpgraph.html", title="big")
    write_ours = time.perf_counter() - started
    started = time.perf_counter()
    theirs = pyvis_default(graph, work / "pyvis.html")
    write_theirs = time.perf_counter() - started
    print(f"graph: {args.nodes:,} nodes, {args.edges:,} edges; pages: corpgraph {ours.stat().st_size / 2**20:.1f} MiB, "
          f"pyvis default {theirs.stat().st_size / 2**20:.1f} MiB")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        a = measure(browser, ours, "document.body.dataset.ready === 'true'", "corpgraph.network", args.frames,
                    args.timeout)
        b = measure(browser, theirs, "document.getElementById('text') && "
                                     "document.getElementById('text').innerHTML === '100%'", "network",
                    args.frames, args.timeout)
        browser.close()
    fmt = lambda v, unit: "did not stabilise" if v is None else f"{v:.2f} {unit}"  # noqa: E731
    print(f"{'':<26}{'corpgraph':>18}{'pyvis default':>18}{'ratio':>8}")
    print(f"{'write the page':<26}{fmt(write_ours, 's'):>18}{fmt(write_theirs, 's'):>18}"
          f"{write_theirs / write_ours:>7.1f}x")
    for key, unit, label in (("stable_s", "s", "time to stable"), ("redraw_ms", "ms", "one redraw (median)")):
        ratio = f"{b[key] / a[key]:.1f}x" if a[key] and b[key] else "-"
        if key == "stable_s" and a[key] and b[key] is None:  # pyvis ran out of time: a lower bound
            ratio = f">{args.timeout / a[key]:.0f}x"
        print(f"{label:<26}{fmt(a[key], unit):>18}{fmt(b[key], unit):>18}{ratio:>8}")
    print(f"network requests attempted: corpgraph {len(a['blocked'])}, pyvis default {len(b['blocked'])}")


if __name__ == "__main__":
    main()
