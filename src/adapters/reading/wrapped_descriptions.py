"""A description wrapped onto the next row without merged cells ('Stainless steel sink, single bowl,' over 'with
drain and overflow kit' alone in the description column): the row is joined to the goods line above, with a space
(none after a hyphen that cut a word: 'Холодиль-' over 'ник'), and is no line of its own.

A row continues the description of the line directly above it (no blank or other row between) only when:
- its only filled cell is the description: no item number, unit, figure or other text;
- no section word or numbering opens it and no colon ends it ('Electrical goods:', 'РАЗДЕЛ 2' are titles);
- it reads on from the line above: its first word is in lower case ('with drain kit', 'белый, 2 компрессора'),
  after the figures of a size that may open it ('3.2 mm wall, galvanised' under 'Steel pipe DN50'; not after a
  count: '20 pcs spare filters'), or it opens with a joining word ('WITH DRIVER', 'inkl. Zubehör'), or the
  description above breaks off with a comma, hyphen, slash, '&', '+', a joining word or a bracket left open
  ('Laptop Lenovo E14,' over 'Intel i5, 8GB RAM').
Any other text-only row ('Free samples of tiles' under a complete description) stays what it was: a section title
when shaped as one and goods lines follow, else a line with its errors, since a goods line whose figures were never
written looks the same and joining it would hide it. A line that ended a chunk was handed on already and is not
joined to. The joined rows are named in one warning. A list of descriptions alone (to classify) joins nothing:
every row of it is a line."""

from adapters.reading.line_building import LineBuilder
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.section_titles import marked_as_a_title
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

_JOINING_WORDS = frozenset(
    {"and", "with", "without", "for", "of", "incl", "including", "plus", "и", "с", "со", "для", "без", "включая",
     "ve", "ile", "için", "und", "mit", "ohne", "für", "inkl", "avec", "pour", "sans", "con", "para", "sin", "com",
     "sem"}
)  # fmt: skip
# the units of a size or share that may follow the figures opening a wrap ('3.2 mm wall', '4 x 2.5 mm²', '50%
# cotton'); a count ('20 pcs spare filters', '5 шт') is goods of their own
_SIZES = frozenset(
    {"mm", "cm", "m", "km", "in", "inch", "inches", "ft", '"', "x", "×", "%", "mm²", "mm2", "cm²", "cm2", "m²", "m2",
     "мм", "см", "м", "мм²", "дюйм", "dn"}
)  # fmt: skip
_FIGURE_CHARACTERS = "0123456789.,/x×*-"
_BREAKING_OFF = (",", "-", "/", "&", "+")
_LISTED = 10


def _word(text: str) -> str:
    return text.strip(".,:;").lower()


def _breaks_off(description: str) -> bool:
    words = description.split()
    return (
        description.endswith(_BREAKING_OFF)
        or description.count("(") > description.count(")")
        or bool(words and _word(words[-1]) in _JOINING_WORDS)
    )


def _first_word(text: str) -> str:
    """The first word not opening with a figure when the figures before it are a size or share: 'mm' of '3.2 mm
    wall', 'cotton' of '50% cotton', as a measure carried on opens with its figure; '' when the text is figures only
    ('40x30') or opens with a count ('20 pcs spare filters', '20pcs')."""
    words = text.split()
    for index, word in enumerate(words):
        if not word[0].isdigit():
            return word
        unit = _word(word.lstrip(_FIGURE_CHARACTERS))  # '%' of '50%', 'pcs' of '20pcs'
        if not unit and index + 1 < len(words) and not words[index + 1][0].isdigit():
            unit = _word(words[index + 1])  # 'mm' of '3.2 mm', 'pcs' of '20 pcs'
        if unit and unit not in _SIZES:
            return ""
    return ""


def _reads_on(above: str, text: str) -> bool:
    """Whether `text`, alone on the row below a line described `above`, carries that description on."""
    first = _first_word(text)
    if marked_as_a_title(text):
        return False
    return first.islower() or _word(first) in _JOINING_WORDS or _breaks_off(above)


def _only_a_description(row: NormalisedRow) -> bool:
    """The row's one filled cell is its description, and no total's label."""
    return bool(row.description and row.lone_text) and not (row.has_figures or row.is_total or row.maybe_total)


def _joined_text(above: str, text: str) -> str:
    cut_word = above.endswith("-") and above[-2:-1].isalpha()
    return f"{above}{'' if cut_word else ' '}{text}"


class DescriptionWraps:
    """Follows the lines read, in order, and joins to the last one the rows that carry its description on."""

    def __init__(self, builder: LineBuilder) -> None:
        self._builder = builder
        self._last: ProductLine | None = None
        self._last_row = 0  # the data row the last line ends on, its joined rows included
        self._joined: list[str] = []
        self._descriptions_only = builder.plan.layout.columns.keys() <= {"description"}  # a list to classify

    def follow(self, lines: list[ProductLine]) -> None:
        if lines:
            self._last, self._last_row = lines[-1], lines[-1].row

    def start_chunk(self) -> None:
        """The lines read so far are handed on: nothing is joined to them any more."""
        self._last = None

    def joined(self, row: NormalisedRow) -> bool:
        """Whether the row carried the last line's description on and was joined to it."""
        line, text = self._last, row.description or ""
        if line is None or not line.description or not _only_a_description(row) or self._descriptions_only:
            return False
        if self._builder.row_number(row) != self._last_row + 1 or not _reads_on(line.description, text):
            return False
        line.description = _joined_text(line.description, text)
        self._last_row += 1
        self._joined.append(f"'{text}' ({self._builder.place(row)})")
        return True

    def notes(self) -> list[RowProblem]:
        if not self._joined:
            return []
        rows = "1 row" if len(self._joined) == 1 else f"{len(self._joined)} rows"
        more = f" and {len(self._joined) - _LISTED} more" if len(self._joined) > _LISTED else ""
        reason = (
            f"{rows} with only a description carried on the description of the line above and joined to it: "
            f"{', '.join(self._joined[:_LISTED])}{more}"
        )
        return [RowProblem(None, None, reason, Severity.WARNING)]
