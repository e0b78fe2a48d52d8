"""Reading product lists (CSV / XLSX invoices and packing lists in English, Russian and Turkmen)."""

from adapters.reading.in_memory import InMemoryProductListReader
from adapters.reading.limits import ReadingLimits
from adapters.reading.reader import PolarsProductListReader

__all__ = ["InMemoryProductListReader", "PolarsProductListReader", "ReadingLimits"]
