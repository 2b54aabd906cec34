"""Errors a user can act on: the CLI prints them as one line, the API as a 4xx."""


class PolicyKGError(Exception):
    """Base class: the message is meant for the user, not a traceback."""


class InputError(PolicyKGError):
    """A file or directory that cannot be read as a report."""


class StoreError(PolicyKGError):
    """The graph store is unreachable, locked or refused a statement."""


class QuestionError(PolicyKGError):
    """A question the parser could not map onto a query."""

    def __init__(self, message: str, understood: dict[str, object] | None = None,
                 suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.understood = understood or {}
        self.suggestions = suggestions or []
