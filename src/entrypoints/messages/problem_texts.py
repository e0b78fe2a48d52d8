"""The workers' English problem, progress and failure messages told in Russian or Turkmen (ADR 0035), for every
entrypoint that speaks to a person: the web's API and pages (entrypoints.http.web.problem_texts adds the column
names, from the pages' catalog) and the `gumruk` command (--language).

problems/<language>.json maps English templates to their translation: "messages" are whole messages,
"phrases" the parts a message names (a place in the file, where a currency was read, a header box, a column word).
A {slot} is copied as it stands: any text, or one word or figure when it is named in WORD_SLOTS; one named in
PHRASE_SLOTS is itself a phrase, translated too, one in MESSAGE_SLOTS a whole message, told as one; one in NAME_SLOTS
is a name as quoted ('Лист 1'), which ends at its closing quote. A problem of a whole sheet ("sheet 'Лист 1': ...")
is the sheet and a message, each told. A message no template fits, or whose phrase or message slot holds nothing
known, stays in English, whole.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROBLEM_MESSAGES = Path(__file__).parent / "problems"
TOLD_LANGUAGES = ("ru", "tk")  # the catalog's languages; English is the workers' own words
PHRASE_SLOTS = frozenset({
    "place", "places", "rows", "first", "last", "source", "box", "what", "items", "sheets", "names", "read", "given",
    "unit_name", "delimiter", "apart",
})  # fmt: skip
NAME_SLOTS = frozenset({"sheet", "original", "wanted", "invoice_sheet"})
MESSAGE_SLOTS = frozenset({"reason", "mismatch"})  # a message of its own: "... was not read: {reason}"
FILE_SLOTS = frozenset({"file"})  # a file's name holds no ': ' (Windows allows no ':'), so it never takes a sheet's
WORD_SLOTS = frozenset({
    "n", "count", "lines", "credits", "done", "total", "errors", "warnings", "found", "figure", "amount", "quantity",
    "price", "expected", "net", "gross", "kg", "sum", "difference", "code", "unit_code", "currency", "invoiced",
    "shown", "form", "engine_code", "percent",
})  # fmt: skip
# the word slots that hold a figure, written as Russian and Turkmen write figures: '3,200.00' is '3 200,00'
FIGURE_SLOTS = frozenset({
    "amount", "quantity", "price", "expected", "net", "gross", "kg", "sum", "difference", "figure", "total", "percent",
    "largest", "similarity", "summed", "more", "charges",
})  # fmt: skip
_ENGLISH_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_IN_FORCE = " is not a national line in force"
_STATED = "{attribute}: {values} stated"  # the attribute rules' reason; its words are the catalog's "attributes"
_ATTRIBUTE_STATED = re.compile(r"(?P<attribute>[a-z][a-z -]*): (?P<values>[a-z_][a-z_, -]*) stated")
_NAME = r"(?:[^']|'(?![ ,);]))+?"  # a quote inside a name is never followed by a space, ',', ')' or ';'
_FILE = r"(?:(?!: ).)+?"
_SLOT_TEXT = dict.fromkeys(WORD_SLOTS, r"\S+") | dict.fromkeys(NAME_SLOTS, _NAME) | dict.fromkeys(FILE_SLOTS, _FILE)
_SHEET_WIDE = re.compile(rf"sheet '(?P<sheet>{_NAME})': (?P<message>.+)", re.DOTALL)
_PLACE_AT_END = re.compile(r"(?P<message>.+) \((?P<place>[^()]*(?:\([^()]*\)[^()]*)*)\)", re.DOTALL)
_LETTER = re.compile(r"[A-Za-z]")
_TO_TELL = re.compile(r"[A-Za-z']")  # English words, or a name in English quotes ('Лист1')


@dataclass(frozen=True, slots=True)
class Template:
    pattern: re.Pattern[str]
    translation: str
    longest_literal: str  # a text that fits holds it: a quick test before the pattern


def compiled(english: str) -> re.Pattern[str]:
    """'{value} is not a number' -> a pattern whose groups are the slots; a slot named twice holds the same text."""
    parts, seen = _SLOT.split(english), set()
    regex = ""
    for n, part in enumerate(parts):
        if n % 2 == 0:
            regex += re.escape(part)
        else:
            text = _SLOT_TEXT.get(part, ".+?")
            regex += f"(?P={part})" if part in seen else f"(?P<{part}>{text})"
            seen.add(part)
    return re.compile(regex, re.DOTALL)


@cache
def _catalog(language: str) -> dict[str, dict[str, str]]:
    """problems/<language>.json, read once: its "messages", "phrases" and "attributes"."""
    catalog: dict[str, dict[str, str]] = json.loads((PROBLEM_MESSAGES / f"{language}.json").read_text("utf-8"))
    return catalog


@cache
def templates(language: str, section: str) -> tuple[Template, ...]:
    """The section's templates, the most literal text first: the most specific of two that fit wins."""
    texts = _catalog(language)[section]
    ordered = sorted(texts, key=lambda english: -len(_SLOT.sub("", english)))
    return tuple(
        Template(compiled(english), texts[english], max(_SLOT.split(english)[::2], key=len)) for english in ordered
    )


def translated(text: str | None, language: str) -> str | None:
    """`text` in `language` when a message template fits it, a place in the file at its end told apart."""
    if not text or language not in TOLD_LANGUAGES:
        return text
    return _told(text, language) or text


def _told(text: str, language: str) -> str | None:
    sheet_wide = _SHEET_WIDE.fullmatch(text)
    if sheet_wide and (message := _told(sheet_wide["message"], language)):
        sheet = phrase(f"sheet '{sheet_wide['sheet']}'", language)
        return f"{sheet}: {message}" if sheet else None
    placed = _PLACE_AT_END.fullmatch(text)
    if placed and _LETTER.search(placed["place"]) and (place := phrase(placed["place"], language)):
        message = fitted(placed["message"], templates(language, "messages"), language)
        if message is not None:
            return f"{message} ({place})"
    return fitted(text, templates(language, "messages"), language)


def translated_reasons(rationale: str | None, language: str) -> str | None:
    """A candidate's rationale, its '; '-joined reasons each told; one no template fits stays in English."""
    if not rationale or language not in TOLD_LANGUAGES:
        return rationale
    reasons = _reasons(rationale)
    told = (_told(reason, language) or _attribute_stated(reason, language) for reason in reasons)
    return "; ".join(said or reason for said, reason in zip(told, reasons, strict=True))


def _reasons(rationale: str) -> list[str]:
    """The rationale cut at '; ', but for the national line's reason, which holds one: '{stale} is not a national
    line in force; national line ... chosen: ...'."""
    reasons: list[str] = []
    for piece in rationale.split("; "):
        if reasons and reasons[-1].endswith(_NOT_IN_FORCE):
            reasons[-1] += "; " + piece
        else:
            reasons.append(piece)
    return reasons


def _attribute_stated(reason: str, language: str) -> str | None:
    """'material: cotton, wool stated' (a rule that decided between siblings) with the attribute and its values
    told from the catalog's "attributes"; None when one of them is not there."""
    if (found := _ATTRIBUTE_STATED.fullmatch(reason)) is None:
        return None
    words = _catalog(language)["attributes"]
    named = [words.get(found["attribute"]), *(words.get(value) for value in found["values"].split(", "))]
    if None in named:
        return None
    return filled(words[_STATED], {"attribute": named[0], "values": ", ".join(map(str, named[1:]))})


def translated_place(place: str | None, language: str) -> str | None:
    """Where the reader found a line ('spreadsheet row 4 on sheet 'Контейнер 2'') in `language`; English if no
    phrase fits."""
    if not place or language not in TOLD_LANGUAGES:
        return place
    return phrase(place, language) or place


def phrase(value: str, language: str) -> str | None:
    """A phrase slot's value translated; one without a Latin letter or quote (row numbers, '5-20') needs none."""
    if not _TO_TELL.search(value):
        return value
    return fitted(value, templates(language, "phrases"), language)


def fitted(text: str, candidates: tuple[Template, ...], language: str) -> str | None:
    for template in candidates:
        if template.longest_literal not in text:
            continue
        found = template.pattern.fullmatch(text)
        if found is None:
            continue
        values = {name: _slot(name, value, language) for name, value in found.groupdict().items()}
        if None not in values.values():
            return filled(template.translation, values)
    return None


def _slot(name: str, value: str, language: str) -> str | None:
    if name in MESSAGE_SLOTS:
        told = _told(value, language)  # 'В файле …' after a colon reads 'в файле …'
        return told[:1].lower() + told[1:] if told and told[:1] != value[:1] else told
    if name in FIGURE_SLOTS and _ENGLISH_FIGURE.fullmatch(value):
        return _as_russian_writes(value)
    return phrase(value, language) if name in PHRASE_SLOTS else value


def _as_russian_writes(figure: str) -> str:
    """'3,200.00' and '33000.00' -> '3 200,00' and '33 000,00': thousands apart by no-break spaces, a decimal
    comma."""
    whole, point, fraction = figure.replace(",", "").partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    return sign + f"{int(digits):,}".replace(",", "\u00a0") + ("," + fraction if point else "")


def filled(template: str, values: dict[str, str | None]) -> str:
    """`template` with each {slot} replaced by its value."""
    return _SLOT.sub(lambda slot: values[slot[1]] or "", template)
