"""The HS nomenclature the commodity codes are checked against."""

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature, Subheading
from adapters.classification.nomenclature.in_memory import InMemoryNomenclature

__all__ = ["HsNomenclature", "InMemoryNomenclature", "Subheading"]
