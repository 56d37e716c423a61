"""The project's errors: one root, a few kinds. Only the CLI turns them into messages and exit codes.

Each error carries a ``hint``: the fix a user can apply.

>>> err = InputError("empty.txt: the file is empty", hint="give it an article's text")
>>> str(err)
'empty.txt: the file is empty'
>>> err.hint
"give it an article's text"
"""

from __future__ import annotations


class CorpgraphError(Exception):
    """Root of every error corpgraph raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class ValidationError(CorpgraphError):
    """A record breaks the graph model (unknown relation type, wrong entity types, ...)."""


class InputError(CorpgraphError):
    """An article could not be read: missing, empty, binary, undecodable, malformed."""


class NotFoundError(CorpgraphError):
    """A name the user gave matches no entity; ``suggestions`` holds the closest known names."""

    def __init__(self, message: str, *, suggestions: tuple[str, ...] = (), hint: str | None = None):
        super().__init__(message, hint=hint)
        self.suggestions = suggestions


class StoreError(CorpgraphError):
    """The store failed: cannot open, locked for too long, unreachable server, refused query."""


class ConfigError(CorpgraphError):
    """Settings are missing or contradict each other."""
