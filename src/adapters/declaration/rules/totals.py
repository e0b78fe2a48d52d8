"""The total gross mass against the sum of the items', and national amounts against the exchange rate.

Each item's mass is rounded on its own to 0.001 kg, so their sum may drift from the rounded total by half a gram
per item: the tolerance is 0.001 kg per item. Money adds up exactly (`money_sums`): an item's amount in national
currency is its share of the declaration's, so it may differ from its own foreign amount x rate by a cent.
"""

from decimal import Decimal

from adapters.declaration.country import CountrySchema
from adapters.declaration.rounding import money
from adapters.declaration.rules.tree import Element, items_of, number, problem, text
from domain.goods.problems import RowProblem, Severity

MONEY_TOLERANCE = Decimal("0.01")
MASS_TOLERANCE_PER_ITEM = Decimal("0.001")
INVOICE = "Valuation/Gs_Invoice"
GROSS_TOTAL = "Valuation/Weight/Gross_weight"
FREIGHT = "Valuation/Gs_external_freight"
FREIGHT_STATED = "header: external_freight"  # the header field a broker fills in for box 12's freight
# the declaration's amounts and each item's, in foreign and national currency: (declaration, item, name)
AMOUNTS = (
    (INVOICE, "Valuation_item/Item_Invoice", "invoice"),
    (FREIGHT, "Valuation_item/item_external_freight", "external freight"),
    ("Valuation/Gs_insurance", "Valuation_item/item_insurance", "insurance"),
)


def totals_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    items = items_of(root)
    problems = []
    masses = [number(item, "Valuation_item/Weight_itm/Gross_weight_itm") for item in items]
    gross = number(root, GROSS_TOTAL)
    if items and gross is not None and None not in masses:
        summed = sum((m for m in masses if m is not None), Decimal(0))
        if abs(summed - gross) > MASS_TOLERANCE_PER_ITEM * len(items):
            problems.append(
                problem(f"the total gross mass is {gross} kg but the items add up to {summed} kg", GROSS_TOTAL)
            )
    problems += _carriage_problems(root)
    rates = [_rate_problems(root, items, country, *amount) for amount in AMOUNTS]
    return problems + [found for amount in rates for found in amount]


# Incoterms 2020 under which the seller pays the carriage to the destination, so the price includes it
_CARRIAGE_PAID = frozenset({"CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"})
# E and F terms: the price ends at the seller's works or where the goods are handed to the buyer's carrier
_CARRIAGE_UNPAID = frozenset({"EXW", "FCA", "FAS", "FOB"})


def _carriage_problems(root: Element) -> list[RowProblem]:
    """Freight added under terms whose price includes the carriage, or missing under terms whose price excludes
    it, is a warning: the customs value is the price plus the carriage (and insurance) to the border of entry."""
    incoterm = text(root, "Transport/Delivery_terms/Code")
    freight = root.find(FREIGHT) is not None
    if incoterm in _CARRIAGE_PAID and freight:
        reason = f"freight is added to the invoice although under {incoterm} the price includes the carriage"
        return [RowProblem(None, FREIGHT_STATED, reason, Severity.WARNING)]
    if incoterm in _CARRIAGE_UNPAID and not freight:
        place = text(root, "Transport/Delivery_terms/Place")
        terms, leg = (f"{incoterm} {place}", f"from {place} ") if place else (incoterm, "")
        reason = (
            f"under {terms} the price excludes the carriage to the border: state the freight (and insurance) "
            f"{leg}to the border of entry in box 12 (the header's costs: external_freight, insurance); until then "
            "the customs value is the bare price"
        )
        return [RowProblem(None, FREIGHT_STATED, reason, Severity.WARNING)]
    return []


def _rate_problems(
    root: Element, items: list[Element], country: CountrySchema, total_path: str, item_path: str, name: str
) -> list[RowProblem]:
    """Amount_national_currency = Amount_foreign_currency x Currency_rate, within a cent (see above)."""
    problems = []
    currency, exchange_rate = text(root, f"{total_path}/Currency_code"), number(root, f"{total_path}/Currency_rate")
    rate_not_one = currency == country.national_currency and exchange_rate is not None and exchange_rate != 1
    if rate_not_one and total_path == INVOICE:  # said once, of the invoice: freight and insurance share its rate
        reason = f"the {name} is in {currency}, the national currency: its rate must be 1"
        problems.append(problem(reason, total_path))
    invoices: list[tuple[int | None, Element | None]] = [(None, root.find(total_path))]
    invoices += [(position, item.find(item_path)) for position, item in enumerate(items, 1)]
    for position, invoice in invoices:
        if invoice is None:
            continue
        foreign, national = number(invoice, "Amount_foreign_currency"), number(invoice, "Amount_national_currency")
        invoice_rate = number(invoice, "Currency_rate")
        if foreign is None or national is None or invoice_rate is None:
            continue
        expected = money(foreign * invoice_rate)
        if abs(expected - national) > MONEY_TOLERANCE:
            path = item_path if position else total_path
            problems.append(
                problem(
                    f"{national} in national currency is not {foreign} x {invoice_rate} = {expected}",
                    f"{path}/Amount_national_currency",
                    position,
                )
            )
    return problems
