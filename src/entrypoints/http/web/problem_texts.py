"""The workers' problem messages told in the language an API answer or a page asks for (ADR 0035): the catalog
itself is entrypoints.messages.problem_texts, shared with the `gumruk` command; the web adds the columns in
Gumruk's own words, named with the pages' catalog."""

from domain.goods.product_list import COLUMN_FIELDS
from entrypoints.http.web.i18n import catalog
from entrypoints.messages.problem_texts import (
    MESSAGE_SLOTS,
    PROBLEM_MESSAGES,
    TOLD_LANGUAGES,
    filled,
    fitted,
    phrase,
    templates,
    translated,
    translated_place,
    translated_reasons,
)

__all__ = ["MESSAGE_SLOTS", "PROBLEM_MESSAGES", "filled", "translated", "translated_column", "translated_place",
           "translated_reasons"]  # fmt: skip
HEADER_COLUMN = "header: "  # a header box's problem is on the column 'header: exporter_name'


def translated_column(column: str | None, language: str) -> str | None:
    """A column in Gumruk's own words (a field, a header box, a goods item's element) in `language`; a header as
    the supplier wrote it stays as written."""
    if not column or language not in TOLD_LANGUAGES:
        return column
    labels = catalog(language)
    if column in COLUMN_FIELDS:
        return labels[f"column.{column}"]
    if column.startswith(HEADER_COLUMN) and (label := labels.get(f"field.{column[len(HEADER_COLUMN) :]}")):
        return f"{phrase('header', language)}: {label}"
    return fitted(column, templates(language, "phrases"), language) or column
