"""The money of a declaration as it is written: invoice, freight and insurance in the invoice currency and in
manat, for the declaration (Valuation) and for each goods item (Valuation_item), such that every declaration
amount is exactly the sum of the items' amounts, in both currencies, to the cent.

An item's amount is not converted to manat on its own (each rounding would drift the sum off the declaration's
by up to half a cent per item): the declaration's amount is converted and shared out over the items by the
largest remainder (`domain.declaration.allocation`), so each item's manat is within a cent of its own amount x rate.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from adapters.declaration.bindings.tm import InvoiceType
from adapters.declaration.rounding import rate
from domain.declaration.allocation import converted, rounded_keeping_sum
from domain.declaration.declaration import Declaration


@dataclass(frozen=True, slots=True)
class Written:
    """One amount (box 22, or 12's freight or insurance) as written: `foreign` and `national` for the
    declaration, one of each per item, every list adding up exactly to its total."""

    foreign: Decimal
    national: Decimal
    items_foreign: list[Decimal]
    items_national: list[Decimal]


def written(amounts: Sequence[Decimal], exchange_rate: Decimal) -> Written:
    """The items' amounts to the cent (adding up to their sum to the cent), and in national currency."""
    items_foreign = rounded_keeping_sum(amounts)
    national, items_national = converted(items_foreign, exchange_rate)
    return Written(sum(items_foreign, Decimal("0.00")), national, items_foreign, items_national)


@dataclass(frozen=True, slots=True)
class ItemMoney:
    """What one goods item writes: its invoice amount, its shares of freight and insurance (None when it has
    none) and box 46, the sum of the three in national currency. The item keeps its own currency code, so that
    the rules can refuse an item invoiced in another currency than the declaration."""

    invoice: InvoiceType
    external_freight: InvoiceType | None
    insurance: InvoiceType | None
    statistical_value: Decimal


@dataclass(frozen=True, slots=True)
class DeclarationMoney:
    """What the declaration writes (Valuation and box 12's value details) and what each of its items writes."""

    invoice: InvoiceType
    external_freight: InvoiceType | None
    insurance: InvoiceType | None
    added_costs: Decimal  # Value_details: freight and insurance in national currency, 0.00 when there are none
    items: list[ItemMoney]


def declaration_money(declaration: Declaration) -> DeclarationMoney:
    currency, exchange_rate = declaration.header.currency, rate(declaration.header.exchange_rate)
    items = declaration.items
    invoice = written([item.price.amount for item in items], exchange_rate)
    freight = written([item.external_freight for item in items], exchange_rate)
    insurance = written([item.insurance for item in items], exchange_rate)

    def binding(foreign: Decimal, national: Decimal, code: str = currency) -> InvoiceType:
        return InvoiceType(
            amount_national_currency=national,
            amount_foreign_currency=foreign,
            currency_code=code,
            currency_rate=exchange_rate,
        )

    def cost(foreign: Decimal, national: Decimal, code: str = currency) -> InvoiceType | None:
        return binding(foreign, national, code) if foreign else None

    item_money = [
        ItemMoney(
            invoice=binding(invoice.items_foreign[i], invoice.items_national[i], item.price.currency),
            external_freight=cost(freight.items_foreign[i], freight.items_national[i], item.price.currency),
            insurance=cost(insurance.items_foreign[i], insurance.items_national[i], item.price.currency),
            statistical_value=invoice.items_national[i] + freight.items_national[i] + insurance.items_national[i],
        )
        for i, item in enumerate(items)
    ]
    return DeclarationMoney(
        invoice=binding(invoice.foreign, invoice.national),
        external_freight=cost(freight.foreign, freight.national),
        insurance=cost(insurance.foreign, insurance.national),
        added_costs=freight.national + insurance.national if freight.foreign or insurance.foreign else Decimal("0.00"),
        items=item_money,
    )
