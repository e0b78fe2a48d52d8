"""Attribute rules: decide between sibling subheadings on what the description states."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from adapters.classification.offline.attribute import Attribute
from adapters.classification.offline.attribute_catalogue import ATTRIBUTES
from adapters.classification.offline.attributes import all_tariff_values, stated_values
from adapters.classification.offline.common_attributes import CONDITION, CONSTRUCTION, GENDER, MATERIAL
from adapters.classification.offline.footwear_ankle import ANKLE
from adapters.classification.offline.goods_attributes import FIBRE, UPPERS
from adapters.classification.offline.metal_attributes import SEAM
from adapters.classification.offline.numeric_ranges import (
    POWER_FACTOR,
    fits,
    line_figures,
    ranges_to_check,
    tariff_ranges,
)
from adapters.classification.offline.tariff_values import TariffValues

AGREES = 0.12  # the candidate's tariff text names the value the description states
CONFLICTS = 0.18  # it names only other values of that attribute
DECISIVE_CONFLICTS = 2.0  # ... of an attribute that alone moves goods to another heading or chapter (a lexicon
# phrase "wool cape" -> 6202 must not outweigh "knitted" in the line; 1.0 did: dev HS-6 +0.2, trade sets unchanged)
SIBLING_CONFLICTS = 0.5  # ... when a sibling of the same heading names the stated value ("Metal krowat": 9403.20)
FIGURE_CONFLICTS = 1.0  # a stated figure outside a subheading's range ("12 kg" washing machine, "not exceeding 10kg")
UNIDENTIFIED_GARMENT = 0.03  # chapters 61/62 note: garments not identifiable as men's go with women's
USUAL_FIBRE = 0.03  # a garment whose material is not stated is most often of cotton (61/62 trade by volume)
USUAL_LOW_CUT = 0.03  # footwear silent on it most often does not cover the ankle (shoes, trainers, sandals)
USUAL_WEAVE = 0.03  # household linen, curtains and other made-up textiles (ch. 63) are most often woven
DECISIVE = (CONSTRUCTION, GENDER, CONDITION, UPPERS, FIBRE)  # knitted ch. 61 vs woven 62; men's 6203 vs women's 6204
# a stated value of these that a code's tariff text excludes contradicts the code: a supplier's code so contradicted
# is a conflict to decide (declared_conflict.py); figures outside a subheading's range contradict it too
CONTRADICTING = (*DECISIVE, SEAM)
USUAL_VALUES = (  # (attribute, chapter prefixes ("": any), value, lean) where a line is silent on the attribute
    (GENDER, ("",), "women", UNIDENTIFIED_GARMENT),
    (MATERIAL, ("61", "62"), "cotton", USUAL_FIBRE),
    (CONSTRUCTION, ("63",), "woven", USUAL_WEAVE),
    (ANKLE, ("64",), "low", USUAL_LOW_CUT),
)
CLOSE = 0.15  # candidates within this score of the best one are the ones an attribute must separate
RIVALS = 5  # ... and the first one's rivals: it guesses an attribute the line leaves open if they name another


@dataclass(slots=True)
class Judgement:
    """Score changes and reasons per candidate code, and notes on what the description leaves open."""

    adjustments: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    unstated: list[Attribute] = field(default_factory=list)  # deciding attributes the line leaves open
    contradicted: dict[str, str] = field(default_factory=dict)  # code -> what the line states that it excludes

    def add(self, code: str, delta: float, reason: str | None = None) -> None:
        self.adjustments[code] = self.adjustments.get(code, 0.0) + delta
        if reason:
            self.reasons.setdefault(code, []).append(reason)


class AttributeRules:
    """`read`: the values the subheadings' tariff texts name, read when the index was built; other codes' texts
    are read on first use."""

    def __init__(self, tariff_text: Callable[[str], str], read: TariffValues | None = None) -> None:
        self._tariff_text = tariff_text
        self._read = read
        self._named: dict[str, dict[Attribute, frozenset[str]]] = {}  # one entry per subheading: bounded

    def _named_in(self, code: str) -> dict[Attribute, frozenset[str]]:
        named = self._named.get(code)
        if named is None:
            values = self._read.named(code) if self._read else None
            if values is None:
                values = all_tariff_values(self._tariff_text(code))
            named = self._named[code] = {attribute: frozenset(found) for attribute, found in values.items()}
        return named

    def _values(self, attribute: Attribute, code: str) -> frozenset[str]:
        return self._named_in(code)[attribute]

    def judge(self, description: str, ranked: Sequence[tuple[str, float]]) -> Judgement:
        """`ranked` holds (hs6, score) best first; returns how each attribute moves them."""
        judgement = Judgement()
        if not ranked:
            return judgement
        best = ranked[0][1]
        close = [code for code, score in ranked if best - score <= CLOSE]
        rivals = [code for code, _ in ranked[:RIVALS]]
        if figures := line_figures(description):
            self._apply_figures(figures, ranked, judgement)
        for attribute in ATTRIBUTES:
            stated = stated_values(attribute, description)
            if stated:
                self._apply_stated(attribute, stated, ranked, judgement)
            elif attribute.unstated_cost:
                self._apply_unstated_feature(attribute, ranked, judgement)
            elif len({self._values(attribute, code) for code in close}) > 1 or self._guesses(attribute, rivals):
                judgement.notes.append(attribute.missing_note)
                judgement.unstated.append(attribute)
                self._lean_to_usual_value(attribute, ranked, judgement)
        return judgement

    def _lean_to_usual_value(
        self, attribute: Attribute, ranked: Sequence[tuple[str, float]], judgement: Judgement
    ) -> None:
        """A line silent on the attribute leans a little to the value such goods most often have."""
        for leaning_attribute, chapters, value, lean in USUAL_VALUES:
            if attribute is leaning_attribute:
                for code, _ in ranked:
                    if code.startswith(chapters) and value in self._values(attribute, code):
                        judgement.add(code, lean)

    def names_any(self, code: str, attributes: Sequence[Attribute]) -> bool:
        """Whether the code's tariff text names a value of one of the attributes (a line leaving them open)."""
        return any(self._values(attribute, code) for attribute in attributes)

    def _guesses(self, attribute: Attribute, rivals: list[str]) -> bool:
        """The first candidate names a value its rivals do not ("flowerpot" as plastics, rivals of ceramics)."""
        first = self._values(attribute, rivals[0])
        return bool(first) and any(self._values(attribute, code) - first for code in rivals[1:])

    def _apply_figures(
        self, figures: dict[str, list[float]], ranked: Sequence[tuple[str, float]], judgement: Judgement
    ) -> None:
        """Like a stated material: a subheading whose figure ranges hold the stated figures agrees, one that a
        stated figure falls outside of conflicts ("100 кВА": 8502.12 agrees, 8502.11 and .13 conflict)."""
        for code, _ in ranked:
            ranges = ranges_to_check(tariff_ranges(self._tariff_text(code)), figures)
            if not ranges:
                continue
            stated = ", ".join(
                sorted({_as_stated(value, r.unit, figures) for r in ranges for value in figures[r.unit]})
            )
            if fits(ranges, figures):
                judgement.add(code, AGREES, f"figures: {stated} stated, within the subheading's range")
            else:
                judgement.add(code, -FIGURE_CONFLICTS, f"figures: {stated} stated, outside the subheading's range")
                judgement.contradicted[code] = stated

    def _apply_unstated_feature(
        self, attribute: Attribute, ranked: Sequence[tuple[str, float]], judgement: Judgement
    ) -> None:
        """A feature the line is silent about ("metal toe-cap"): the subheadings requiring it go below."""
        for code, _ in ranked:
            if self._values(attribute, code):
                judgement.add(code, -attribute.unstated_cost)

    def _apply_stated(
        self, attribute: Attribute, stated: set[str], ranked: Sequence[tuple[str, float]], judgement: Judgement
    ) -> None:
        agreeing = {code[:4] for code, _ in ranked if self._values(attribute, code) & stated}
        for code, _ in ranked:
            named = self._values(attribute, code)
            if named & stated:
                reward = AGREES if attribute.rewarded else 0.0
                judgement.add(code, reward, f"{attribute.name}: {', '.join(sorted(named & stated))} stated")
            elif named:
                judgement.add(code, -self._conflict(attribute, code[:4] in agreeing))
                if attribute in CONTRADICTING:
                    judgement.contradicted.setdefault(code, f"{attribute.name}: {', '.join(sorted(stated))}")

    @staticmethod
    def _conflict(attribute: Attribute, sibling_agrees: bool) -> float:
        """What naming another value costs: most when the attribute moves goods to another heading, more when a
        sibling in the heading names the stated value (the line picks it over a lexicon phrase's default)."""
        if attribute in DECISIVE:
            return DECISIVE_CONFLICTS
        return SIBLING_CONFLICTS if sibling_agrees else CONFLICTS


def _as_stated(value: float, unit: str, figures: dict[str, list[float]]) -> str:
    """A figure as the line wrote it: a generating set's kVA read from its kW says so."""
    kilowatts = [kw for kw in figures.get("kw", []) if unit == "kva" and abs(kw / POWER_FACTOR - value) < 1e-6]
    if kilowatts:
        return f"{kilowatts[0]:g} kW ({value:g} kVA at power factor {POWER_FACTOR:g})"
    return f"{value:g} {unit}"
