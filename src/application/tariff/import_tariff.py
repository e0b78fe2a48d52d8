"""An administrator imports a country's national tariff: every row checked, then all of it or nothing."""

import hashlib
from dataclasses import dataclass

from application.ports.classifier import Nomenclature
from application.ports.clock import Clock
from application.ports.registry import CountryRegistry
from application.ports.tariff import NationalTariffStore, SupplementaryUnits, TariffFileReader
from application.tariff.row_checks import TariffRules, check_overlaps, checked_line
from domain.classification.national_tariff import NationalTariff
from domain.goods.problems import RowProblem


class TariffRejected(Exception):
    """The file has problems; nothing was imported. `problems` name row and column of each."""

    def __init__(self, filename: str, problems: list[RowProblem]) -> None:
        self.filename, self.problems = filename, problems
        listed = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"{filename}: {len(problems)} problem(s), nothing imported\n{listed}")


@dataclass(frozen=True, slots=True)
class TariffImported:
    country: str
    version: str
    lines: int
    subheadings: int  # HS-6 subheadings the lines divide
    heading_rows: int  # rows of the tariff's tree without a national code, skipped
    replaced: NationalTariff | None = None  # the version in force before (kept in the store)


class ImportNationalTariff:
    def __init__(
        self,
        reader: TariffFileReader,
        nomenclature: Nomenclature,
        countries: CountryRegistry,
        units: SupplementaryUnits,
        store: NationalTariffStore,
        clock: Clock,
    ) -> None:
        self._reader, self._nomenclature, self._countries = reader, nomenclature, countries
        self._units, self._store, self._clock = units, store, clock

    def __call__(self, data: bytes, filename: str, country: str) -> TariffImported:
        """Raises TariffRejected listing every problem, or UnusableFile when the file is no tariff table."""
        country = country.strip().upper()
        rules = TariffRules(
            country,
            self._countries.national_code_length(country),
            lambda hs6: self._nomenclature.tariff_text(hs6) is not None,
            self._units,
        )
        rows = self._reader.read(data, filename)
        checked = [(row, line) for row in rows if (line := checked_line(row, rules)) is not None]
        check_overlaps(checked, rules)
        if not rules.problems and not checked:
            rules.problems.append(RowProblem(None, None, "the file has no national tariff lines"))
        if rules.problems:
            raise TariffRejected(filename, sorted(rules.problems, key=lambda p: p.row or 0))
        now = self._clock.now()
        version = f"{now:%Y%m%dT%H%M%SZ}-{hashlib.sha256(data).hexdigest()[:8]}"
        tariff = NationalTariff(country, version, now, filename, (line for _, line in checked))
        replaced = self._store.current(country)
        self._store.save(tariff)
        lines, subheadings = len(tariff.lines), len(tariff.subheadings)
        return TariffImported(country, version, lines, subheadings, rules.heading_rows, replaced)
