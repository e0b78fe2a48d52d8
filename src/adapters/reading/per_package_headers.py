"""Which columns of a packing list give a line's quantity and masses. Chinese packing lists state them twice: per
carton ('QTY/CTN', 'N.W./CTN', or a bare 'N.W.') beside the cartons ('CTNS') and the line's totals ('TOTAL QTY',
'TOTAL N.W.'). A column headed as a total is the line's figure before any other; a column per package (see
package_contents) is read only for a figure no other column gives, and only beside the packages, since the line's
figure is then the one per package times the packages (see per_package_figures)."""

from adapters.reading.header_languages import header_languages
from adapters.reading.header_matching import MIN_SCORE, field_scores
from adapters.reading.package_contents import figure_per_package
from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import total_words

LINE_FIGURES = ("quantity", "net_mass", "gross_mass")

Pair = tuple[float, int, str]  # (minus the score, column, field), as header_detection weighs them


def _headed_as_a_total(header: str) -> bool:
    """'TOTAL N.W.', 'TTL QTY', 'Toplam miktar'; not 'N.W.' nor 'Total' alone."""
    key = text_key(header)
    return any(key.startswith(f"{word} ") for word in total_words())


def line_totals_first(pairs: list[Pair], texts: list[str]) -> list[Pair]:
    """The pairs without the other columns a figure may be read from when one headed as a total names it: beside
    'TOTAL N.W.(KG)' a bare 'N.W.' is one carton's, though it matches a little better."""
    for field in LINE_FIGURES:
        totals = {column for _, column, named in pairs if named == field and _headed_as_a_total(texts[column])}
        if totals:
            pairs = [pair for pair in pairs if pair[2] != field or pair[1] in totals]
    return pairs


def _field_per_package(header: str, languages: frozenset[str]) -> str | None:
    """The line figure one package's share of which the header gives: 'net_mass' for 'N.W.(KG)/CTN', 'quantity'
    for 'PCS/CTN'; None for 'MEAS/CTN' or a header of no figure per package."""
    figure = figure_per_package(header)
    scores = field_scores(figure, languages) if figure else {}
    best = max(scores, key=lambda field: scores[field], default=None)
    return best if best in LINE_FIGURES and scores[best] >= MIN_SCORE else None


def per_package_columns(texts: list[str], columns: dict[str, int]) -> dict[str, int]:
    """Field -> the column giving it per package, for each line figure no column of `columns` (field -> column)
    gives, when one gives the packages; the first such column of each field."""
    if "packages" not in columns:
        return {}
    languages = header_languages(texts)
    used = set(columns.values())
    found: dict[str, int] = {}
    for column, text in enumerate(texts):
        field = _field_per_package(text, languages) if text and column not in used else None
        if field is not None and field not in columns and field not in found:
            found[field] = column
    return found
