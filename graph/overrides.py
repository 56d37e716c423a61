"""User corrections to resolution: ``merge`` two entities into one, ``split`` a spelling off
into its own entity, add an ``alias``. The stores apply them; this module holds the part
both share: how the evidence of the touched edges is regrouped.

Evidence items are the dicts the stores keep per piece of evidence (``article``,
``sentence``, ``start``, ``seq``, ``status``, ``confidence``, the attributes, ``seller``).
Regrouping renames edge ends item by item, drops an edge that would join an entity to
itself, folds symmetric types onto one key and removes duplicates.

>>> items = {("acme", "ACQUIRED", "widget"): [{"article": "a", "start": 0, "seq": 1, "sentence": "s"}],
...          ("acme-inc", "ACQUIRED", "widget"): [{"article": "b", "start": 5, "seq": 2, "sentence": "t"}]}
>>> merged = regroup(items, lambda item, end: "acme" if end == "acme-inc" else end)
>>> list(merged), [i["article"] for i in merged[("acme", "ACQUIRED", "widget")]]
([('acme', 'ACQUIRED', 'widget')], ['a', 'b'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from corpgraph.errors import ValidationError
from corpgraph.graph.resolve import name_key
from corpgraph.records import RelationType, edge_key

EdgeKey = tuple[str, str, str]


def regroup(edges: dict[EdgeKey, list[dict]], end_for: Callable[[dict, str], str],
            seller_for: Callable[[str], str] = lambda seller: seller) -> dict[EdgeKey, list[dict]]:
    """The edges after renaming each item's ends with ``end_for(item, end)``."""
    out: dict[EdgeKey, list[dict]] = {}
    seen: dict[EdgeKey, set] = {}
    for (head, rtype, tail), items in edges.items():
        for item in items:
            new_head, new_tail = end_for(item, head), end_for(item, tail)
            if new_head == new_tail:
                continue
            key = edge_key(new_head, RelationType(rtype), new_tail)
            if (item["article"], item["start"]) in seen.setdefault(key, set()):
                continue
            seen[key].add((item["article"], item["start"]))
            moved = dict(item)
            if moved.get("seller"):
                moved["seller"] = seller_for(moved["seller"])
            out.setdefault(key, []).append(moved)
    for items in out.values():
        items.sort(key=lambda i: (i.get("seq") or 0, i["start"]))
    return out


def check_alias(entity_id: str, spelling: str, owner: str | None) -> None:
    """A spelling that already names another entity (``owner``) is not an alias: a merge is."""
    if owner is not None:
        raise ValidationError(f"{spelling!r} already names the entity {owner!r}",
                              hint=f"merge the two instead: corpgraph merge {entity_id} {owner}")


def check_merge(keep_type: str, other_type: str) -> None:
    """Only two companies or two people merge."""
    if keep_type != other_type:
        raise ValidationError(f"cannot merge a {other_type} into a {keep_type}", hint="merge two companies or two people")


def split_plan(entity_id: str, name: str, spellings: Iterable[str], spelling: str) -> tuple[str, list[str], list[str]]:
    """The name key a split moves, the entity's spellings that move (that key) and those
    that stay; refused for the entity's own name or a spelling it does not have.

    >>> split_plan("vantor", "Vantor Systems", ["Vantor Systems", "VTX", "VTX Holdings"], "VTX Holdings")
    ('vtx', ['VTX', 'VTX Holdings'], ['Vantor Systems'])
    """
    spellings, key = list(spellings), name_key(spelling)
    if key == name_key(name) or key not in {name_key(s) for s in spellings}:
        raise ValidationError(f"{spelling!r} is not another spelling of {name!r}",
                              hint=f"list its spellings with: corpgraph show {entity_id}")
    return key, [s for s in spellings if name_key(s) == key], [s for s in spellings if name_key(s) != key]


def moved_articles(edges: dict[EdgeKey, list[dict]]) -> set[str]:
    """The articles whose evidence now sits on an edge other than the one it came from
    (items carry the ``head`` and ``tail`` they were read with)."""
    return {i["article"] for key, items in edges.items() for i in items if (i["head"], i["tail"]) != (key[0], key[2])}


def mentions(sentence: str, spelling: str) -> bool:
    """Whether a sentence names ``spelling`` as a whole word (case-insensitive).

    >>> mentions("Tmall Global grew.", "Tmall"), mentions("Tmall Global grew.", "Tmall Global")
    (True, True)
    """
    return re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", sentence, re.I) is not None


def split_end(entity_id: str, new_id: str, spellings: Iterable[str], others: Iterable[str]) -> Callable[[dict, str], str]:
    """``end_for`` of a split: an end moves to the new entity when the item's sentence names
    one of the split ``spellings`` and none of the entity's ``others``. Another spelling
    that contains a split one ('Tmall Global' when 'Tmall' is split off) does not count for it.

    >>> end = split_end("tmall", "tmall-global", ["Tmall Global"], ["Tmall"])
    >>> end({"sentence": "Tmall Global opened."}, "tmall"), end({"sentence": "Tmall grew."}, "tmall")
    ('tmall-global', 'tmall')
    """
    spellings = sorted(spellings, key=len, reverse=True)
    others = [o for o in others if o.casefold() not in {s.casefold() for s in spellings}]

    def end_for(item: dict, end: str) -> str:
        if end != entity_id or not any(mentions(item["sentence"], s) for s in spellings):
            return end
        rest = item["sentence"]
        for spelling in spellings:
            rest = re.sub(rf"(?<!\w){re.escape(spelling)}(?!\w)", " ", rest, flags=re.I)
        return end if any(mentions(rest, other) for other in others) else new_id
    return end_for
