"""Group heading rows that carry the sums of the lines below them are not goods; a line without a quantity
whose amount the lines below do not add up stays a line."""

from decimal import Decimal

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Money

reader = PolarsProductListReader()
HEADER = "Description,Qty,Unit,Amount USD,Net weight kg,Origin\n"


def test_group_headings_with_their_sums_are_left_out_and_named() -> None:
    data = (
        HEADER + "Group: Household appliances,,,4920,876,\n"
        "Refrigerator two-door,12,pcs,4920,876,BY\n"
        "Group: Food,,,6728,12208,\n"
        "Sunflower oil 1 l,2400,l,2928,2208,RU\n"
        "Wheat flour,10000,kg,3800,10000,KZ\n"
    ).encode()

    listing = reader.read(data, "invoice.csv")

    assert [line.description for line in listing.lines] == ["Refrigerator two-door", "Sunflower oil 1 l", "Wheat flour"]
    assert sum((line.value.amount for line in listing.lines if line.value), Decimal(0)) == Decimal(11648)
    warnings = [p for p in listing.problems if p.severity is Severity.WARNING and "group heading" in p.reason]
    assert [p.row for p in warnings] == [1, 3]


def test_a_line_without_quantity_that_the_lines_below_do_not_add_up_is_goods() -> None:
    data = (HEADER + "Installation service,,,150,,\nRefrigerator two-door,12,pcs,4920,876,BY\n").encode()

    listing = reader.read(data, "invoice.csv")

    assert listing.lines[0].value == Money(Decimal(150), "USD")
