"""Model numbers in a description: words mixing letters and figures that are no measure ('BCD-260W', 'DA-2',
'XQG70-1210'). The same goods in another model are found by the key without them (normalise.model_free_key) and
recalled for review (remembered.recollection); short codes, words joined to a figure and chemical formulas stay."""

import re

from application.memory.folding import folded

_CHUNKS = re.compile(r"[^\s,;:()\[\]{}\"«»]+")
MODEL_LENGTH = 5
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")
_WORD_INSIDE = re.compile(r"[^\W\d_]{5,}")  # 'хлопок-100%', '100%хлопок', 'накаливания-9W': a word joined to a figure
_FORMULA = re.compile(r"(?<![\w-])(?:[A-Z][a-z]?\d{0,2}){2,}(?![\w-])")
_ELEMENT = re.compile(r"[A-Z][a-z]?")
_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb "
    "Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au "
    "Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu"
)
_ELEMENTS = frozenset(_SYMBOLS.split(" "))
# a figure with its unit or its name ('500ml', '1500cc', '3x2.5mm', '2-камерный'), not a model number
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:[x×*х]\d+(?:[.,]\d+)?)*-?[^\W\d_]*%?")


def model_numbers(description: str) -> frozenset[str]:
    """The model numbers the description names, as the key leaves them out ('bcd-260w')."""
    formulas = _formulas(description)
    chunks = _CHUNKS.findall(folded(description).replace("‐", "-"))
    return frozenset(chunk for chunk in chunks if _is_model_number(chunk, formulas))


def without_model_numbers(text: str, description: str) -> str:
    """`text`, the description folded, with its model numbers left out."""
    formulas = _formulas(description)
    return _CHUNKS.sub(lambda chunk: " " if _is_model_number(chunk[0], formulas) else chunk[0], text)


def _is_model_number(chunk: str, formulas: frozenset[str]) -> bool:
    """Short codes stay: a grade or a kind may decide the subheading ('B12' vitamin, 'E10' petrol, 'M12' bolt); so
    do a word joined to a figure and a chemical formula ('Fe2O3', 'Na2CO3')."""
    long_enough = len(chunk) >= MODEL_LENGTH or "-" in chunk
    mixed = bool(_LETTER.search(chunk) and _DIGIT.search(chunk))
    kept = _MEASURE.fullmatch(chunk) or _WORD_INSIDE.search(chunk) or chunk in formulas
    return long_enough and mixed and not kept


def _formulas(description: str) -> frozenset[str]:
    """The chemical formulas the description writes, folded as the text is: 'Fe2O3' and 'Cr2O3' are other goods."""
    found = (match[0] for match in _FORMULA.finditer(description))
    return frozenset(
        folded(formula) for formula in found if _DIGIT.search(formula) and set(_ELEMENT.findall(formula)) <= _ELEMENTS
    )
