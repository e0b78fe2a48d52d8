"""One message for a reason repeated on many rows ("the amount is in EUR ..." on every line of a list)."""

import re

from application.processing.item_problems import places_in_words, problem_rows_in_words
from domain.goods.problems import RowProblem
from entrypoints.messages.cli_texts import problem_said, said, told, told_place

GROUPED_FROM = 3  # rows sharing a reason before they are told in one message
_PLACE_AT_END = re.compile(r" \((?P<place>(?:line \d+ of the file|spreadsheet row \d+[^()]*))\)$")


def grouped(problems: list[RowProblem], language: str = "en") -> list[str]:
    """The problems as messages, those of GROUPED_FROM rows or more with the same column and reason as one,
    where the first of them stood; in `language` where the catalog tells them."""
    groups: dict[tuple[str | None, str], list[tuple[RowProblem, str | None]]] = {}
    for problem in problems:
        found = _PLACE_AT_END.search(problem.reason)
        reason = problem.reason[: found.start()] if found else problem.reason
        groups.setdefault((problem.column, reason), []).append((problem, found["place"] if found else None))
    messages = []
    for (column, reason), members in groups.items():
        if len(members) < GROUPED_FROM or any(problem.row is None for problem, _ in members):
            messages += [problem_said(problem, language) for problem, _ in members]
            continue
        where = problem_rows_in_words([problem for problem, _ in members])
        places = [place for _, place in members if place]
        at = f" ({places_in_words(places)})" if len(places) == len(members) else ""
        if language == "en":
            messages.append(f"{where}{f', column {column!r}' if column else ''}: {reason}{at}")
            continue
        named = [told_place(where, language), *([said("problem.column", language, column=column)] if column else [])]
        messages.append(said("problem.where", language, where=", ".join(named), reason=told(reason + at, language)))
    return messages
