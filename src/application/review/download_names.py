"""What a job's downloads are saved as: named after the uploaded product list, never a path or a job id.

`invoice-ru.csv` gives `invoice-ru-declaration-1.xml` and `invoice-ru-report.csv`. The uploaded name is the
browser's word: only its last path part is kept, and only letters (any script), digits, `.`, `_` and `-`."""

import re
import unicodedata
from pathlib import PurePosixPath

MAX_STEM = 80
_UNSAFE = re.compile(r"[^\w.-]+")  # \w is Unicode: Cyrillic and Turkmen letters stay; controls, quotes, / go
_DASHES = re.compile(r"-{2,}")


def download_name(uploaded: str, file: str) -> str:
    """`file` ('declaration-1.xml', 'report.csv') after the uploaded file's name without its extension."""
    last_part = uploaded.replace("\\", "/").rsplit("/", 1)[-1]
    stem = unicodedata.normalize("NFC", PurePosixPath(last_part).stem)
    stem = _DASHES.sub("-", _UNSAFE.sub("-", stem))[:MAX_STEM].strip(".-_")
    return f"{stem}-{file}" if stem else file
