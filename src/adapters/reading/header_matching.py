"""How well one header cell names each product-line field, in any language of the vocabulary (headers*.toml).

A header is compared in several forms: whole, each part of a bilingual 'A / B' or '金额 AMOUNT' header (see
script_parts), and without what
is in brackets, after a comma or names a unit or currency after the words ('Net weight, kg', 'Net weight kg'
-> 'net weight'). An exact synonym scores up to 100; a near spelling of a synonym of six letters or more
scores its similarity (90-99, word order ignored); a phrase inside a longer header scores 60-90 by how much
of the header it covers. Matches on a shortened form score a little less, so 'Bahasy (birlik)' is the unit
price rather than the amount ('Bahasy'); so do matches on the header with its cut words written out ('Страна
происх.' as 'Страна происхождения', see header_abbreviations), and never give the packages or the amount. A
header that names a unit of measure ('Total ctns', 'Стоим. ед.') is no amount; one that is only the word for
pieces ('Pcs') is the quantity (see piece_headers); one of a figure per package ('QTY/CTN', 'N.W./CTN') names no
field (see package_contents).
"""

from functools import cache

from rapidfuzz import fuzz, process

from adapters.reading.amount_headers import amount_preference
from adapters.reading.certificate_headers import names_a_certificate_number
from adapters.reading.code_headers import CODED_FIELDS, names_codes
from adapters.reading.header_abbreviations import written_out
from adapters.reading.header_notes import BRACKETS, PARTS, split_trailing_note, unit_in_header
from adapters.reading.package_contents import figure_per_package, names_a_volume
from adapters.reading.piece_headers import PIECES_ALONE_SCORE, heads_pieces_alone
from adapters.reading.script_parts import script_parts
from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import header_synonyms

MIN_SCORE = 65.0  # a header cell names a field from this score on
_FUZZY_CUTOFF = 90
_FUZZY_MIN_CHARS = 6
_LONGEST_HEADER = 160
# a header whose cut words written out name one of these names no field: a wrong one is declared silently ('Tot.
# ctns.' as 'total' and a unit, the amount)
_NOT_FROM_CUT_WORDS = frozenset({"packages", "value"})
_WRITTEN_OUT = 0.99  # a match on the header with its cut words written out scores below one on it as written
# what a header may give per package ('QTY/CTN', 'N.W./CTN', 'Price per carton', or a volume: 'MEAS/CTN'); one whose
# words before the package name another field ('Кол-во мест / Ctns', 'Упаковка / Packaging') or none ('Marks /
# Packages') is matched as usual
_PER_PACKAGE_FIGURES = frozenset({"quantity", "net_mass", "gross_mass", "unit_price", "value"})


def header_forms(text: str) -> dict[str, int]:
    """Keys of the header whole, of each bilingual part, and of each without brackets, comma tail or trailing
    unit or currency; each with the length of the part it came from, so a match can be weighed by how much
    of its part it covers."""
    forms: dict[str, int] = {}
    for piece in [text, *PARTS.split(text), *script_parts(text)]:
        without_brackets = BRACKETS.sub(" ", piece)
        whole = len(text_key(piece))
        for form in (piece, piece.split(",")[0], without_brackets, without_brackets.split(",")[0]):
            key = text_key(form)
            split = split_trailing_note(key)
            for variant in (key, split[0] if split else ""):
                if variant:
                    forms[variant] = max(forms.get(variant, 0), whole)
    return forms


def _phrase_score(form: str, phrases: tuple[str, ...]) -> float:
    padded = f" {form} "
    covered = max((len(p) for p in phrases if f" {p} " in padded), default=0)
    return 60 + 30 * covered / len(form) if covered else 0.0


def _form_scores(text: str) -> dict[str, float]:
    forms = header_forms(text)
    scores: dict[str, float] = {}
    for field, synonyms in header_synonyms().items():
        best = 0.0
        for form, whole in forms.items():
            coverage = 0.9 + 0.1 * len(form) / whole
            if form in synonyms.exact:
                best = max(best, 100.0 * coverage)
            elif len(form) >= _FUZZY_MIN_CHARS:
                near = process.extractOne(
                    form, synonyms.exact, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_CUTOFF
                )
                if near is not None:
                    best = max(best, min(near[1], 99.0) * coverage)
            best = max(best, _phrase_score(form, synonyms.phrases))
        if best > 0:
            scores[field] = best
    return scores


def _written_out_scores(text: str, languages: frozenset[str]) -> dict[str, float]:
    """The scores of the header read with its cut words written out, in the reading that best matches a synonym
    ('Кол-во упак.' as 'Кол-во упаковок' rather than 'Кол-во упаковка'); none when readings matching as well name
    different fields ('Val.' as 'value' or as 'valuta')."""
    readings = [scores for reading in written_out(text, languages) if (scores := _form_scores(reading))]
    top = max((max(scores.values()) for scores in readings), default=0.0)
    best = [scores for scores in readings if max(scores.values()) == top]
    if len({max(scores, key=lambda field: scores[field]) for scores in best}) != 1:
        return {}
    return {field: max(scores.get(field, 0.0) for scores in best) for field in best[0]}


@cache
def field_scores(text: str, languages: frozenset[str] = frozenset()) -> dict[str, float]:
    """Field -> score (0-100) of this header cell; only fields scoring above zero are listed. Its cut words are
    written out as words of the vocabulary files `languages` (the header row's, see header_languages; all when
    empty)."""
    if len(text) > _LONGEST_HEADER:
        return {}
    if (figure := figure_per_package(text)) is not None:
        named = field_scores(figure, languages)
        best = max(named, key=lambda field: named[field]) if named else None
        if best in _PER_PACKAGE_FIGURES or (best is None and names_a_volume(figure)):
            return {}  # 'N.W./CTN', 'Кол-во в упак.': one package's figure, never the line's (see per_package_headers)
    if heads_pieces_alone(text):
        return {"quantity": PIECES_ALONE_SCORE}
    scores, written_out_scores = _form_scores(text), _written_out_scores(text, languages)
    if written_out_scores and max(written_out_scores, key=lambda f: written_out_scores[f]) in _NOT_FROM_CUT_WORDS:
        return {}  # 'Кол-во упак.' is no quantity either
    for field, score in written_out_scores.items():
        scores[field] = max(scores.get(field, 0.0), score * _WRITTEN_OUT)
    if "value" in scores and amount_preference(text) is None:
        del scores["value"]  # "Сумма НДС" is the VAT, not the goods' value
    if "value" in scores and unit_in_header(text):
        del scores["value"]  # 'Total ctns' counts cartons, 'Стоим. ед.' is a price per unit: no amount of money
    if "origin" in scores and names_a_certificate_number(text):
        del scores["origin"]  # "C/O No" holds certificate numbers, not countries
    if names_codes(text):  # 'Единица измерения код' beside '... условное обозначение': the names first
        scores |= {field: min(scores[field], MIN_SCORE) for field in CODED_FIELDS if field in scores}
    return scores
