"""The charge rows of a list (freight, insurance, discounts, taxes, fees): no goods lines, so never classified
nor declared as items, but kept: named in a warning with their amounts, and counted in the cross-check of a
total that includes them ('Total CIF' = goods + freight + insurance)."""

from dataclasses import dataclass
from decimal import Decimal

from adapters.reading.charge_rows import charge_group
from adapters.reading.line_building import LineBuilder
from adapters.reading.normalised_row import NormalisedRow
from domain.goods.problems import RowProblem, Severity

_LISTED = 10
_ADVICE = {  # (one, several): what becomes of the charges, by how they bear on the customs value
    "added": ("a charge", "charges", "add {} to the header's costs (external_freight, insurance)"),
    "deducted": ("a discount", "discounts", "deduct {} in the valuation only where customs accepts the discount"),
    "other": (
        "a charge",
        "charges",
        "taxes, fees, bank charges and payments on account are not part of the customs value",
    ),
}


@dataclass(frozen=True, slots=True)
class InvoiceCharge:
    place: str  # where to look for the row: 'spreadsheet row 7', 'line 7 of the file'
    position: int  # the frame row, to tell the charges above a total row
    label: str
    group: str  # 'added', 'deducted' or 'other', see vocabulary/charges.toml
    amount: Decimal | None
    currency: str | None

    @property
    def signed(self) -> Decimal:
        """What the charge adds to the goods in a printed total: a discount takes away."""
        amount = abs(self.amount or Decimal(0))
        return -amount if self.group == "deducted" else amount

    def restates(self, earlier: "InvoiceCharge") -> bool:
        """A footer's 'Nakliye' 1,850.00 below the line 'Nakliye (Kayseri - Aşgabat)' 1,850.00: the same charge
        (two rows both labelled 'Freight' 100.00 are two legs)."""
        label = self.label.casefold().rstrip(" :")
        return (
            self.amount is not None
            and (self.group, self.amount, self.currency) == (earlier.group, earlier.amount, earlier.currency)
            and len(label) < len(earlier.label)
            and earlier.label.casefold().startswith(label)
        )

    def __str__(self) -> str:
        amount = "" if self.amount is None else f" {abs(self.amount):,.2f}"
        currency = f" {self.currency}" if self.amount is not None and self.currency else ""
        return f"'{self.label}'{amount}{currency} ({self.place})"


class InvoiceCharges:
    def __init__(self, builder: LineBuilder) -> None:
        self._builder = builder
        self.found: list[InvoiceCharge] = []

    def add(self, row: NormalisedRow) -> None:
        figures = self._builder.numbers(row)
        currency = row.value_currency or row.currency_code or self._builder.plan.currency
        label = row.charge_label or row.description or ""
        charge = InvoiceCharge(
            self._builder.place(row),
            row.position,
            label,
            charge_group(label),
            figures.get("value", figures.get("unit_price")),
            currency,
        )
        if not any(charge.restates(earlier) for earlier in self.found):
            self.found.append(charge)

    def above(self, position: int) -> Decimal:
        """What the charges above this frame row add to the goods."""
        return sum((charge.signed for charge in self.found if charge.position < position), Decimal(0))

    def notes(self) -> list[RowProblem]:
        """One file-level warning for each way the charges bear on the customs value, naming each charge's place in
        the file as the notes on the other rows not read as lines do."""
        notes = []
        for group, (one, several, advice) in _ADVICE.items():
            charges = [charge for charge in self.found if charge.group == group]
            if not charges:
                continue
            named = [str(charge) for charge in charges[:_LISTED]]
            if len(charges) > _LISTED:
                named.append(f"{len(charges) - _LISTED} more")
            listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
            if len(charges) == 1:
                reason = f"{listed} is {one}, not goods: not declared as an item; {advice.format('it')}"
            else:
                reason = f"{listed} are {several}, not goods: not declared as items; {advice.format('them')}"
            notes.append(RowProblem(None, None, reason, Severity.WARNING))
        return notes
