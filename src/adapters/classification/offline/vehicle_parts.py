"""Goods named before a vehicle are for that vehicle: "Shock absorber rear Toyota Camry", "Стекло лобовое
Hyundai Sonata", "Alternator for VW Golf" are parts, not cars, though the model's name fills most of the line."""

import numpy as np

from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.qualifiers import qualifiers

VEHICLES = ("8701", "8702", "8703", "8704", "8705", "8711")  # tractors, buses, cars, lorries, special, motorcycles


def is_vehicle(code: str) -> bool:
    return code[:4] in VEHICLES


def names_goods_for_a_vehicle(description: str, hits: list[PhraseHit]) -> bool:
    """A vehicle's phrase with other goods named before it: a phrase for them, or a word that neither qualifies
    ("новый", "2022", "white") nor belongs to a vehicle's phrase ("Легковой автомобиль Toyota Camry")."""
    vehicles = [hit for hit in hits if is_vehicle(hit.term.code)]
    if not vehicles:
        return False
    begins = min(min(hit.positions) for hit in vehicles)
    if any(not is_vehicle(hit.term.code) and max(hit.positions) < begins for hit in hits):
        return True
    of_vehicles = {position for hit in vehicles for position in hit.positions}
    before = qualifiers(description)[:begins]
    return any(not qualifies and position not in of_vehicles for position, qualifies in enumerate(before))


def vehicle_columns(codes: list[str]) -> np.ndarray:
    """1.0 in the columns of the vehicles' subheadings."""
    return np.array([is_vehicle(code) for code in codes], dtype=np.float32)
