"""The reader stays split by responsibility (the house guide: about 150 lines a module): opening the file and
choosing its path (reader), a sheet made ready (sheet_preparation), its chunks (sheet_chunks), what every sheet of
a file is read with (file_reading), and a workbook of several sheets (workbook_reading)."""

from pathlib import Path

import pytest

READING = Path(__file__).parents[3] / "src" / "adapters" / "reading"
HOUSE_GUIDE = 150


@pytest.mark.parametrize(
    "module", ["reader", "sheet_preparation", "sheet_chunks", "file_reading", "workbook_reading", "summary_sheets"]
)
def test_the_readers_modules_keep_to_the_house_guide(module: str) -> None:
    lines = (READING / f"{module}.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= HOUSE_GUIDE, f"{module}.py has {len(lines)} lines"
