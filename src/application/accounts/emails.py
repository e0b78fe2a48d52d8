"""An e-mail as accounts are keyed by: one spelling per mailbox, whatever keyboard typed it."""

import re
import unicodedata

_EMAIL = re.compile(r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]+$")


def normalised_email(email: str) -> str:
    """Trimmed, lower case, and compatibility letters folded (a full-width 'ａ' is 'a'): two spellings of one
    mailbox are one account."""
    return unicodedata.normalize("NFKC", email).strip().lower()


def is_email(email: str) -> bool:
    """A normalised e-mail's shape: one '@', a dot after it, and no space or control character anywhere."""
    return bool(_EMAIL.match(email))
