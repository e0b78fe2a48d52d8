"""A workbook's sheet names as messages write them, and the sheets a broker chose to read (`--sheet`)."""

from collections.abc import Iterable, Sequence

from application.ports.reader import UnusableFile


def listed(items: Iterable[str]) -> str:
    """ "a, b and c"."""
    written = list(items)
    return written[0] if len(written) == 1 else f"{', '.join(written[:-1])} and {written[-1]}"


def quoted_names(names: Iterable[str]) -> str:
    """ "'Invoice 1', 'Invoice 2' and 'Invoice 3'"."""
    return listed(f"'{name}'" for name in names)


def chosen_names(names: Sequence[str], chosen: Sequence[str], filename: str) -> list[str]:
    """The workbook's sheets that were chosen, in the workbook's order; a name is matched as written, else with
    case and surrounding spaces aside. UnusableFile lists the workbook's sheets when one is not found."""
    by_key = {name.strip().casefold(): name for name in names}
    found = set()
    for wanted in chosen:
        name = wanted if wanted in names else by_key.get(wanted.strip().casefold())
        if name is None:
            raise UnusableFile(f"{filename} has no sheet '{wanted}'; its sheets are {quoted_names(names)}.")
        found.add(name)
    return [name for name in names if name in found]
