"""A header that is only the word for pieces ('Pcs', 'PCS', 'Шт.', 'Stück') heads the quantity, counted in pieces.
It scores below a header that names the quantity ('Qty', 'Qty pcs', 'Qty (ctns)'), so a list with both reads the
quantity where it did before; 'Pcs/ctn' (pieces per carton) and 'N.W./pcs' (a mass per piece) are no such header."""

from adapters.reading.text_keys import text_key

PIECES_ALONE_SCORE = 90.0
_PIECE_WORDS = frozenset({"pcs", "pc", "pce", "pces", "шт", "штук", "stuck"})


def heads_pieces_alone(header: str) -> bool:
    return text_key(header) in _PIECE_WORDS
