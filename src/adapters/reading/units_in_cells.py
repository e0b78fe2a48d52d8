"""Units written in the number cells: "100 шт", "12 kg", "1 200 pcs." in a quantity column, "20 кг" in a mass
column. When the list has no unit column, a quantity's number is read and the word after it is the line's unit,
checked like one (an unknown word is a row problem naming it); beside a unit column the cell stays as written.
A mass is read only in kilograms: "500 g" in a kilogram column stays a row problem, not 500 kg. A packages cell is
split the same way: "4 Kisten" is 4 packages, of the kind the word names (see package_kinds)."""

import polars as pl

_NUMBER_THEN_WORD = r"^([-−–+(]?\d[\d\s\u00a0.,'٬٫]*\)?)\s*([^\W\d_][^\d]*?)\.?$"
_KILOGRAMS = r"(?i)^(.*\d)\s*(?:kg|kgs|kq|кг)\.?$"


def quantity_number(cell: pl.Expr) -> pl.Expr:
    """The cell without a unit word after its number."""
    return pl.coalesce(number_before_a_word(cell), cell)


def quantity_unit(cell: pl.Expr) -> pl.Expr:
    """The unit word after a quantity's number, or null."""
    return cell.str.extract(_NUMBER_THEN_WORD, 2)


def number_before_a_word(cell: pl.Expr) -> pl.Expr:
    """The number a word follows ('4 Kisten' -> '4'), or null when the cell is not a number and a word."""
    return cell.str.extract(_NUMBER_THEN_WORD, 1).str.strip_chars()


def mass_number(cell: pl.Expr) -> pl.Expr:
    """The cell without "kg" / "кг" (Azerbaijani "kq") after its number."""
    return pl.coalesce(cell.str.extract(_KILOGRAMS, 1), cell)


def units_written(frame: pl.DataFrame) -> tuple[int, int]:
    """Of the rows of a normalised chunk that may be goods lines with a quantity: (how many write a unit after it
    or an ОКЕИ code for it, how many do neither)."""
    kinds = ("is_total", "maybe_total", "is_charge", "is_group_sum")
    marked = pl.any_horizontal(pl.col(kind).cast(pl.Boolean) for kind in kinds).fill_null(False)  # Null: all empty
    goods = frame.filter(pl.col("quantity_n").is_not_null() & ~marked)
    unwritten = goods.filter(pl.col("unit").is_null() & pl.col("unit_code").is_null()).height
    return goods.height - unwritten, unwritten
