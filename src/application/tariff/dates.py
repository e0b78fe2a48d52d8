"""The dates a tariff file writes its validity in: ISO, Excel's date-time, or day.month.year."""

import re
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def tariff_date(text: str) -> date | None:
    """'2024-01-01', '2024-01-01 00:00:00', '01.01.2024' or '01/01/2024' -> a date; None when it is none."""
    text = text.strip()
    if found := _ISO.fullmatch(text):
        year, month, day = found.groups()
    elif found := _DAY_FIRST.fullmatch(text):
        day, month, year = found.groups()
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
