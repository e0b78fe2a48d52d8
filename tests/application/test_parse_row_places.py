"""The declaration's checks of a line read from a file end with its place in the file, as the reader's own
messages do: a broker finds the row in the spreadsheet or the editor, not only among the list's lines."""

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from tests.adapters.reading.invoices import sheet_xlsx
from tests.application.test_process_job import World


async def test_a_wordless_description_and_an_empty_amount_name_the_line_of_the_file() -> None:
    listed = 'Invoice 12\nDescription;Qty;Amount, USD;Net kg\nTea green;1;10;1\n"***\n";2;5;1\nCoffee;1;;1\n'
    world = World(PolarsProductListReader().read(listed.encode(), "x.csv"))
    job = world.store.jobs[await world.run()]
    assert [str(p) for p in job.problems if p.severity is Severity.ERROR] == [
        "row 2, column 'Description': no words to classify in '***': the description must say what the goods are "
        "(line 4 of the file)",
        "row 3, column 'Amount, USD': the amount is empty: a declaration needs the value of every line "
        "(line 6 of the file)",
    ]


async def test_a_workbook_names_the_spreadsheet_row() -> None:
    rows = [["Invoice 12"], ["Description", "Qty", "Amount, USD", "Net kg"], ["12345", 1, 10, 1], ["Tea", 1, None, 1]]
    world = World(PolarsProductListReader().read(sheet_xlsx(rows), "x.xlsx"))
    job = world.store.jobs[await world.run()]
    assert [str(p) for p in job.problems if p.severity is Severity.ERROR] == [
        "row 1, column 'Description': no words to classify in '12345': the description must say what the goods are "
        "(spreadsheet row 3)",
        "row 2, column 'Amount, USD': the amount is empty: a declaration needs the value of every line "
        "(spreadsheet row 4)",
    ]
