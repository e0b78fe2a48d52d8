"""'GRS' is grams to some suppliers ('Saffron, 500 grs') and a gross to others (twelve dozen: pencils, buttons and
zips are sold by the gross). Read as grams, a line's quantity that could not weigh a tenth of its own net mass
(20 GRS of pencils, net 24 kg) is a count of gross; without a net mass the grams stand."""

from decimal import Decimal

from adapters.reading.text_keys import text_key

GROSS, GRAMS = "GRO", "GRM"
_EITHER = frozenset({"grs"})
_SHARE = Decimal("0.1")
_KILOGRAMS_PER_GRAM = Decimal("0.001")


def read_as_gross(
    written_unit: str | None, unit_code: str | None, amount: Decimal, net_kilograms: Decimal | None
) -> str | None:
    """Why a quantity written in 'GRS' counts gross rather than weighs grams (see the module); None when it weighs
    grams."""
    if unit_code != GRAMS or not written_unit or text_key(written_unit) not in _EITHER or not net_kilograms:
        return None
    if amount * _KILOGRAMS_PER_GRAM >= _SHARE * net_kilograms:
        return None
    return (
        f"'{written_unit}' is read as gross (144 pieces each): {amount} grams could not weigh the net mass "
        f"{net_kilograms} kg; write 'g' for grams"
    )
