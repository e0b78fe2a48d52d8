"""The goods' model, specification, size or type a supplier writes in a column beside the name ('规格', 'Model',
'Размер', 'Modell'): joined to the description as 'name, spec', since the declared commercial description and the
text the classifier reads would otherwise lose '9W E27' or '80x45cm' (ADR 0029).

A spec cell that is empty, a dash, an Excel error, a lone number ('0', '12'), a kind of package ('CTN', 'pk.',
'коробка') or already written in the name as whole words ('LED bulb 9W' with '9W'; size 'S' is not in 'Shirt')
adds nothing. A row without a name, or with an
Excel error for one, keeps its description and so its error: '80x45cm' alone names no goods (a name merged over
several rows is filled down first). The join stays within a declaration's description (MAX_DESCRIPTION): the spec
is cut with '…' where the name leaves too little room, and left out where it leaves none, so the name, which
names the goods, is never the part cut."""

from functools import cache

import polars as pl

from adapters.reading.excel_errors import EXCEL_ERROR
from adapters.reading.numbers import is_blank
from adapters.reading.vocabulary import unit_codes
from domain.declaration.descriptions import ELLIPSIS, MAX_DESCRIPTION

SEPARATOR = ", "
_LONE_NUMBER = r"^[+-]?\d+(?:[.,]\d+)*$"
_CONTAINER = "X"  # Rec 20 counts packages by their Rec 21 code after an 'X': XCT carton, XPK package


@cache
def _package_kinds() -> list[str]:
    """The unit vocabulary's words for a kind of package ('ctn', 'pk', 'коробка') and their Rec 21 codes ('ct')."""
    containers = {key: code for key, code in unit_codes().items() if code.startswith(_CONTAINER)}
    return sorted({*containers, *(code.removeprefix(_CONTAINER).lower() for code in containers.values())})


def _a_package_kind(spec: pl.Expr) -> pl.Expr:
    return spec.str.to_lowercase().str.strip_chars(". ").is_in(_package_kinds())


def _words(text: pl.Expr) -> pl.Expr:
    """' led bulb 9w e27 ': lower case, words apart by one space and one at each end, so that a spec is found in a
    name as whole words ('M' is not in 'Mug', '9W E27' is in 'LED bulb 9W E27')."""
    return " " + text.str.to_lowercase().str.replace_all(r"[^\w]+", " ").str.strip_chars() + " "


def _spaced(text: pl.Expr) -> pl.Expr:
    return text.str.replace_all(r"\s+", " ").str.strip_chars()


def described(name: pl.Expr, spec: pl.Expr) -> pl.Expr:
    """The description of each row: the name, the spec joined to it when it adds something and fits."""
    name, spec = _spaced(name), _spaced(spec)
    unnamed = is_blank(name) | (name == "") | name.str.contains(EXCEL_ERROR)  # its error is told as before
    adds = ~(
        is_blank(spec)
        | (spec == "")
        | spec.str.contains(EXCEL_ERROR)
        | spec.str.contains(_LONE_NUMBER)
        | _a_package_kind(spec)
    )
    already = _words(name).str.contains(_words(spec), literal=True).fill_null(False)
    room = MAX_DESCRIPTION - name.str.len_chars() - len(SEPARATOR)
    fitting = (
        pl.when(spec.str.len_chars() <= room)
        .then(spec)
        .when(room > len(ELLIPSIS))
        .then(spec.str.slice(0, room - len(ELLIPSIS)).str.strip_chars_end() + ELLIPSIS)
    )
    return pl.when(unnamed | ~adds | already | fitting.is_null()).then(name).otherwise(name + SEPARATOR + fitting)
