"""Chart sheets hold no cells: the reader never hands one to calamine, which logged "'chartsheet' not a valid
worksheet" for each, a warning the CLI printed to stderr (no logging is set up there) and the server logged."""

import io
import logging

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()


def _with_chart_sheet(data_sheet_hidden: bool) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Goods"
    for row in (["Description", "Quantity", "Amount, USD"], ["Bolts M8", 100, 12.5], ["Nuts M8", 200, 8.0]):
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    book.create_chartsheet("Chart", 0).add_chart(chart)
    if data_sheet_hidden:
        sheet.delete_rows(1, 1)  # no header left: the chart's data only
        sheet.sheet_state = "hidden"
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def _calamine_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name.startswith("calamine")]


def test_a_list_beside_a_chart_sheet_is_read_and_nothing_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    listing = reader.read(_with_chart_sheet(data_sheet_hidden=False), "with-chart.xlsx")
    assert [line.description for line in listing.lines] == ["Bolts M8", "Nuts M8"]
    assert _calamine_records(caplog) == []


def test_a_workbook_showing_only_a_chart_is_called_empty_naming_it_and_nothing_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(UnusableFile, match=r"^chart\.xlsx is empty: sheet 'Chart' has no cells\.$"):
        reader.read(_with_chart_sheet(data_sheet_hidden=True), "chart.xlsx")
    assert _calamine_records(caplog) == []
