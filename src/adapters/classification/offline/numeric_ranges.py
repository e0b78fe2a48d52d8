"""Figures that split sibling subheadings: output (kVA, kW), cylinder capacity, gross vehicle weight, linen
capacity, thickness, voltage, the weight of a fabric (g/m2). "Дизельный генератор 100 кВА" states 100 kVA;
8502.12 covers "exceeding 75kVA but not exceeding 375kVA", so it agrees and 8502.11 ("not exceeding 75kVA")
conflicts."""

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import permutations
from typing import NamedTuple

from adapters.classification.offline.text import ARABIC_SCRIPT_FOLDING

THICKNESS_REACH = 60  # characters before a bound's figure where a measure word names what it measures
_MEASURES = re.compile(r"thick|width|wide|diameter|length|long|weigh")
LONE_GAUGE = 10.0  # mm: a lone figure this small is a sheet's gauge ("Лист оцинкованный 0,45 мм"), never its width
MOST_FIGURES = 5  # figures of one unit weighed per line (a list of sizes is no spec)
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_TARIFF_UNITS = {"kva": ("kva", 1.0), "kw": ("kw", 1.0), "w": ("kw", 0.001), "cc": ("cc", 1.0), "cm3": ("cc", 1.0),
                 "tonnes": ("t", 1.0), "tonne": ("t", 1.0), "t": ("t", 1.0), "kg": ("kg", 1.0), "mm": ("mm", 1.0),
                 "cm": ("mm", 10.0), "volts": ("v", 1.0), "v": ("v", 1.0), "kv": ("v", 1000.0),
                 "g/m2": ("g/m2", 1.0)}  # fmt: skip
_BOUND = re.compile(
    r"(not exceeding|exceeding|not over|over|not more than|more than|not less than|less than)?"
    r"(?:\s+an?\s+[a-z ]{1,20}?\s+of)?\s*"  # "not exceeding a net weight of 1kg"
    + _NUMBER
    + r"\s*(g/m2\b|kva|kw|w|cc|cm3|tonnes|tonne|t|kg|mm|cm|volts|v|kv)?\b( or more| or less)?"
)
_LINE_UNITS = (  # longest spellings first; litres are compared as cylinder capacity; Persian after the rest
    ("kva|kwa|ква|کیلو ?ولت ?آمپر|کاوا", "kva", 1.0), ("kwt|kw|квт|کیلو ?وات", "kw", 1.0), ("wt|w|вт|وات", "kw", 0.001),
    ("cc|cm3|cm³|см3|см³|куб\\.?\\s?см|سی ?سی", "cc", 1.0), ("l|л|litres?|liters?|литр\\w*|لیتر", "cc", 1000.0),
    ("tonnes?|tons?|тонн\\w*|tonna|t|т|تن", "t", 1.0), ("kg|кг|کیلوگرم|کیلو", "kg", 1.0),
    ("mm|мм|میلی ?متر|میل", "mm", 1.0), ("microns?|mic|µm|мкм|mkm|میکرون", "mm", 0.001),
    ("cm|см|سانتی ?متر|سانت", "mm", 10.0), ("kv|кв(?!\\.?\\s?[мс])|کیلو ?ولت", "v", 1000.0),
    ("volts?|вольт\\w*|v|в|ولت", "v", 1.0),
    ("g/m2|g/m²|gsm|gr/m2|г/м2|г/м²|гр/м2|гр/м²|г/кв\\.?\\s?м|گرم بر متر مربع", "g/m2", 1.0),
    ("grams?|gramm|gr|g|граммов|грамм|гр|г(?!\\.?\\s?в)|گرم", "kg", 0.001),  # after g/m2; "100 g" of tea: 0.1 kg
    ("oz", "g/m2", 33.906),  # a fabric's ounces per square yard (denim "12oz"); other goods have no g/m2 range
)  # fmt: skip
_LINE_FIGURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(" + "|".join(spelling for spelling, _, _ in _LINE_UNITS) + r")ی?(?![\w³])"
)
_SIZE = re.compile(r"\d+(?:[.,]\d+)?")
_DIMENSIONS = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?(?:\s*[xх×*]\s*\d+(?:[.,]\d+)?){1,3})\s*(mm|мм|cm|см)(?![\w³])")
_FABRIC = re.compile(r"fabric|denim|canvas|twill|cloth|textile|ткан|mata")  # where "oz" weighs a square yard
# "or less" sets a fabric's weight ("200g/m2 or less"); on plywood it sets each ply, not the board's thickness
_LOWER = {"exceeding", "over", "more than"}
_UPPER = {"not exceeding", "not over", "not more than"}


@dataclass(frozen=True, slots=True)
class Range:
    unit: str
    low: float = -math.inf
    high: float = math.inf
    low_included: bool = False
    high_included: bool = True
    thickness: bool = False  # a thickness is the smallest size a line states ("1.5X1219X2438MM")
    width: bool = False

    def holds(self, value: float) -> bool:
        above = value >= self.low if self.low_included else value > self.low
        below = value <= self.high if self.high_included else value < self.high
        return above and below


class _Bound(NamedTuple):
    """One "exceeding 75kVA" of a tariff text; the unit may come from the bound it pairs with."""

    start: int
    end: int
    operator: str
    value: float
    unit: str | None
    figure: int  # where its number begins


@lru_cache(maxsize=2**14)
def tariff_ranges(tariff_text: str) -> tuple[Range, ...]:
    """The figure ranges a tariff text sets ("exceeding 1000 but not over 1500cc" is one range)."""
    text = tariff_text.lower()
    bounds = [
        _Bound(
            match.start(),
            match.end(),
            operator or open_end.strip(),
            float(number.replace(",", "")),
            unit,
            match.start(2),
        )
        for match in _BOUND.finditer(text)
        for operator, number, unit, open_end in [match.groups()]
        if operator or (open_end and (open_end != " or less" or unit == "g/m2"))
    ]
    ranges: list[Range] = []
    position = 0
    while position < len(bounds):
        bound, following = bounds[position], bounds[position + 1] if position + 1 < len(bounds) else None
        joined = following is not None and text[bound.end : following.start].strip() == "but"
        unit = bound.unit or (following.unit if joined and following else None)
        if following is not None and joined and unit and (pair := _pair(bound, following, unit)):
            ranges.append(_named(pair, text, bound))
            position += 2
            continue
        if unit and (single := _single(bound, unit)):
            ranges.append(_named(single, text, bound))
        position += 1
    return tuple(ranges)


def _pair(low_bound: _Bound, high_bound: _Bound, unit: str) -> Range | None:
    low = _as_low(low_bound.operator, low_bound.value * _TARIFF_UNITS[unit][1])
    high = _as_high(high_bound.operator, high_bound.value * _TARIFF_UNITS[high_bound.unit or unit][1])
    if low is None or high is None:
        return None
    return Range(_TARIFF_UNITS[unit][0], low[0], high[0], low[1], high[1])


def _single(bound: _Bound, unit: str) -> Range | None:
    canonical, scale = _TARIFF_UNITS[unit]
    if (low := _as_low(bound.operator, bound.value * scale)) is not None:
        return Range(canonical, low[0], math.inf, low[1], True)
    if (high := _as_high(bound.operator, bound.value * scale)) is not None:
        return Range(canonical, -math.inf, high[0], False, high[1])
    return None


def _named(found: Range, text: str, bound: _Bound) -> Range:
    """The range, marked when the measure its text names last before the figure is a thickness ("of a
    thickness of 4.75mm or more", not "of a thickness of 3 mm or more, of a width of 600 mm or more") or a width."""
    measures = _MEASURES.findall(text[max(0, bound.figure - THICKNESS_REACH) : bound.figure])
    last = measures[-1] if measures else ""
    return replace(found, thickness=last == "thick", width=last in ("width", "wide"))


def ranges_to_check(ranges: tuple[Range, ...], figures: dict[str, list[float]]) -> list[Range]:
    """The ranges the line's figures can test: of a unit it states, and no width when its one size is a gauge."""
    gauge_only = len(figures.get("mm", ())) == 1 and figures["mm"][0] <= LONE_GAUGE
    return [r for r in ranges if r.unit in figures and not (r.width and gauge_only)]


def fits(ranges: list[Range], figures: dict[str, list[float]]) -> bool:
    """Whether the stated figures can each sit in a different range ("3 mm ... 1250 mm" fits a thickness of 3 to
    4.75 mm and a width of 600 mm or more, but not a thickness over 10 mm: the 1250 is the width)."""
    for unit in {r.unit for r in ranges}:
        slots = [r for r in ranges if r.unit == unit]
        values = figures[unit][:MOST_FIGURES]
        if (thick := [slot for slot in slots if slot.thickness]) and len(values) >= len(slots):
            if not all(slot.holds(min(values)) for slot in thick):
                return False
            slots, values = [slot for slot in slots if not slot.thickness], sorted(values)[1:]
        wanted = min(len(slots), len(values))
        if not any(
            all(slot.holds(value) for slot, value in zip(placed, chosen, strict=True))
            for chosen in permutations(values, wanted)
            for placed in permutations(slots, wanted)
        ):
            return False
    return True


POWER_FACTOR = 0.8  # the rating of generating sets: 100 kW is 125 kVA
_GENERATOR = re.compile(
    r"\b(?:generator|генератор|alternator|jeneratör|электростанц|elektrostans|(?:و?ال)?مولد)|发电机"
)


def line_figures(description: str) -> dict[str, list[float]]:
    """Figures with units a line states, by unit: "дизель 100 кВА" -> {"kva": [100.0]}; each size of a
    dimension gets its unit: "лист 0,8x1250 мм" -> {"mm": [0.8, 1250.0]}."""
    found: dict[str, list[float]] = {}
    text = description.lower().translate(ARABIC_SCRIPT_FOLDING)  # Persian digits and letters as typed anywhere
    sized = list(_DIMENSIONS.finditer(text))
    for match in [*sized, *_LINE_FIGURE.finditer(text)]:
        if match.re is _LINE_FIGURE and any(size.start() <= match.start() < size.end() for size in sized):
            continue
        numbers, spelling = match.groups()
        if spelling == "oz" and not _FABRIC.search(text):
            continue
        for pattern, unit, scale in _LINE_UNITS:
            if re.fullmatch(pattern, spelling):
                found.setdefault(unit, []).extend(float(n.replace(",", ".")) * scale for n in _SIZE.findall(numbers))
                break
    if "kw" in found and "kva" not in found and _GENERATOR.search(text):  # split by kVA in the tariff, sold by kW
        found["kva"] = [kilowatts / POWER_FACTOR for kilowatts in found["kw"]]
    return found


def _as_low(operator: str, value: float) -> tuple[float, bool] | None:
    if operator in _LOWER:
        return value, False
    if operator in {"not less than", "or more"}:
        return value, True
    return None


def _as_high(operator: str, value: float) -> tuple[float, bool] | None:
    if operator in _UPPER:
        return value, True
    if operator == "less than":
        return value, False
    if operator == "or less":
        return value, True
    return None
