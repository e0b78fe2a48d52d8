"""A header written over two rows: group headers ('Weight, kg', 'Количество', 'НДС'), merged or written once over
the columns they span, above the sub-headers that name the parts ('Net' and 'Gross'; 'в одном месте' and 'мест,
штук'; 'ставка' and 'сумма'), as the Russian ТОРГ-12 and счёт-фактура print theirs. Each column's header is then its
group and its sub-header, written 'Количество / мест, штук' and read as one phrase, 'Количество мест, штук': the
sub-header says which of the group's figures the column holds, so the group's word alone ('Количество') does not
name each column of the group. Only where the phrase names nothing ('Amount, USD' over 'FOB') is the column read by
its group alone, a little below a column whose phrase names the field. A sub-header that names a code ('код', 'код по
ОКЕИ', 'Code') gives the group's code, not the group's field: the unit's code beside the unit's name is no unit."""

import re
from dataclasses import dataclass

from adapters.reading.header_matching import field_scores
from adapters.reading.package_contents import figure_per_package
from adapters.reading.table_cells import Row, is_numeric, text_of
from adapters.reading.text_keys import text_key

_NOTE = re.compile(r"\s*[,(\[]")  # where a group header's note starts: 'Weight, kg', 'Сумма (руб.)'
_CODE = re.compile(r"(?:код|коды|code|codes|kod|kody|kodu|kodi)(?: |$)")


@dataclass(frozen=True, slots=True)
class TwoRowHeader:
    written: list[str]  # each column's header as the list writes it: 'Weight, kg / Net'
    read: list[str]  # as it is matched to a field: 'Weight Net, kg'
    under_groups: bool  # the lower row names the parts of groups above it: it is the header's, never a goods line
    # (under a description group, half its parts name a field or code: 'Футболка мужская', 'хлопок' are goods)
    codes: frozenset[int]  # columns whose sub-header names a code of its group ('Единица измерения / код по ОКЕИ')
    by_group: frozenset[int]  # columns read by their group alone: the phrase names no field


def _group_headers(top: list[str], bottom: list[str]) -> list[str]:
    """Carry a group header ('Weight') right over the empty cells whose sub-headers ('Net', 'Gross') it spans."""
    filled, group = [], ""
    for above, below in zip(top, bottom, strict=True):
        group = (above if below else "") if above else (group if below else "")
        filled.append(above or group)
    return filled


def _phrase(group: str, sub: str) -> str:
    """The group and its sub-header as one header, the group's note after both: 'Weight, kg' and 'Net' read as
    'Weight Net, kg', 'Количество' and 'мест, штук' as 'Количество мест, штук'."""
    note = _NOTE.search(group)
    if note is None:
        return f"{group} {sub}"
    return f"{group[: note.start()]} {sub}{group[note.start() :]}"


def _names_parts(groups: list[str], bottom: list[str]) -> bool:
    """Whether the lower row names the parts of a group: two columns or more side by side under one group header,
    each with a sub-header of its own, and some column headed above has none; no digit in any of them (a goods
    line fills most columns, and its figures, sizes or model numbers are written with digits)."""
    own = [bool(below) and below != above for above, below in zip(groups, bottom, strict=True)]
    if any(mine and any(character.isdigit() for character in below) for mine, below in zip(own, bottom, strict=True)):
        return False
    spanned = any(
        groups[i] and groups[i] == groups[i + 1] and own[i] and own[i + 1] and bottom[i] != bottom[i + 1]
        for i in range(len(groups) - 1)
    )
    return spanned and any(above and not mine for above, mine in zip(groups, own, strict=True))


def two_row_header(top_row: Row, bottom_row: Row) -> TwoRowHeader | None:
    """The header `top_row` and `bottom_row` make together; None when the lower row holds a number or nothing.
    Cells of a block merged down over both rows stand in both with the same text (see RawTable.head)."""
    bottom = [text_of(v) for v in bottom_row]
    if not any(bottom) or any(is_numeric(b) for b in bottom if b):
        return None
    top = [text_of(v) for v in top_row]
    groups = _group_headers(top, bottom)
    written, read, codes, by_group = [], [], set(), set()
    described = named_descriptions = 0  # parts of a description group, and those that name a field or code
    for column, (group, sub) in enumerate(zip(groups, bottom, strict=True)):
        if group and sub and group != sub:
            phrase = _phrase(group, sub)
            written.append(f"{group} / {sub}")
            describes = "description" in field_scores(group)
            described += describes
            if _best(field_scores(sub)) > _best(field_scores(phrase)):
                read.append(f"{group} / {sub}")  # 'Weight, kg' over 'G.W.': the sub-header names the field
                named_descriptions += describes
            elif field_scores(phrase) or figure_per_package(phrase) is not None:
                read.append(phrase)  # 'Количество в одном месте' names one package's quantity: no field
                named = _best(field_scores(phrase)) > _best(field_scores(group)) or bool(field_scores(sub))
                named_descriptions += describes and (named or bool(_CODE.match(text_key(sub))))
            else:
                read.append(group)
                by_group.add(column)
            if _CODE.match(text_key(sub)):
                codes.add(column)
        else:
            written.append(group or sub)
            read.append(group or sub)
    under_groups = _names_parts(groups, bottom) and 2 * named_descriptions >= described
    return TwoRowHeader(written, read, under_groups, frozenset(codes), frozenset(by_group))


def _best(scores: dict[str, float]) -> float:
    return max(scores.values(), default=0.0)
