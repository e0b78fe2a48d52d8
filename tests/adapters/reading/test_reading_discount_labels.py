"""A discount row is no goods line whatever words follow its rate ('Скидка 3% за объём', 'Discount for volume'),
with its amount written negative or positive; goods with a discount word in their name and figures of their own
stay goods."""

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADER = "Description,Qty,Unit,Unit price,Amount USD,Net kg,Gross kg,Origin\n"
GOODS = (
    "Карбамид марки Б,60,t,345.00,20700.00,60000,60300,Russia\n"
    "Селитра аммиачная,40,t,290.00,11600.00,40000,40200,Russia\n"
)
DISCOUNTED = "Итого,,,,31342.00,100000,100500,\n"


def _read(discount: str) -> tuple[list[str], list[str]]:
    listing = reader.read((HEADER + GOODS + discount + DISCOUNTED).encode(), "invoice.csv")
    return [line.description for line in listing.lines], [p.reason for p in listing.all_problems()]


@pytest.mark.parametrize(
    "label",
    ["Скидка 3% за объём", "Скидка за объем", "Скидка 3% на партию", "Discount 3% for volume", "Rebate on the order"],
)
@pytest.mark.parametrize("amount", ["-958.00", "958.00"])
def test_a_discount_with_words_after_its_rate_is_no_goods_line(label: str, amount: str) -> None:
    descriptions, problems = _read(f"{label},,,,{amount},,,\n")
    assert descriptions == ["Карбамид марки Б", "Селитра аммиачная"]
    assert problems == [
        f"'{label}' 958.00 USD (line 4 of the file) is a discount, not goods: not declared as an item; deduct it in "
        "the valuation only where customs accepts the discount"
    ]


def test_goods_named_after_a_discount_with_figures_of_their_own_stay_goods() -> None:
    listing = reader.read(
        (HEADER + GOODS + "Скидка на карту (пластиковые карты),500,pcs,1.00,500.00,5,6,China\n").encode(), "invoice.csv"
    )
    assert [line.description for line in listing.lines][2:] == ["Скидка на карту (пластиковые карты)"]
