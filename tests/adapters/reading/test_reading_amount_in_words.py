"""The invoice's total written out in words on a row of its own is left out and named, with or without a total row
above it; a goods line is never taken for one."""

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    "words",
    ["SAY US DOLLARS NINETEEN THOUSAND SEVEN HUNDRED SEVENTY ONLY", "Сумма прописью: девятнадцать тысяч долларов",
     "YALNIZ ONDOKUZBİN YEDİYÜZYETMİŞ AMERİKAN DOLARI", "Всего наименований 2, на сумму 19 770,00 USD"],
)  # fmt: skip
def test_the_amount_in_words_is_left_out_and_named(words: str) -> None:
    text = f"Description;Qty;Amount USD\nElectric kettle 1.7L;1200;8220\nMicrowave oven 20L;300;11550\n{words};;\n"
    listing = reader.read(text.encode("utf-8"), "invoice.csv")
    assert [line.description for line in listing.lines] == ["Electric kettle 1.7L", "Microwave oven 20L"]
    assert f"'{words}' is the amount in words, not a goods line; it is left out (line 4 of the file)" in [
        problem.reason for problem in listing.problems
    ]


def test_a_goods_line_that_begins_like_one_but_has_figures_stays_a_line() -> None:
    text = "Description;Qty;Amount USD\nSay Cheese photo frames;10;50\n"
    listing = reader.read(text.encode("utf-8"), "invoice.csv")
    assert [line.description for line in listing.lines] == ["Say Cheese photo frames"]
