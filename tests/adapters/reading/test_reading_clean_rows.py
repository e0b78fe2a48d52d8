"""Rows that skip the row-by-row checks must be exactly the rows those checks would find nothing on."""

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.reading import PolarsProductListReader, chunk_normalising
from application.ports.reader import UnusableFile
from domain.goods.product_list import ProductList

HEADER = "Description;Qty;Unit;Unit price;Amount, USD;Net weight, kg;Gross weight, kg;Origin;HS code;Packages"
cells = {
    "description": st.sampled_from(["Pump", "Насос  центробежный", "", " ", "-", "Haryt", "#REF!"]),
    "quantity": st.sampled_from(["2", "0", "-1", "1,5", "abc", "", "1 000"]),
    "unit": st.sampled_from(["pcs", "шт", "kg", "", "blister"]),
    "price": st.sampled_from(["10", "10,00", "", "x", "10 EUR"]),
    "amount": st.sampled_from(["20", "20,00", "15", "", "0", "(5)", "#VALUE!", "$20", "€ 20"]),
    "net": st.sampled_from(["5", "5,5", "6", "", "-1"]),
    "gross": st.sampled_from(["6", "5,5", "5", ""]),
    "origin": st.sampled_from(["CN", "Китай", "Atlantis", "", "#N/A"]),
    "code": st.sampled_from(["8413700000", "841370000", "8413.70", "n/a code", ""]),
    "packages": st.sampled_from(["1", "2,5", "-1", ""]),
}
rows = st.lists(st.tuples(*cells.values()), min_size=1, max_size=8)


def _read(data: bytes) -> ProductList:
    return PolarsProductListReader().read(data, "pumps.csv")


@settings(max_examples=120, deadline=None)
@given(rows)
def test_clean_rows_read_the_same_as_when_every_row_is_checked(table: list[tuple[str, ...]]) -> None:
    data = "\n".join([HEADER, *(";".join(row) for row in table)]).encode()
    try:
        fast = _read(data)
    except UnusableFile:  # only blank rows below the header: no lines either way
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunk_normalising, "_needs_checks", lambda plan: pl.lit(True))
        checked = _read(data)
    assert fast.lines == checked.lines
    assert fast.problems == checked.problems
