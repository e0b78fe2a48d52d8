"""Commodity_code + Precision_1 make one national tariff line of the country's length; an undivided code
(HS-6 padded with zeros, subdivision not looked up) is allowed only in exactly that form, with a warning."""

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.tree import Element, items_of, problem, text
from domain.goods.problems import RowProblem, Severity

HSCODE = "Tarification/HScode"
SHOWN_ITEMS = 10


def commodity_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    problems, undivided = [], []
    for position, item in enumerate(items_of(root), start=1):
        commodity = text(item, f"{HSCODE}/Commodity_code") or ""
        precision = text(item, f"{HSCODE}/Precision_1") or ""
        national = commodity + precision
        if not national.isdigit():
            continue  # the XSD reports malformed parts
        if len(national) != country.national_code_length:
            problems.append(
                problem(
                    f"Item {position} commodity code {national} has {len(national)} digits; "
                    f"{country.name} codes have {country.national_code_length} "
                    f"({country.commodity_digits} in Commodity_code + the rest in Precision_1)",
                    HSCODE,
                    position,
                )
            )
        elif _unverified(item):
            if (wrong := _not_undivided(national, position)) is not None:
                problems.append(wrong)
            else:
                undivided.append(position)
    return problems + _undivided(undivided)


def _unverified(item: Element) -> bool:
    hscode = item.find(HSCODE)
    return hscode is not None and (hscode.get("verified") or "").strip() in {"false", "0"}


def _not_undivided(national: str, position: int) -> RowProblem | None:
    hs6, padding = national[:6], national[6:]
    if set(padding) == {"0"}:
        return None
    return problem(
        f"Item {position} commodity code {national} is marked unverified but is not HS {hs6} padded with "
        "zeros: an unverified code may only be the undivided form",
        HSCODE,
        position,
    )


def _undivided(positions: list[int]) -> list[RowProblem]:
    """One warning for the declaration, however many items carry the undivided form."""
    if not positions:
        return []
    named = ", ".join(map(str, positions[:SHOWN_ITEMS])) + (" ..." if len(positions) > SHOWN_ITEMS else "")
    reason = (
        f"national subdivision not verified on {len(positions)} goods item(s) ({named}): their codes are the HS "
        "subheading padded with zeros; check the national tariff"
    )
    return [RowProblem(None, "commodity code", reason, Severity.WARNING)]
