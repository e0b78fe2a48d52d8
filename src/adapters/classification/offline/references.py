"""Invoice lines carry the supplier's reference beside the goods: "model 12", "Art. 4411", "арт. 12-34",
"артикул ВВ-120", "модель RB-33", "SKU 80231", "ref. 7/15". The reference names no goods; left in, its word
("model", "article") pulls toward goods it names elsewhere (scale models, articles of plastics) and lowers the
line's confidence. It is taken out when a code with a digit follows it; "scale model 1:24" keeps its words."""

import re

_REFERENCE = re.compile(
    r"(?<!scale )(?<!масштабная )\b(?:models?|mod\.|art\.|art\s*\.?\s*no\b\.?|article\s+no\b\.?|арт\.|артикул|"
    r"модель|модели|sku|ref\.|ref\s*no\b\.?|item\s*no\b\.?|cat\.\s*no\b\.?|код\s+товара)"
    r"\s*[:#№]?\s*[\w./-]*\d[\w./-]*(?![:\w])",
    re.IGNORECASE,
)


def without_references(description: str) -> str:
    """The description without its supplier's references; unchanged when no word of three letters would be left."""
    kept = _REFERENCE.sub(" ", description)
    if kept == description or not re.search(r"[^\W\d_]{3,}", kept):
        return description
    return " ".join(kept.split())
