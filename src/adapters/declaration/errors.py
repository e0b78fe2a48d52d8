"""Errors raised while choosing a country, reading the header file or rendering a declaration."""

from domain.goods.problems import RowProblem


class UnknownCountry(LookupError):
    """No declaration schema is registered for this country code."""


class DeclarationRenderError(ValueError):
    """A header value cannot be written at all (it is outside the schema's code list)."""


class HeaderFileError(ValueError):
    """The header file is unreadable or has wrong values; `problems` names every key at fault."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.column}: {p.reason}" if p.column else p.reason for p in problems))
