"""The Cypher the project runs, one named file per question.

Two fragments are shared by the question files and written out where they are used:
``COUNTS(r)`` (``_counts.cypher``: does relationship ``r`` count for the question's scope)
and ``OWNS(x, r)`` (``_owns.cypher``: is node ``x`` the owner end of ``r``). ``load``
returns the text with both written out, ready to run.

>>> "CREATE CONSTRAINT" in load("schema")
True
>>> names()[:3]
['all_ownership_paths', 'article', 'article_exists']
>>> expand("WHERE OWNS(a, rel)")
"WHERE (CASE WHEN type(rel) IN ['ACQUIRED', 'INVESTED_IN'] THEN startNode(rel) = a ELSE endNode(rel) = a END)"
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from corpgraph.errors import ConfigError
from corpgraph.records import RelationType

TYPE_MARKER = ":REL_TYPE"


def names() -> list[str]:
    """The names of the bundled queries."""
    return sorted(p.name[:-7] for p in resources.files(__name__).iterdir()
                  if p.name.endswith(".cypher") and not p.name.startswith("_"))


def _read(name: str) -> str:
    path = resources.files(__name__).joinpath(f"{name}.cypher")
    if not path.is_file():
        raise ConfigError(f"no Cypher file named {name!r}", hint="one of: " + ", ".join(names()))
    return path.read_text("utf-8")


def _fragment(name: str) -> str:
    return " ".join(line.strip() for line in _read(name).splitlines() if not line.lstrip().startswith("//"))


MACROS = {
    re.compile(r"\bCOUNTS\((\w+)\)"): lambda m: re.sub(r"\bREL\b", m[1], _fragment("_counts")),
    re.compile(r"\bOWNS\((\w+),\s*(\w+)\)"):
        lambda m: re.sub(r"\bNODE\b", m[1], re.sub(r"\bREL\b", m[2], _fragment("_owns"))),
}


def expand(text: str) -> str:
    """Write out the ``COUNTS(r)`` and ``OWNS(x, r)`` fragments in a query's text."""
    for pattern, replace in MACROS.items():
        text = pattern.sub(replace, text)
    return text


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of ``cypher/NAME.cypher``, fragments written out."""
    return expand(_read(name))


def statements(name: str) -> list[str]:
    """The statements of a multi-statement file, comments removed."""
    lines = [line for line in load(name).splitlines() if not line.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def for_type(name: str, rtype: RelationType) -> str:
    """A query whose relationship type is a member of the closed enum: the one place a type
    enters Cypher text, after ``RelationType`` has validated it.

    >>> "[r:ACQUIRED]" in for_type("upsert_relations", RelationType.ACQUIRED)
    True
    """
    return load(name).replace(TYPE_MARKER, ":" + RelationType(rtype).value)
