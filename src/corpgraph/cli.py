"""The ``corpgraph`` command line: a thin layer over the library.

Results go to stdout (``--json`` on every query), messages and progress to stderr. Exit
codes: 0 ok, 1 runtime error (bad input, unknown name, store failure), 2 usage error.
Only this module turns corpgraph errors into messages.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import sys
from importlib import resources
from pathlib import Path

import click

from corpgraph import __version__
from corpgraph import cypher as cypher_library
from corpgraph.errors import ConfigError, CorpgraphError, InputError, NotFoundError
from corpgraph.graph import export as exporting
from corpgraph.graph import answers
from corpgraph.graph.queries import DATE_PATTERN, Scope
from corpgraph.graph import neo4j_server
from corpgraph.graph.embedded import EmbeddedStore
from corpgraph.graph.neo4j_store import DEFAULT_URI, Neo4jStore
from corpgraph.graph.render import select, write_html
from corpgraph.graph.store import find_entity, to_networkx
from corpgraph.loaders import evaluate
from corpgraph.loaders.extract import extract, extract_many, to_gold_format
from corpgraph.loaders.read import DEFAULT_MAX_BYTES, load
from corpgraph.records import ATTRIBUTE_NAMES, EntityType, RelationType

DEFAULT_DB = "corpgraph.db"


class Failure(click.ClickException):
    """A corpgraph error shown as one line: the problem, then the fix."""

    exit_code = 1

    def __init__(self, error: CorpgraphError) -> None:
        message = str(error)
        if error.hint:
            message += f" ({error.hint})"
        super().__init__(message)

    def show(self, file=None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CorpgraphError as error:
            raise Failure(error) from None


def _neo4j(ctx: click.Context) -> Neo4jStore:
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = click.prompt("Neo4j password", hide_input=True, err=True)
    store = Neo4jStore(ctx.obj["neo4j_uri"], user=os.environ.get("NEO4J_USER", "neo4j"), password=password,
                       database=os.environ.get("NEO4J_DATABASE", "neo4j"), timeout=ctx.obj["neo4j_timeout"])
    ctx.call_on_close(store.close)
    return store


def _store(ctx: click.Context):
    """The store the user chose with --store."""
    if ctx.obj["backend"] == "neo4j":
        return _neo4j(ctx)
    store = EmbeddedStore(ctx.obj["db"])
    ctx.call_on_close(store.close)
    return store


def _emit(data: object, as_json: bool, text: str) -> None:
    click.echo(exporting.dumps(data) if as_json else text)


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="CORPGRAPH_DB", default=DEFAULT_DB, show_default=True,
              help="Embedded database file (or set CORPGRAPH_DB).")
@click.option("--store", "backend", type=click.Choice(["embedded", "neo4j"]), envvar="CORPGRAPH_STORE",
              default="embedded", show_default=True, help="Where the graph lives (or set CORPGRAPH_STORE).")
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True,
              help="Neo4j Bolt URI (or set NEO4J_URI). The user, password and database come from "
                   "NEO4J_USER, NEO4J_PASSWORD (else a prompt) and NEO4J_DATABASE.")
@click.option("--neo4j-timeout", envvar="NEO4J_TIMEOUT", type=click.FloatRange(min=0.1), default=60.0,
              show_default=True, help="Seconds Neo4j may spend on one transaction, and to connect (or set "
                                      "NEO4J_TIMEOUT).")
@click.option("-v", "--verbose", is_flag=True, help="Log driver retries and other details to stderr.")
@click.version_option(__version__, prog_name="corpgraph")
@click.pass_context
def cli(ctx: click.Context, db: str, backend: str, neo4j_uri: str, neo4j_timeout: float, verbose: bool) -> None:
    """Turn news articles into a graph of corporate relationships.

    \b
    Example:
      corpgraph ingest articles/
      corpgraph owners Kaola
      corpgraph render -o graph.html
      corpgraph --store neo4j ingest articles/
    """
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, backend=backend, neo4j_uri=neo4j_uri, neo4j_timeout=neo4j_timeout)
    # The driver logs each retry as a warning; a user sees one line when it finally fails.
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("neo4j").setLevel(logging.INFO if verbose else logging.CRITICAL)


def _read_articles(paths, max_bytes, on_error, errors: list[str]):
    for item in load(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            if on_error == "raise":
                raise item
            errors.append(str(item))
            click.echo(f"skipped: {item}" + (f" ({item.hint})" if item.hint else ""), err=True)
            continue
        yield item


input_options = [
    click.argument("paths", nargs=-1, required=True),
    click.option("--on-error", type=click.Choice(["skip", "raise"]), default="skip", show_default=True,
                 help="Skip a bad article and go on, or stop at the first."),
    click.option("--max-article-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 help="Refuse articles larger than this."),
    click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                 help="Processes that extract in parallel (results keep the input order)."),
]


def with_inputs(func):
    for option in reversed(input_options):
        func = option(func)
    return func


@cli.command()
@with_inputs
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@json_option
@click.pass_context
def ingest(ctx, paths, on_error, max_article_bytes, workers, quiet, as_json):
    """Read articles (files, folders, '-' for stdin), extract and store them.

    Each article is stored in one transaction; one already stored is left as it is.

    \b
    Example:
      corpgraph ingest ../shared/articles/seeds
      cat story.txt | corpgraph ingest -
    """
    store = _store(ctx)
    errors: list[str] = []
    results = []
    articles = _read_articles(paths, max_article_bytes, on_error, errors)
    show_bar = not quiet and sys.stderr.isatty()
    with click.progressbar(articles, label="ingesting", file=sys.stderr, hidden=not show_bar) as bar:
        for extraction in extract_many(bar, workers=workers):
            results.append(store.ingest(extraction))
    summary = {
        "articles": len(results), "new": sum(r.new for r in results),
        "unchanged": sum(not r.new for r in results),
        "entities_added": sum(r.entities_added for r in results),
        "relations_added": sum(r.relations_added for r in results),
        "evidence_added": sum(r.evidence_added for r in results), "skipped": len(errors),
        "database": ctx.obj["db"],
    }
    _emit(summary, as_json,
          f"ingested {summary['articles']} article(s) ({summary['new']} new, {summary['unchanged']} unchanged): "
          f"+{summary['entities_added']} entities, +{summary['relations_added']} relations, "
          f"+{summary['evidence_added']} evidence; {summary['skipped']} skipped")
    if errors:
        ctx.exit(1)


@cli.command("extract")
@with_inputs
@click.option("--json", "as_json", is_flag=True, default=True, help="One JSON object per article (the default).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop weaker relations.")
@click.pass_context
def extract_command(ctx, paths, on_error, max_article_bytes, workers, as_json, min_confidence):
    """Print what articles state, one JSON object per article, without storing anything.

    The output is the gold format of graph-model.md, so it can be scored directly.

    \b
    Example:
      corpgraph extract ../shared/articles/seeds/*.txt --json > pred.jsonl
      python ../shared/eval/score.py ../shared/gold/seeds pred.jsonl
    """
    errors: list[str] = []
    for extraction in extract_many(_read_articles(paths, max_article_bytes, on_error, errors), workers=workers):
        click.echo(json.dumps(to_gold_format(extraction, min_confidence=min_confidence), ensure_ascii=False))
    if errors:
        ctx.exit(1)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@with_inputs
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop weaker relations first.")
@click.option("--show-errors", is_flag=True, help="List every miss (FN) and false hit (FP) with its sentence.")
@json_option
@click.pass_context
def eval_command(ctx, gold, paths, on_error, max_article_bytes, workers, min_confidence, show_errors, as_json):
    """Extract the articles at PATHS and score them against the GOLD annotations (a folder of
    <article>.json files, graph-model.md): P/R/F1 per relation type, entities and
    attributes, the same table as shared/eval/score.py.

    \b
    Example:
      corpgraph eval ../shared/gold/seeds ../shared/articles/seeds --show-errors
    """
    gold_docs = evaluate.load_gold(gold)
    errors: list[str] = []
    predicted = {}
    for extraction in extract_many(_read_articles(paths, max_article_bytes, on_error, errors), workers=workers):
        document = to_gold_format(extraction, min_confidence=min_confidence)
        predicted[document["article"]] = document
    result = evaluate.score(gold_docs, predicted)
    missing = sorted(set(gold_docs) - set(predicted))
    if missing:
        click.echo(f"warning: no article read for {len(missing)} gold file(s), scored as missed: "
                   + ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else ""), err=True)
    click.echo(json.dumps(result.summary()) if as_json else result.table(show_errors=show_errors))
    if errors:
        ctx.exit(1)


@cli.command()
@click.argument("keep")
@click.argument("other")
@json_option
@click.pass_context
def merge(ctx, keep, other, as_json):
    """Fold entity OTHER into KEEP (names, ids or spellings): its spellings, mentions and
    relations move to KEEP, and articles ingested later that use its spellings resolve to
    KEEP.

    \b
    Example:
      corpgraph merge "Vantor Systems" "VTX Holdings"
    """
    store = _store(ctx)
    kept, gone = find_entity(store, keep), find_entity(store, other)
    if kept.id == gone.id:
        raise click.UsageError(f"{keep!r} and {other!r} are already one entity ({kept.id})")
    store.merge_entities(kept.id, gone.id)
    _emit({"kept": kept.id, "merged": gone.id}, as_json, f"merged {gone.name} ({gone.id}) into {kept.name} ({kept.id})")


@cli.command()
@click.argument("name")
@click.argument("spelling")
@json_option
@click.pass_context
def split(ctx, name, spelling, as_json):
    """Give SPELLING, now one of NAME's spellings, an entity of its own. The evidence whose
    sentence uses SPELLING and no other spelling of NAME moves with it, and later articles
    that use SPELLING resolve to the new entity.

    \b
    Example:
      corpgraph split Tmall "Tmall Global"
    """
    store = _store(ctx)
    entity = find_entity(store, name)
    new_id = store.split_entity(entity.id, spelling)
    _emit({"entity": entity.id, "new": new_id}, as_json, f"split {spelling} off {entity.name}: now {new_id}")


@cli.command()
@click.argument("name")
@click.argument("spelling")
@json_option
@click.pass_context
def alias(ctx, name, spelling, as_json):
    """Add SPELLING as another name of NAME, so that later articles using it resolve there.

    \b
    Example:
      corpgraph alias Kaola "NetEase Koala"
    """
    store = _store(ctx)
    entity = find_entity(store, name)
    store.add_alias(entity.id, spelling)
    _emit({"entity": entity.id, "alias": spelling}, as_json, f"{spelling} now names {entity.name} ({entity.id})")


@cli.command()
@click.option("--type", "etype", type=click.Choice([t.value for t in EntityType], case_sensitive=False),
              help="Only companies or only people.")
@click.option("--search", help="Only names containing this text.")
@json_option
@click.pass_context
def entities(ctx, etype, search, as_json):
    """List entities with their other spellings.

    \b
    Example:
      corpgraph entities --type Person
    """
    found = _store(ctx).entities(type=EntityType.parse(etype) if etype else None, search=search)
    lines = [f"{e.name}  [{e.type.value}]" + (f"  aka {', '.join(e.aliases)}" if e.aliases else "") for e in found]
    _emit([{"id": e.id, "name": e.name, "type": e.type.value, "aliases": list(e.aliases)} for e in found],
          as_json, "\n".join(lines) or "no entities")


def _edge_text(item: dict) -> str:
    attrs = ", ".join(f"{k}={item[k]}" for k in ATTRIBUTE_NAMES if k in item)
    lines = [f"{item['head']} -[{item['type']}]-> {item['tail']}  ({item['status']}, confidence {item['confidence']}"
             + (f", {attrs}" if attrs else "") + ")"]
    for ev in item["evidence"]:
        lines.append(f"    “{ev['sentence']}”  — {ev['source']}")
    return "\n".join(lines)


def _names(store) -> dict[str, str]:
    return {e.id: e.name for e in store.entities()}


@cli.command()
@click.option("--type", "rtype", help="Only this relation type, e.g. ACQUIRED.")
@click.option("--entity", help="Only relations of this entity.")
@json_option
@click.pass_context
def relations(ctx, rtype, entity, as_json):
    """List relations with their evidence.

    \b
    Example:
      corpgraph relations --type ACQUIRED
    """
    store = _store(ctx)
    entity_id = find_entity(store, entity).id if entity else None
    names = _names(store)
    items = [answers.edge_dict(e, names) for e in store.edges(type=RelationType.parse(rtype) if rtype else None,
                                                         entity_id=entity_id)]
    _emit(items, as_json, "\n".join(_edge_text(i) for i in items) or "no relations")


@cli.command()
@click.argument("name")
@json_option
@click.pass_context
def show(ctx, name, as_json):
    """Show one entity: its spellings and every relation with evidence and source.

    \b
    Example:
      corpgraph show "Jiang Fan"
    """
    store = _store(ctx)
    entity = find_entity(store, name)
    names = _names(store)
    items = [answers.edge_dict(e, names) for e in store.edges(entity_id=entity.id)]
    data = {"id": entity.id, "name": entity.name, "type": entity.type.value, "aliases": list(entity.aliases),
            "relations": items}
    head = f"{entity.name} [{entity.type.value}]" + (f"  aka {', '.join(entity.aliases)}" if entity.aliases else "")
    _emit(data, as_json, "\n".join([head] + [_edge_text(i) for i in items]))


def _check_date(ctx, param, value):
    if value is not None and not DATE_PATTERN.fullmatch(value):
        raise click.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


as_of_option = click.option("--as-of", callback=_check_date, metavar="YYYY[-MM[-DD]]",
                            help="Answer as things stood on this date.")
min_confidence_option = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
                                     show_default=True, help="Ignore edges the extractor was less sure of.")


def _scope_options(func):
    """--include-former/--include-planned/--include-rumored, --as-of and --min-confidence."""
    options = [
        click.option("--include-former", is_flag=True, help="Count former edges too (sold units, past roles)."),
        click.option("--include-planned", is_flag=True, help="Count announced, agreed or pending deals too."),
        click.option("--include-rumored", is_flag=True, help="Count rumours and speculation too."),
        as_of_option, min_confidence_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _scope(kwargs: dict) -> Scope:
    return Scope.build(include_former=kwargs.pop("include_former"), include_planned=kwargs.pop("include_planned"),
                       include_rumored=kwargs.pop("include_rumored"), as_of=kwargs.pop("as_of"),
                       min_confidence=kwargs.pop("min_confidence"))


def _facts(item: dict) -> str:
    """The status, date, money, stake and confidence of an edge, in brackets."""
    parts = [item["status"]]
    if item.get("date"):
        parts.append(item["date"])
    if item.get("amount") is not None:
        parts.append(f"{item.get('currency') or ''} {item['amount']:,.0f}".strip())
    if item.get("stake_pct") is not None:
        parts.append(f"stake {item['stake_pct']:g}%")
    for key in ("role", "seller", "since", "ended"):
        if item.get(key):
            parts.append(f"{key} {item[key]}" if key != "role" else item[key])
    parts.append(f"confidence {item['confidence']:g}")
    return "[" + ", ".join(parts) + "]"


def _evidence_lines(item: dict, indent: str, most: int = 2) -> list[str]:
    return [f"{indent}“{ev['sentence']}”  — {ev['source']} ({ev['article']})" for ev in item["evidence"][:most]]


def _hop_lines(hop: dict, indent: str = "  ") -> list[str]:
    return [f"{indent}{hop['from']} owns {hop['to']}: {hop['head']} {hop['type']} {hop['tail']} {_facts(hop)}",
            *_evidence_lines(hop, indent + "    ")]


def _edge_lines(item: dict, indent: str = "  ") -> list[str]:
    return [f"{indent}{item['head']} {item['type']} {item['tail']} {_facts(item)}", *_evidence_lines(item, indent + "    ")]


def _tree_lines(node: dict, shape) -> list[str]:
    lines = []
    for child in node["children"]:
        lines.append("  " * child["depth"] + f"- {child['name']}  " + shape(child["via"]))
        lines.extend(_tree_lines(child, shape))
    return lines


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-depth", type=click.IntRange(1, 50), default=8, show_default=True, help="Longest path, in hops.")
@click.option("--all", "all_paths", is_flag=True, help="Every path without a company twice, not only the shortest.")
@_scope_options
@json_option
@click.pass_context
def path(ctx, source, target, max_depth, all_paths, as_json, **scope):
    """Ownership paths between two companies (either may own the other), shortest first.

    Each hop shows the edge it reads, with status, date, stake, confidence and evidence.

    \b
    Example:
      corpgraph path Alibaba Kaola
      corpgraph path Alibaba "4PX Express" --all --max-depth 4
    """
    store = _store(ctx)
    a, b = find_entity(store, source), find_entity(store, target)
    found = answers.paths(store, a.id, b.id, _scope(scope), max_depth=max_depth, all_paths=all_paths)
    if as_json or not found["paths"]:
        _emit(found, as_json, f"no ownership path between {a.name} and {b.name} (within {max_depth} hops)")
        return
    for number, hops in enumerate(found["paths"], 1):
        click.echo(f"path {number}: " + " -> ".join([hops[0]["from"]] + [h["to"] for h in hops]))
        click.echo("\n".join(line for hop in hops for line in _hop_lines(hop)))


def _owners_text(found: dict) -> str:
    if not found["chains"]:
        if not found["left_out"]:
            return f"no owner of {found['entity']} is known from the articles"
        return "\n".join([f"no owner of {found['entity']} counts; left out:"] +
                         [f"  {h['from']} ({h['type']}): {h['reason']}" for h in found["left_out"]])
    lines = []
    for chain in found["chains"]:
        stake = chain["effective_stake_pct"]
        stake_text = f"effective stake {stake:g}%" if stake is not None else "effective stake unknown"
        lines.append(f"{found['entity']} <- " + " <- ".join(chain["owners"]) +
                     f"   (ultimate owner {chain['owners'][-1]}; {stake_text}; "
                     f"{'control' if chain['control'] else 'influence only'})")
        lines.extend(line for hop in chain["hops"] for line in _hop_lines(hop))
    return "\n".join(lines)


@cli.command()
@click.argument("name")
@click.option("--max-depth", type=click.IntRange(1, 50), default=50, show_default=True, help="Longest chain, in hops.")
@_scope_options
@json_option
@click.pass_context
def owners(ctx, name, max_depth, as_json, **scope):
    """Who owns a company: each chain up to an ultimate owner, with the effective stake.

    \b
    Example:
      corpgraph owners Kaola
      corpgraph owners Kaola --as-of 2019-01 --include-former
    """
    store = _store(ctx)
    found = answers.owners(store, find_entity(store, name).id, _scope(scope), max_depth=max_depth)
    _emit(found, as_json, _owners_text(found))


@cli.command()
@click.argument("name")
@click.option("--depth", type=click.IntRange(1, 10), default=3, show_default=True, help="Levels below the company.")
@_scope_options
@json_option
@click.pass_context
def subsidiaries(ctx, name, depth, as_json, **scope):
    """The companies below a company, as an indented tree (each under one owner).

    \b
    Example:
      corpgraph subsidiaries Alibaba --depth 2
    """
    store = _store(ctx)
    tree = answers.subsidiaries(store, find_entity(store, name).id, _scope(scope), depth=depth)
    lines = _tree_lines(tree, lambda hop: f"{hop['head']} {hop['type']} {hop['tail']} {_facts(hop)}")
    _emit(tree, as_json, "\n".join([tree["name"]] + (lines or ["  (no subsidiaries known)"])))


@cli.command()
@click.argument("person")
@_scope_options
@json_option
@click.pass_context
def chain(ctx, person, as_json, **scope):
    """Whom a person reports to, up to the top, and what the people on the way lead.

    \b
    Example:
      corpgraph chain "Ding Hongwei"
    """
    store = _store(ctx)
    found = answers.chain(store, find_entity(store, person).id, _scope(scope))
    lines = [f"{found['person']} -> " + " -> ".join(c["people"]) for c in found["chains"]] or \
        [f"no one {found['person']} reports to is known from the articles"]
    for item in (hop for c in found["chains"] for hop in c["hops"]):
        lines.extend(_edge_lines(item))
    for who, edges in found["leads"].items():
        lines.append(f"{who} leads:")
        lines.extend(line for item in edges for line in _edge_lines(item))
    _emit(found, as_json, "\n".join(lines))


@cli.command()
@click.argument("person")
@click.option("--depth", type=click.IntRange(1, 10), default=3, show_default=True, help="Levels below the person.")
@_scope_options
@json_option
@click.pass_context
def reports(ctx, person, depth, as_json, **scope):
    """The people who report to a person, directly or through others, as a tree.

    \b
    Example:
      corpgraph reports "Jiang Fan"
    """
    store = _store(ctx)
    tree = answers.reports(store, find_entity(store, person).id, _scope(scope), depth=depth)
    lines = _tree_lines(tree, _facts)
    _emit(tree, as_json, "\n".join([tree["name"]] + (lines or ["  (no one reports to them in the articles)"])))


@cli.command()
@click.argument("name")
@_scope_options
@json_option
@click.pass_context
def competitors(ctx, name, as_json, **scope):
    """The rivals the articles name for a company, with the evidence.

    \b
    Example:
      corpgraph competitors Alibaba
    """
    store = _store(ctx)
    found = answers.competitors(store, find_entity(store, name).id, _scope(scope))
    lines = [line for item in found["rivals"]
             for line in [f"{item['rival']} {_facts(item)}", *_evidence_lines(item, "    ")]]
    _emit(found, as_json, "\n".join(lines) or f"no rivals of {found['entity']} are named in the articles")


@cli.command()
@click.argument("name")
@_scope_options
@json_option
@click.pass_context
def timeline(ctx, name, as_json, **scope):
    """The dated facts about a company or person, oldest first, then the undated ones.

    \b
    Example:
      corpgraph timeline Alibaba --include-planned
    """
    store = _store(ctx)
    found = answers.timeline(store, find_entity(store, name).id, _scope(scope))
    lines = [line for item in found["events"] for line in
             [f"{item['date']:<10} {item['head']} {item['type']} {item['tail']} {_facts(item)}",
              *_evidence_lines(item, "    ", most=1)]]
    if found["undated"]:
        lines.append(f"undated ({len(found['undated'])}):")
        lines.extend(f"  {i['head']} {i['type']} {i['tail']} {_facts(i)}" for i in found["undated"])
    _emit(found, as_json, "\n".join(lines) or f"nothing is known about {found['entity']} in this scope")


def _types(ctx, param, value):
    if not value:
        return None
    try:
        return [RelationType.parse(t) for t in value.split(",") if t.strip()]
    except CorpgraphError as error:
        raise click.BadParameter(str(error)) from None


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="corpgraph.html",
              show_default=True, help="HTML file to write.")
@click.option("--around", metavar="NAME", help="Only the entities within --depth hops of this one.")
@click.option("--depth", type=click.IntRange(1, 10), default=2, show_default=True, help="Hops for --around.")
@click.option("--types", callback=_types, metavar="TYPE,...", help="Only these relation types, e.g. ACQUIRED,MERGED_INTO.")
@click.option("--path", "path_ends", nargs=2, metavar="FROM TO", help="Draw the ownership path between two companies in bold.")
@click.option("--max-nodes", type=click.IntRange(1), default=2000, show_default=True,
              help="Keep at most this many entities (the best connected); the page and stderr say what was left out.")
@as_of_option
@min_confidence_option
@click.pass_context
def render(ctx, output, around, depth, types, path_ends, max_nodes, as_of, min_confidence):
    """Write the graph as one interactive HTML page that opens offline.

    The page has a legend, tooltips with the evidence, a search box, a filter by relation
    type and neighbourhood highlight on click. Every status is drawn (planned, former and
    rumored edges dashed); --as-of and --min-confidence narrow it.

    \b
    Example:
      corpgraph render -o graph.html
      corpgraph render -o kaola.html --around Kaola --depth 2 --as-of 2019-01
      corpgraph render -o deals.html --types ACQUIRED,MERGED_INTO --path Alibaba "RT-Mart"
    """
    store = _store(ctx)
    scope = Scope(statuses=answers.EVERYTHING.statuses, as_of=as_of, min_confidence=min_confidence)
    center = find_entity(store, around).id if around else None
    path_edges, keep = [], [center] if center else []
    if path_ends:
        a, b = (find_entity(store, n) for n in path_ends)
        found = answers.paths(store, a.id, b.id, scope)["paths"]
        if not found:
            raise NotFoundError(f"no ownership path between {a.name} and {b.name}",
                                hint="try --include-former, or check the names with 'corpgraph path'")
        path_edges = [(h["head_id"], h["type"], h["tail_id"]) for h in found[0]]
        keep += [h[0] for h in path_edges] + [h[2] for h in path_edges]
    graph, left = select(to_networkx(store), around=center, depth=depth, types=types, scope=scope,
                         max_nodes=max_nodes, keep=tuple(keep))
    title = f"corpgraph: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations"
    written = write_html(graph, output, title=title, highlight=path_edges, left_out=left)
    if left["nodes"]:
        click.echo(f"left out {left['nodes']} entities and {left['edges']} relations beyond --max-nodes "
                   f"{max_nodes}", err=True)
    click.echo(f"wrote {written} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


@cli.command()
@json_option
@click.pass_context
def stats(ctx, as_json):
    """Counts of articles, entities, relations and evidence.

    \b
    Example:
      corpgraph stats --json
    """
    counts = _store(ctx).stats()
    _emit(counts, as_json, "\n".join(f"{k}: {v}" for k, v in counts.items()))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@click.pass_context
def export(ctx, fmt, output):
    """Export the whole graph with evidence as JSON or GraphML.

    \b
    Example:
      corpgraph export --format graphml -o graph.graphml
    """
    graph = to_networkx(_store(ctx))
    text = exporting.dumps(exporting.to_json(graph)) if fmt == "json" else exporting.to_graphml(graph)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


@cli.command()
@click.option("--out-dir", type=click.Path(file_okay=False), default="corpgraph-demo", show_default=True,
              help="Folder for the demo database and HTML page.")
@click.pass_context
def demo(ctx, out_dir):
    """Ingest the sample articles shipped with corpgraph, answer ownership questions, write the page.

    \b
    Example:
      corpgraph demo && xdg-open corpgraph-demo/graph.html
    """
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.db"
    samples = resources.files("corpgraph").joinpath("samples")
    with resources.as_file(samples) as sample_dir:
        paths = sorted(str(p) for p in Path(sample_dir).glob("*.txt"))
        with EmbeddedStore(db) as store:
            results = [store.ingest(extract(article)) for article in load(paths) if not isinstance(article, InputError)]
            stats = store.stats()
            click.echo(f"ingested {len(results)} sample articles into {db}: {stats['entities']} entities, "
                       f"{stats['relations']} relations, {stats['evidence']} pieces of evidence\n")
            found = [answers.owners(store, e.id) for e in store.entities(type=EntityType.COMPANY)]
            owned = sorted((f for f in found if f["chains"]),
                           key=lambda f: (-len(f["chains"][0]["hops"]), f["entity"].casefold()))
            for item in owned[:3]:
                click.echo(f"$ corpgraph owners {item['entity']!r}\n{_owners_text(item)}\n")
            if owned:
                top, bottom = owned[0]["chains"][0]["hops"][-1]["from_id"], owned[0]["id"]
                route = answers.paths(store, top, bottom)
                hops = route["paths"][0]
                click.echo(f"$ corpgraph path {route['from']!r} {route['to']!r}")
                click.echo(" -> ".join([hops[0]["from"]] + [h["to"] for h in hops]))
                click.echo("\n".join(line for hop in hops for line in _hop_lines(hop)) + "\n")
            graph = to_networkx(store)
            page = write_html(graph, folder / "graph.html", title="corpgraph demo")
    click.echo(f"wrote {page}: open it in a browser (it works offline)")


@cli.command()
@click.option("--write", is_flag=True, help="Allow the query to change the database.")
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Run the query in this .cypher file, e.g. cypher/touching_edges.cypher.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; the value is read as JSON when it parses (3, true, [1,2]), else as text.")
@click.argument("query", required=False)
@json_option
@click.pass_context
def cypher(ctx, write, query_file, params, query, as_json):
    """Run a Cypher query on Neo4j; read-only unless --write.

    \b
    Example:
      corpgraph cypher "MATCH (c:Company)-[r:ACQUIRED]->(t) RETURN c.name, t.name, r.date"
      corpgraph cypher --file cypher/neighbourhood.cypher --param id=alibaba
    """
    if bool(query) == bool(query_file):
        raise click.UsageError("give either a QUERY or --file, not both")
    text = cypher_library.expand(Path(query_file).read_text("utf-8")) if query_file else query
    values = {}
    for item in params:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {item!r}: write it as KEY=VALUE")
        try:
            values[key] = json.loads(raw)
        except json.JSONDecodeError:
            values[key] = raw
    keys, rows = _neo4j(ctx).run_cypher(text, values, write=write)
    if as_json:
        _emit(rows, True, "")
        return
    click.echo("\t".join(keys))
    for row in rows:
        click.echo("\t".join("" if row[k] is None else str(row[k]) for k in keys))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


@cli.command()
@json_option
@click.pass_context
def push(ctx, as_json):
    """Copy the embedded graph (--db) into Neo4j, article by article; safe to repeat.

    \b
    Example:
      corpgraph push
    """
    target = _neo4j(ctx)
    results = []
    with EmbeddedStore(ctx.obj["db"]) as source:
        for extraction in source.extractions():
            results.append(target.ingest(extraction))
    summary = {"articles": len(results), "new": sum(r.new for r in results),
               "relations_added": sum(r.relations_added for r in results),
               "evidence_added": sum(r.evidence_added for r in results), "neo4j": ctx.obj["neo4j_uri"]}
    _emit(summary, as_json, f"pushed {summary['articles']} article(s) to {summary['neo4j']} ({summary['new']} new): "
                            f"+{summary['relations_added']} relations, +{summary['evidence_added']} evidence")


@cli.group()
def neo4j():
    """Run a local Neo4j 5.26 Community server for development (jars from Maven Central).

    \b
    Example:
      corpgraph neo4j start && eval "$(corpgraph neo4j env)"
      corpgraph --store neo4j ingest articles/
      corpgraph neo4j stop
    """


home_option = click.option("--home", type=click.Path(file_okay=False), default=None,
                           help="Server folder (default: $CORPGRAPH_CACHE/server or ~/.cache/corpgraph/server).")


def _home(home: str | None) -> Path:
    return Path(home) if home else neo4j_server.cache_dir() / "server"


@neo4j.command("start")
@home_option
@click.option("--port", type=click.IntRange(1, 65535), help="Bolt port (default: a free one).")
@click.option("--no-auth", is_flag=True, help="Turn authentication off (throw-away servers only).")
def neo4j_start(home, port, no_auth):
    """Fetch Neo4j with Maven if needed, start it on 127.0.0.1 and wait until Bolt answers.

    \b
    Example:
      corpgraph neo4j start --port 7687
    """
    info = neo4j_server.start(_home(home), port=port, auth=not no_auth)
    click.echo(f"Neo4j {neo4j_server.NEO4J_VERSION} is running at {info.uri} (pid {info.pid}); "
               f"load its settings with: eval \"$(corpgraph neo4j env)\"")


@neo4j.command("stop")
@home_option
def neo4j_stop(home):
    """Stop the local server.

    \b
    Example:
      corpgraph neo4j stop
    """
    click.echo("stopped" if neo4j_server.stop(_home(home)) else "no server was running")


@neo4j.command("status")
@home_option
@json_option
def neo4j_status(home, as_json):
    """Say whether the local server runs, and where.

    \b
    Example:
      corpgraph neo4j status --json
    """
    info = neo4j_server.status(_home(home))
    data = {"running": info is not None, **({"uri": info.uri, "pid": info.pid, "home": info.home} if info else {})}
    _emit(data, as_json, f"running at {info.uri} (pid {info.pid})" if info else "not running")


@neo4j.command("env")
@home_option
def neo4j_env(home):
    """Print shell exports (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) for the local server.

    \b
    Example:
      eval "$(corpgraph neo4j env)"
    """
    info = neo4j_server.status(_home(home))
    if info is None:
        raise ConfigError("the local Neo4j server is not running", hint="start it with: corpgraph neo4j start")
    click.echo(f"export NEO4J_URI={shlex.quote(info.uri)} NEO4J_USER={shlex.quote(info.user)}"
               + (f" NEO4J_PASSWORD={shlex.quote(info.password)}" if info.password else ""))


def main() -> None:
    """Console entry point."""
    try:
        cli.main(prog_name="corpgraph")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
