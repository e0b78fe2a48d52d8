from domain.classification.national_tariff import NationalTariff


class InMemoryTariffStore:
    """The NationalTariffStore twin for tests: every saved version kept, the last one current."""

    def __init__(self) -> None:
        self.versions: dict[str, list[NationalTariff]] = {}

    def current(self, country: str) -> NationalTariff | None:
        saved = self.versions.get(country.upper())
        return saved[-1] if saved else None

    def save(self, tariff: NationalTariff) -> None:
        self.versions.setdefault(tariff.country.upper(), []).append(tariff)
