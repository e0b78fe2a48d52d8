"""The Content-Disposition of a download: a plain ASCII `filename`, and `filename*` (RFC 6266) for any other."""

import re
import unicodedata
from urllib.parse import quote

_NOT_PLAIN = re.compile(r"[^A-Za-z0-9._-]+")


def attachment(name: str) -> str:
    """`name` is a download_name(): no path, quote or control character. 'счёт-report.csv' is sent as
    `filename="report.csv"; filename*=UTF-8''%D1%81...` (a browser that reads filename* uses that)."""
    plain = _NOT_PLAIN.sub("", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii"))
    if plain == name:
        return f'attachment; filename="{name}"'
    fallback = re.sub(r"-{2,}", "-", plain).lstrip(".-_") or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
