"""A nomenclature held in a dict, for tests of the parts that only check codes."""

from domain.classification.commodity_code import digits_of


class InMemoryNomenclature:
    """Knows exactly the codes it is given, with their texts and national lines."""

    def __init__(
        self,
        texts: dict[str, str],
        national: dict[tuple[str, str], list[tuple[str, str]]] | None = None,
    ) -> None:
        self._texts = dict(texts)
        self._national = dict(national or {})

    def tariff_text(self, code: str) -> str | None:
        digits = digits_of(code)
        if digits in self._texts:
            return self._texts[digits]
        for lines in self._national.values():
            for national_code, text in lines:
                if national_code == digits:
                    return text
        return None

    def exists(self, code: str) -> bool:
        return self.tariff_text(code) is not None

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        return list(self._national.get((hs6, country), []))

    def supplementary_unit(self, code: str) -> str | None:
        return None
