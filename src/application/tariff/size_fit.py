"""Which national lines a description's stated sizes fit: '420 l' breaks 'не более 340 л' and meets 'более 340 л'."""

from dataclasses import dataclass, field

from application.tariff.thresholds import bounds, stated_sizes
from domain.classification.national_tariff import NationalTariffLine


@dataclass(frozen=True, slots=True)
class SizeFit:
    fitting: list[NationalTariffLine]  # every line when no stated size breaks a bound (or all lines break one)
    ruled_out: str = ""  # "420 l rules out 'не более 340 л'", empty when no line was ruled out
    met: dict[str, str] = field(default_factory=dict)  # line code -> the bound the stated size meets, as written


def size_fit(description: str, lines: list[NationalTariffLine]) -> SizeFit:
    sizes = stated_sizes(description)
    if not sizes:
        return SizeFit(lines)
    fitting, broken, met = [], [], {}
    for line in lines:
        relevant = [b for text in line.texts.values() for b in bounds(text) if b.quantity in sizes]
        misfit = next((b for b in relevant if not b.admits(sizes[b.quantity][0])), None)
        if misfit is not None:
            broken.append(f"'{misfit.written}'")
            continue
        fitting.append(line)
        if relevant:
            met[line.code] = relevant[0].written
    if not fitting:
        return SizeFit(lines)
    stated = ", ".join(written for _, written in sizes.values())
    return SizeFit(fitting, f"{stated} rules out {', '.join(broken)}" if broken else "", met)
