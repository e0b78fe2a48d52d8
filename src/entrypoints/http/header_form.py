"""Header fields of an upload (and of an account profile) checked with the header-file rules."""

import json

from adapters.declaration.errors import HeaderFileError
from adapters.declaration.header_file import load_header
from application.pipeline.header_fields import FIELD_OF_KEY, header_table, unknown_fields
from domain.declaration.header import DeclarationHeader
from entrypoints.http.errors import InvalidHeader


def upload_header(country: str, profile: dict[str, str], form: dict[str, str]) -> DeclarationHeader:
    """The form over the profile over the demo header; every wrong field is named in one 422."""
    unknown = unknown_fields(form)
    if unknown:
        raise InvalidHeader([f"{name}: unknown field" for name in unknown])
    try:
        return load_header(_toml(header_table(country, profile, form)))
    except HeaderFileError as error:
        raise InvalidHeader([_named(p.column, p.reason) for p in error.problems]) from error


def _toml(table: dict[str, dict[str, str]]) -> bytes:
    """The table as a header file; JSON strings (non-ASCII kept) are TOML basic strings."""
    lines = []
    for section, values in table.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "\n".join(lines).replace("\x7f", "").encode("utf-8")


def _named(key: str | None, reason: str) -> str:
    return f"{FIELD_OF_KEY.get(key, key)}: {reason}" if key else reason
