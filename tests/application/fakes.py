"""Small in-memory stand-ins for the ports the use case tests do not exercise for real."""

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Candidate, Classification, Source
from domain.declaration.declaration import Declaration
from domain.declaration.header import DeclarationHeader, DeliveryTerms, Trader, Transport
from domain.goods.problems import RowProblem
from domain.goods.product_line import ProductLine
from domain.goods.product_list import ProductList
from domain.measures import Mass, Money, Quantity


def header() -> DeclarationHeader:
    return DeclarationHeader(
        flow="I", customs_office="TM0100", declaration_type="IM", general_procedure="4",
        exporter=Trader("Supplier GmbH"), consignee=Trader("Ynam HJ", "101234567890"),
        declarant=Trader("Broker HJ", "109876543210"), trading_country="DE", export_country="DE",
        destination_country="TM", first_destination_country="TM", transport=Transport("3", "01AB123", "TM"),
        delivery_terms=DeliveryTerms("DAP", "Ashgabat"), border_office="TM0200", currency="USD",
    )  # fmt: skip


def line(row: int, description: str, value: str = "10", net: str = "1", gross: str = "1.2") -> ProductLine:
    return ProductLine(
        row=row, description=description, quantity=Quantity(Decimal(1), "H87"),
        net_mass=Mass(Decimal(net)), gross_mass=Mass(Decimal(gross)), value=Money(Decimal(value), "USD"),
        origin="DE",
    )  # fmt: skip


class FakeReader:
    def __init__(self, listing: ProductList) -> None:
        self.listing = listing

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> ProductList:
        return self.listing

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        return len(self.listing.lines)

    def read_chunks(
        self,
        data: bytes,
        filename: str,
        chunk_rows: int = 50_000,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> Iterator[ProductList]:
        """Two lines a chunk, problems of the file on the last one, as the port promises."""
        lines = self.listing.lines
        for start in range(0, len(lines), 2):
            last = start + 2 >= len(lines)
            yield ProductList(
                lines[start : start + 2], self.listing.problems if last else [], columns=self.listing.columns
            )


class KeywordClassifier:
    """Classifies by the first word: 'tea' -> 090220, anything else -> 847130; counts what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.nothing_for: set[str] = set()  # descriptions it finds no candidate for

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        self.asked += [r.description for r in requests]
        return [self._one(r.description) for r in requests]

    def _one(self, description: str) -> Classification:
        if description in self.nothing_for:
            return Classification([], Source.ENGINE, 0.0, needs_review=True)
        code = "090220" if description.lower().startswith("tea") else "847130"
        return Classification([Candidate(code, 0.9, "keyword")], Source.ENGINE, 0.9, needs_review=False)

    def settle(
        self, requests: Sequence[ClassificationRequest], results: Sequence[Classification]
    ) -> list[Classification]:
        """No national tariff: what memory recalled stays as it is."""
        return list(results)


class FakeNomenclature:
    def tariff_text(self, code: str) -> str | None:
        return {"090220": "Green tea", "847130": "Portable computers"}.get(code[:6])

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        return []

    def supplementary_unit(self, code: str) -> str | None:
        return None


class FakeRenderer:
    country = "TM"

    def __init__(self, problems: list[RowProblem] | None = None) -> None:
        self.rendered: list[Declaration] = []
        self.problems = problems or []

    def render(self, declaration: Declaration) -> bytes:
        self.rendered.append(declaration)
        return f"<ASYCUDA items='{len(declaration.items)}'/>".encode()

    def validate(self, xml: bytes) -> list[RowProblem]:
        return list(self.problems)

    def schema(self) -> bytes:
        return b"<xs:schema/>"


class FakeCountries:
    def __init__(self, renderer: FakeRenderer) -> None:
        self._renderer = renderer

    def renderer(self, country: str) -> FakeRenderer:
        return self._renderer

    def national_code_length(self, country: str) -> int:
        return 9


class LedgerCredits:
    """Credits twin with a balance: enough to test reservation, capture and release."""

    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.held: dict[str, int] = {}
        self.charged: dict[str, int] = {}

    async def reserve(self, account_id: str, job_id: str, amount: int) -> bool:
        if job_id in self.held:
            return True
        if amount > self.balance:
            return False
        self.balance -= amount
        self.held[job_id] = amount
        return True

    async def capture(self, account_id: str, job_id: str, amount: int) -> None:
        if job_id in self.charged:
            return
        self.charged[job_id] = amount
        self.balance += self.held.pop(job_id) - amount

    async def release(self, account_id: str, job_id: str) -> None:
        self.balance += self.held.pop(job_id, 0)
