"""A commodity code a broker types (in review, or in a list that teaches the memory), checked against the
nomenclature and the national tariff: an HS-6 subheading, a national line, or the first digits of one."""

from dataclasses import dataclass, field

from application.ports.classifier import Nomenclature
from application.ports.registry import CountryRegistry
from application.review.errors import UnknownCommodityCode
from domain.classification.entered_code import EnteredCode
from domain.errors import InvalidCommodityCode


@dataclass(frozen=True, slots=True)
class TypedCode:
    hs6: str
    national_code: str | None
    tariff_text: str
    notes: list[str] = field(default_factory=list)  # e.g. a prefix that leaves the national line open


def checked_code(code: str, country: str, nomenclature: Nomenclature, countries: CountryRegistry) -> TypedCode:
    """The code as typed (see EnteredCode); UnknownCommodityCode says why one is refused."""
    try:
        entered = EnteredCode.parse(code, countries.national_code_length(country))
    except InvalidCommodityCode as error:
        raise UnknownCommodityCode(str(error)) from None
    hs6_text = nomenclature.tariff_text(entered.hs6)
    if hs6_text is None:
        raise UnknownCommodityCode(f"{entered.hs6} is not an HS subheading")
    known = dict(nomenclature.national_lines(entered.hs6, country))
    national, notes = None, []
    if entered.is_national:
        national = entered.digits
        if not known:
            notes = [_not_verifiable(entered, country)]
        elif national not in known:
            raise UnknownCommodityCode(f"{national} is not a national tariff line of {country} under "
                                       f"{entered.hs6}: {', '.join(sorted(known))}")  # fmt: skip
    elif entered.is_prefix:
        national = entered.line_among(known)
        notes = [] if national else [entered.open_line_note(known)]
    text = (known.get(national) or nomenclature.tariff_text(national) or hs6_text) if national else hs6_text
    return TypedCode(entered.hs6, national, text, notes)


NOT_VERIFIABLE = "the imported tariff of {country} has no national line under {hs6}, so {digits} cannot be verified"


def says_not_verifiable(note: str) -> bool:
    """The note `_not_verifiable` writes, which a tariff imported later may answer."""
    return note.startswith("the imported tariff of ") and " cannot be verified: " in note


def _not_verifiable(entered: EnteredCode, country: str) -> str:
    """A national line under a subheading the imported tariff does not divide is no line it can vouch for: it is
    kept as typed (and learnt so), but declared in the undivided form and marked not verified, as an engine's code
    would be (classified_lines)."""
    undivided = entered.hs6.ljust(entered.national_length, "0")
    said = NOT_VERIFIABLE.format(country=country, hs6=entered.hs6, digits=entered.digits)
    return f"{said}: it is declared as {undivided}, national subdivision not verified"
