"""A workbook written by a script holds formulas without a saved value, which read as empty cells: the problem on
such a cell says it is a formula and how to give it a value, instead of only that it is empty."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from adapters.reading.unsaved_formulas import UNSAVED_FORMULA, UnsavedFormulaCells
from domain.goods.problems import Severity

reader = PolarsProductListReader()
SCRIPTED_INVOICE = [  # openpyxl writes a formula with no saved value, as an ERP export script does
    ["Description", "Quantity", "Unit", "Unit price", "Amount USD", "Net weight kg", "Country of origin"],
    ["Refrigerator, household, 300 l", 10, "pcs", 300, 3000, 600, "Turkey"],
    ['=HYPERLINK("https://shop.example/tv43", "LED TV 43 inch")', 20, "pcs", 210, 4200, 180, "China"],
    ["Gas cooker, 4 burners", 10, "pcs", 120, "=B4*D4", 400, "Turkey"],
]


def test_a_formula_with_no_saved_value_is_named_as_one() -> None:
    listing = reader.read(sheet_xlsx(SCRIPTED_INVOICE), "export.xlsx")
    assert [(str(p), p.severity) for p in listing.lines[1].problems] == [
        (f"row 2, column 'Description': {UNSAVED_FORMULA} (spreadsheet row 3)", Severity.ERROR)
    ]
    assert [(str(p), p.severity) for p in listing.lines[2].problems] == [
        (f"row 3, column 'Amount USD': {UNSAVED_FORMULA} (spreadsheet row 4)", Severity.WARNING)
    ]
    assert listing.lines[2].value is not None and listing.lines[2].value.amount == Decimal(1200)  # quantity x price
    assert not listing.lines[0].problems


def test_a_formula_whose_saved_result_is_empty_text_is_no_unsaved_formula() -> None:
    cells = UnsavedFormulaCells(first_column=0)
    cells(
        b'<row r="2"><c r="A2" t="str"><f>IF(C2="","",C2)</f><v></v></c><c r="B2"><f t="shared" si="0"/></c>'
        b'<c r="C2"><f>D2*E2</f><v>12.5</v></c><x:c r="D2" s="3"><x:f>E2</x:f></x:c></row>'
    )
    assert cells.found == {(1, 1), (1, 3)}
