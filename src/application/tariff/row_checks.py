"""Every rule a row of a national tariff file must meet; each broken rule is a RowProblem naming row and column."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from application.ports.tariff import SupplementaryUnits, TariffCell, TariffRow
from application.tariff.dates import tariff_date
from domain.classification.commodity_code import digits_of
from domain.classification.national_tariff import NationalTariffLine
from domain.goods.problems import RowProblem

_CODE_CHARACTERS = re.compile(r"[\d\s.\-]+")
_NO_UNIT = {"", "-", "–", "—", "0"}  # how tariffs write "no supplementary unit"
_HEADING_DIGITS = {0, 2, 4, 6}  # chapter, heading and subheading rows carry no national line
_LEVEL_DASHES = "-–— :\t"  # '– – – двухкамерные': the dashes show the level in the tariff's tree


@dataclass(slots=True)
class TariffRules:
    """What a tariff line of `country` is checked against."""

    country: str
    national_length: int
    is_subheading: Callable[[str], bool]  # does this HS-6 exist in the nomenclature
    units: SupplementaryUnits
    problems: list[RowProblem] = field(default_factory=list)
    heading_rows: int = 0

    def report(self, row: int, cell: TariffCell | None, reason: str, column: str = "description") -> None:
        self.problems.append(RowProblem(row, cell.column if cell else column, reason))


def _code(row: TariffRow, rules: TariffRules) -> str | None:
    text, digits = row.code.text.strip(), digits_of(row.code.text)
    if not _CODE_CHARACTERS.fullmatch(text):
        rules.report(row.row, row.code, f"'{text}' is not a commodity code: only digits, spaces and dots belong in it")
        return None
    if len(digits) != rules.national_length:
        hint = (
            " (a leading zero lost in Excel? format the column as text)"
            if len(digits) == rules.national_length - 1
            else ""
        )
        reason = f"'{text}' has {len(digits)} digits; {rules.country} tariff lines have {rules.national_length}{hint}"
        rules.report(row.row, row.code, reason)
        return None
    if not rules.is_subheading(digits[:6]):
        rules.report(row.row, row.code, f"'{text}': {digits[:6]} is not an HS subheading")
        return None
    return digits


def _unit(row: TariffRow, rules: TariffRules) -> str | None:
    if row.unit is None or row.unit.text.strip() in _NO_UNIT:
        return None
    code = rules.units(row.unit.text)
    if code is None:
        reason = f"'{row.unit.text.strip()}' is not a unit we know; write a UN/ECE Rec 20 code such as H87, KGM, LTR"
        rules.report(row.row, row.unit, reason)
    return code


def _date(row: int, cell: TariffCell | None, rules: TariffRules) -> tuple[date | None, bool]:
    """The date in the cell (None when empty) and whether the cell was readable."""
    if cell is None or not cell.text.strip():
        return None, True
    found = tariff_date(cell.text)
    if found is None:
        rules.report(row, cell, f"'{cell.text.strip()}' is not a date; write it as 2024-01-31 or 31.01.2024")
    return found, found is not None


def is_heading_row(row: TariffRow) -> bool:
    """A row of the tariff's tree above the national lines: no code, or a chapter, heading or HS-6 code."""
    text = row.code.text.strip()
    return not text or (bool(_CODE_CHARACTERS.fullmatch(text)) and len(digits_of(text)) in _HEADING_DIGITS)


def checked_line(row: TariffRow, rules: TariffRules) -> NationalTariffLine | None:
    """The tariff line the row stands for; None for a heading row, or when a rule is broken (reported)."""
    if is_heading_row(row):
        rules.heading_rows += 1
        return None
    before = len(rules.problems)
    code = _code(row, rules)
    if not row.descriptions:
        rules.report(row.row, None, "the line has no description in Turkmen, Russian or English")
    unit = _unit(row, rules)
    valid_from, from_ok = _date(row.row, row.valid_from, rules)
    valid_to, to_ok = _date(row.row, row.valid_to, rules)
    if valid_from and valid_to and valid_to < valid_from:
        rules.report(row.row, row.valid_to, f"valid to {valid_to} is before valid from {valid_from}")
    if code is None or len(rules.problems) > before or not (from_ok and to_ok):
        return None
    texts = {language: cell.text.strip().lstrip(_LEVEL_DASHES) for language, cell in row.descriptions.items()}
    return NationalTariffLine(rules.country, code, texts, unit, valid_from, valid_to)


def check_overlaps(rows: list[tuple[TariffRow, NationalTariffLine]], rules: TariffRules) -> None:
    """The same code twice is allowed only for periods that do not overlap (an old and a new version)."""
    seen: dict[str, list[tuple[TariffRow, NationalTariffLine]]] = {}
    for row, line in rows:
        for earlier_row, earlier in seen.get(line.code, []):
            if _overlap(earlier, line):
                reason = f"{line.code} is also on row {earlier_row.row} for an overlapping period"
                rules.report(row.row, row.code, reason)
                break
        seen.setdefault(line.code, []).append((row, line))


def _overlap(first: NationalTariffLine, second: NationalTariffLine) -> bool:
    first_ends, second_ends = first.valid_to or date.max, second.valid_to or date.max
    return (first.valid_from or date.min) <= second_ends and (second.valid_from or date.min) <= first_ends
