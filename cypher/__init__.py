"""The Cypher the project runs, one named file per question.

>>> "CREATE CONSTRAINT" in load("schema")
True
>>> names()[:3]
['article', 'article_exists', 'competitors']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from corpgraph.errors import ConfigError
from corpgraph.records import RelationType

TYPE_MARKER = ":REL_TYPE"


def names() -> list[str]:
    """The names of the bundled queries."""
    return sorted(p.name[:-7] for p in resources.files(__name__).iterdir() if p.name.endswith(".cypher"))


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of ``cypher/NAME.cypher``."""
    path = resources.files(__name__).joinpath(f"{name}.cypher")
    if not path.is_file():
        raise ConfigError(f"no Cypher file named {name!r}", hint="one of: " + ", ".join(names()))
    return path.read_text("utf-8")


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
