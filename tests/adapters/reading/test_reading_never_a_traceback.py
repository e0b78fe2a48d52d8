"""Whatever bytes arrive, the reader returns a ProductList or raises UnusableFile: never a traceback."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
cells = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
headers = st.sampled_from(["Description", "Qty", "Кол-во", "Ед. изм.", "Amount, USD", "Origin", "HS code", "Net", ""])


def _read(data: bytes, filename: str) -> None:
    """Either outcome is fine; an UnusableFile must still name the file."""
    try:
        outcome: ProductList | str = reader.read(data, filename)
    except UnusableFile as error:
        outcome = str(error)
    assert isinstance(outcome, ProductList) or outcome.startswith(f"{filename} ")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["list.csv", "list.xlsx"]))
def test_arbitrary_bytes(data: bytes, filename: str) -> None:
    _read(data, filename)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(headers, min_size=1, max_size=6),
    st.lists(st.lists(cells, max_size=7), max_size=6),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]),
)
def test_arbitrary_csv_tables(header: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> None:
    text = "\n".join(delimiter.join(row) for row in [header, *rows])
    _read(text.encode(encoding, errors="replace"), "list.csv")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=2000))
def test_damaged_workbooks(noise: bytes, cut: int) -> None:
    workbook = invoices.english_xlsx()
    _read(workbook[:cut] + noise + workbook[cut + len(noise) :], "list.xlsx")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=500))
def test_workbooks_with_a_garbage_sheet(sheet: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(invoices.english_xlsx())) as source, zipfile.ZipFile(buffer, "w") as target:
        for part in source.infolist():
            content = sheet if part.filename == "xl/worksheets/sheet1.xml" else source.read(part)
            target.writestr(part, content)
    _read(buffer.getvalue(), "list.xlsx")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=500), st.integers(min_value=0, max_value=3000))
def test_workbooks_with_damaged_styles(noise: bytes, cut: int) -> None:
    """The styles say which cells are struck through and which amounts show a currency."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(invoices.english_xlsx())) as source, zipfile.ZipFile(buffer, "w") as target:
        for part in source.infolist():
            content = source.read(part)
            if part.filename == "xl/styles.xml":
                content = content[:cut] + noise + content[cut + len(noise) :]
            target.writestr(part, content)
    _read(buffer.getvalue(), "list.xlsx")
