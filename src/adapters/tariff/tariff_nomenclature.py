"""The HS nomenclature with the imported national tariffs laid over it (wraps any Nomenclature)."""

from collections.abc import Sequence

from application.ports.classifier import Nomenclature
from application.ports.clock import Clock
from application.ports.tariff import NationalTariffStore
from domain.classification.commodity_code import digits_of
from domain.declaration.classified_line import NO_SUPPLEMENTARY_UNIT


class TariffNomenclature:
    """HS texts from `inner`; national lines in force today from the tariff store of each country in `countries`."""

    def __init__(
        self, inner: Nomenclature, store: NationalTariffStore, clock: Clock, countries: Sequence[str] = ("TM",)
    ) -> None:
        self._inner, self._store, self._clock, self._countries = inner, store, clock, tuple(countries)

    def tariff_text(self, code: str, language: str | None = None) -> str | None:
        """A national line's text (in `language` when the tariff has it) when a loaded tariff has the line; else the
        HS text of the chapter, heading or HS-6."""
        digits = digits_of(code)
        if len(digits) > 6:
            today = self._clock.now().date()
            for country in self._countries:
                tariff = self._store.current(country)
                if tariff is not None and (line := tariff.line(digits, today)) is not None:
                    return line.text(language)
        return self._inner.tariff_text(code)

    def supplementary_unit(self, code: str) -> str | None:
        today = self._clock.now().date()
        for country in self._countries:
            tariff = self._store.current(country)
            if tariff is not None and (line := tariff.line(digits_of(code), today)) is not None:
                if line.supplementary_unit is None and not tariff.states_units:
                    break  # a tariff imported without its units says nothing of them
                return line.supplementary_unit or NO_SUPPLEMENTARY_UNIT
        return self._inner.supplementary_unit(code)

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        tariff = self._store.current(country)
        if tariff is None:
            return self._inner.national_lines(hs6, country)
        return [(line.code, line.text()) for line in tariff.lines_under(digits_of(hs6), self._clock.now().date())]
