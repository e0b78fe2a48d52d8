import msgspec

from entrypoints.http.schemas.credits import PackageOut


class ErrorOut(msgspec.Struct):
    """Every error: `code` is stable (clients branch on it), `message` is for people."""

    code: str
    message: str
    problems: list[str] | None = None
    fields: list[str] | None = None  # the form fields at fault (a header's), for a page to mark


class CreditsShortOut(msgspec.Struct):
    """402: the balance cannot pay for even the first line."""

    code: str
    message: str
    detail: str
    balance: int
    required: int
    purchase_options: list[PackageOut]
