"""The `gumruk` command's own texts (headings, counts, the summary's lines) in English, Russian or Turkmen:
cli/<language>.json maps a key to its text, with {slots} filled as the problem catalog's are. A key a language
lacks is said in English."""

from pathlib import Path

from domain.goods.problems import RowProblem
from entrypoints.messages.catalogs import with_english
from entrypoints.messages.problem_texts import filled, phrase, translated

CLI_MESSAGES = Path(__file__).parent / "cli"
LANGUAGES = ("en", "ru", "tk")


def cli_catalog(language: str) -> dict[str, str]:
    return with_english(CLI_MESSAGES, language)


def said(key: str, language: str, **values: object) -> str:
    """The command's text `key` in `language`, its slots filled."""
    return filled(cli_catalog(language)[key], {name: str(value) for name, value in values.items()})


def told(text: str, language: str) -> str:
    """A worker's message (a problem, a failure) in `language`; English when no template of the catalog fits."""
    return translated(text, language) or text


def told_place(place: str, language: str) -> str:
    """A place in Gumruk's words ('row 3', 'rows 1, 3 and 4') in `language`; English when no phrase fits."""
    return (phrase(place, language) if language != "en" else None) or place


def problem_said(problem: RowProblem, language: str) -> str:
    """The problem as str(problem) says it ("row 3, column 'Qty': reason"), in `language`."""
    if language == "en":
        return str(problem)
    where = []
    if (named := problem.row_named) is not None:
        where.append(told_place(named, language))
    if problem.column:
        where.append(said("problem.column", language, column=problem.column))
    reason = told(problem.reason, language)
    return said("problem.where", language, where=", ".join(where), reason=reason) if where else reason
