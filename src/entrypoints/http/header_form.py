"""Header fields of an upload, a job or an account profile, checked with the header-file rules.

A field left blank is not invented: the header lists it as missing and the declaration is incomplete until it
is filled in (see domain.declaration.header_gaps); a wrong value is refused at once.
"""

from dataclasses import replace

from adapters.declaration.errors import HeaderFileError
from adapters.declaration.header_file import load_draft_header
from adapters.declaration.header_input import as_the_header_writes
from application.pipeline.header_fields import FIELD_OF_KEY, fields_of, header_file_text, header_table, unknown_fields
from domain.declaration.header import DeclarationHeader
from entrypoints.http.errors import InvalidHeader


def upload_header(
    country: str, profile: dict[str, str], form: dict[str, str], *, blank_clears: bool = False
) -> DeclarationHeader:
    """The form over the account's saved fields; every wrong field is named in one 422. `blank_clears`: a field the
    form sent empty stays empty (else it keeps the saved value)."""
    unknown = unknown_fields(form)
    if unknown:
        raise InvalidHeader([(name, "unknown field") for name in unknown])
    form = as_the_header_writes(form)
    if blank_clears:
        cleared = {name for name, value in form.items() if not value.strip()}
        profile = {name: value for name, value in profile.items() if name not in cleared}
    try:
        return load_draft_header(header_file_text(header_table(country, profile, form)))
    except HeaderFileError as error:
        raise InvalidHeader([(_field(p.column), p.reason) for p in error.problems]) from error


def with_saved_currency(header: DeclarationHeader, profile: dict[str, str]) -> DeclarationHeader:
    """The upload's header, its invoice currency marked assumed when it is the account's saved one: the broker
    left the form's saved value, and a list that states another currency throughout is invoiced in that one."""
    saved = profile.get("currency", "").strip().upper()
    return replace(header, currency_assumed=True) if saved and header.currency == saved else header


def blanks_filled(country: str, sent: DeclarationHeader, kept: DeclarationHeader | None) -> DeclarationHeader:
    """A job's header with the boxes it left blank taken from a header sent again with its file; the boxes it states
    stay. A saved currency the job's list turned into its own is no box to fill, nor is that currency's rate."""
    fields = fields_of(sent)
    if sent.currency_assumed and kept is not None and sent.currency != kept.currency:
        fields = {name: value for name, value in fields.items() if name not in ("currency", "exchange_rate")}
    return upload_header(country, fields, fields_of(kept) if kept else {})


def changed_header(country: str, header: DeclarationHeader | None, form: dict[str, str]) -> DeclarationHeader:
    """A job's header with the fields of `form` changed (blank ones keep the header's value)."""
    return upload_header(country, fields_of(header) if header else {}, form)


def _field(key: str | None) -> str | None:
    return FIELD_OF_KEY.get(key, key) if key else None
