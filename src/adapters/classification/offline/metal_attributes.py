"""Attributes that decide within iron and steel: stainless or other steel (7219-7223, 7304-7307, 7323),
and flat-rolled products or bars in coils or not (7208-7211, 7213-7214, 7219, 7409)."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

_DENIES_STAINLESS = r"(?:excluding|other than|not)\b[^);]*stainless"  # "(excluding cast iron or stainless steel)"

STEEL = Attribute(
    "steel",
    "stainless or other steel not stated",
    value_words(
        stainless="stainless inox нерж* paslanmaz* paslanmaýan* poslamaýan* zangylamaýan*",
        other="non-alloy carbon углеродист* galvanised galvanized оцинк* sinklenen*",
    ),
    value_patterns(
        stainless=rf"^(?!.*{_DENIES_STAINLESS}).*\bstainless\b", other=rf"{_DENIES_STAINLESS}|\bnon-alloy\b"
    ),
)

COILING = Attribute(
    "coiling",
    "in coils or not not stated",
    value_words(
        coiled="coil coils coiled рулон* бухт* rulon*",
        flat="cut-to-length листах листами",
    ),
    value_patterns(coiled=r"(?<!not )\bin (?:irregularly wound )?coils\b", flat=r"\bnot in coils\b"),
)
