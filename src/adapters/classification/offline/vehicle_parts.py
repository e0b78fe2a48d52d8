"""Goods named before a vehicle or machine are for it: "Shock absorber rear Toyota Camry", "Стекло лобовое
Hyundai Sonata", "Ковш экскаватора для Komatsu PC200" are parts, not the car or excavator, though the model's
name fills most of the line."""

import re

import numpy as np

from adapters.classification.offline.head_noun import is_english
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.qualifiers import qualifiers
from adapters.classification.offline.text import words

# tractors, buses, cars, lorries, special vehicles, motorcycles; cranes, forklifts, earth-moving and harvesting machines
VEHICLES = ("8701", "8702", "8703", "8704", "8705", "8711", "8426", "8427", "8429", "8433")


_FOR = re.compile(r"\b(?:for|fits?|to suit)\b", re.IGNORECASE)
_FOR_AFTER = re.compile(r"(?<!\w)(?:üçin|ucin)(?!\w)", re.IGNORECASE)  # Turkmen: "Toyota Hilux üçin amortizator"


def is_vehicle(code: str) -> bool:
    return code[:4] in VEHICLES


def names_goods_for_a_vehicle(description: str, hits: list[PhraseHit]) -> bool:
    """A vehicle's phrase with other goods named before it: a phrase for them, or a word that neither qualifies
    ("новый", "2022", "white") nor belongs to a vehicle's phrase ("Легковой автомобиль Toyota Camry"); in Turkmen
    any such word with "üçin" ("Toyota Hilux üçin amortizator"). English puts adjectives first ("unfinished
    forklifts"): there only a phrase or "for" says so."""
    vehicles = [hit for hit in hits if is_vehicle(hit.term.code)]
    if not vehicles:
        return False
    begins = min(min(hit.positions) for hit in vehicles)
    if any(not is_vehicle(hit.term.code) and max(hit.positions) < begins for hit in hits):
        return True
    of_vehicles = {position for hit in vehicles for position in hit.positions}
    others = [at for at, qualifies in enumerate(qualifiers(description)) if not qualifies and at not in of_vehicles]
    if _FOR_AFTER.search(description):  # Turkmen names what the goods are for before "üçin", the goods after it
        return bool(others)
    if is_english(words(description)) and not _FOR.search(description):
        return False
    return any(position < begins for position in others)


def vehicle_columns(codes: list[str]) -> np.ndarray:
    """1.0 in the columns of the vehicles' subheadings."""
    return np.array([is_vehicle(code) for code in codes], dtype=np.float32)
