"""Which part of a declaration a download asks for: `?part=n`, or `?form=n`, its old name, kept for one release
(a customs user reads 'form' as the SAD form of box 3, which is another thing)."""

from litestar.exceptions import ValidationException

DEPRECATED_FORM = {"Deprecation": "@1795824000"}  # RFC 9745: deprecated since 2026-11-28; use `part`


def declaration_part(part: int | None, form: int | None) -> int:
    """The part asked for, the first when none is; ValidationException (400) when both names ask for different
    parts."""
    if part is not None and form is not None and part != form:
        raise ValidationException(f"part={part} and form={form} ask for different parts; give part only")
    return part or form or 1
