"""Rules within one goods item: net mass within gross, and its invoice line agreeing with the declaration's."""

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.tree import Element, items_of, number, problem, text
from domain.goods.problems import RowProblem

GROSS = "Valuation_item/Weight_itm/Gross_weight_itm"
NET = "Valuation_item/Weight_itm/Net_weight_itm"
PRICE = "Tarification/Item_price"
INVOICE = "Valuation_item/Item_Invoice"


def goods_item_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    currency = text(root, "Valuation/Gs_Invoice/Currency_code")
    exchange_rate = number(root, "Valuation/Gs_Invoice/Currency_rate")
    problems = []
    for position, item in enumerate(items_of(root), start=1):
        gross, net = number(item, GROSS), number(item, NET)
        if gross is not None and net is not None and net > gross:
            problems.append(
                problem(f"Item {position} net mass {net} kg is more than its gross mass {gross} kg", NET, position)
            )
        price, invoiced = number(item, PRICE), number(item, f"{INVOICE}/Amount_foreign_currency")
        if price is not None and invoiced is not None and price != invoiced:
            problems.append(
                problem(
                    f"Item {position} price {price} differs from its invoice amount {invoiced}",
                    f"{INVOICE}/Amount_foreign_currency",
                    position,
                )
            )
        item_currency = text(item, f"{INVOICE}/Currency_code")
        if currency and item_currency and item_currency != currency:
            problems.append(
                problem(
                    f"Item {position} is invoiced in {item_currency} but the declaration in {currency}",
                    f"{INVOICE}/Currency_code",
                    position,
                )
            )
        item_rate = number(item, f"{INVOICE}/Currency_rate")
        if exchange_rate is not None and item_rate is not None and item_rate != exchange_rate:
            problems.append(
                problem(
                    f"Item {position} exchange rate {item_rate} differs from the declaration's {exchange_rate}",
                    f"{INVOICE}/Currency_rate",
                    position,
                )
            )
    return problems
