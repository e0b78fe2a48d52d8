"""Goods named before a vehicle or machine are for it: "Shock absorber rear Toyota Camry", "Стекло лобовое
Hyundai Sonata", "Ковш экскаватора для Komatsu PC200" are parts, not the car or excavator, though the model's
name fills most of the line."""

import re

import numpy as np

from adapters.classification.offline.head_noun import is_english
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.qualifiers import qualifiers
from adapters.classification.offline.text import keys, words

# tractors, buses, cars, lorries, special vehicles, motorcycles; cranes, forklifts, earth-moving and harvesting machines
VEHICLES = ("8701", "8702", "8703", "8704", "8705", "8711", "8426", "8427", "8429", "8433")


_FOR = re.compile(r"\b(?:for|fits?|to suit)\b", re.IGNORECASE)
_FOR_AFTER = re.compile(r"(?<!\w)(?:üçin|ucin)(?!\w)", re.IGNORECASE)  # Turkmen: "Toyota Hilux üçin amortizator"


BELOW = 0.3  # how far below the best other subheading a vehicle's falls (more than the rules and sibling words add)


def is_vehicle(code: str) -> bool:
    return code[:4] in VEHICLES and code != "843390"  # parts of harvesting machines are parts


def names_goods_for_a_vehicle(description: str, hits: list[PhraseHit]) -> bool:
    """A vehicle's phrase with other goods named before it: a phrase for them, or a word that neither qualifies
    ("новый", "2022", "white") nor belongs to a vehicle's phrase, unless a kind of vehicle is named (a phrase in
    lower case, "kombaýn"; makes and models are capitalised). In Turkmen any such word with "üçin" ("Toyota
    Hilux üçin amortizator"); English puts adjectives first ("unfinished forklifts"): only a phrase or "for"."""
    vehicles = [hit for hit in hits if is_vehicle(hit.term.code)]
    if not vehicles:
        return False
    begins = min(min(hit.positions) for hit in vehicles)
    if any(not is_vehicle(hit.term.code) and max(hit.positions) < begins for hit in hits):
        return True
    of_vehicles = {position for hit in vehicles for position in hit.positions}
    others = [at for at, qualifies in enumerate(qualifiers(description)) if not qualifies and at not in of_vehicles]
    # Turkmen names what the goods are for before "üçin", the goods after it; "... samoswal, umumy ýollar üçin"
    # is a lorry for the roads, not goods for a lorry
    if (turkmen_for := _FOR_AFTER.search(description)) and _vehicle_before(
        description[: turkmen_for.start()], vehicles
    ):
        return bool(others)
    if is_english(words(description)) and not _FOR.search(description):
        return False
    if any(hit.term.text.islower() for hit in vehicles):
        return False  # a kind of vehicle is named ("Däne ýygnaýjy kombaýn John Deere"): the words describe it
    return any(position < begins for position in others)


def _vehicle_before(before: str, vehicles: list[PhraseHit]) -> bool:
    """Whether a vehicle is named in the last clause of `before` (the words before a Turkmen "üçin")."""
    opened = before.rfind("(")
    clause = max(before.rfind(","), before.rfind(";"), opened if ")" not in before[opened:] else -1) + 1
    first, last = len(keys(before[:clause])), len(keys(before))
    return any(first <= position < last for hit in vehicles for position in hit.positions)


def vehicle_columns(codes: list[str]) -> np.ndarray:
    """True in the columns of the vehicles' subheadings."""
    return np.array([is_vehicle(code) for code in codes], dtype=bool)


def put_vehicles_below_the_goods(
    scores: np.ndarray, lines: list[str], hits: list[list[PhraseHit]], vehicles: np.ndarray
) -> None:
    """On the lines that name goods for a vehicle, every vehicle's subheading drops just below the best other
    one: the part comes first and the vehicle stays among the reviewer's choices (a constant penalty was too
    little where the model's name fills most of the line: "Brake pads Toyota Camry")."""
    for row, (line, found) in enumerate(zip(lines, hits, strict=True)):
        if names_goods_for_a_vehicle(line, found):
            ceiling = scores[row, ~vehicles].max() - BELOW
            scores[row, vehicles] = np.minimum(scores[row, vehicles], ceiling)
