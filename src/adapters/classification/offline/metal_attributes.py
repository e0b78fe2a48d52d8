"""Attributes that decide within iron and steel: stainless or other steel (7219-7223, 7304-7307, 7323),
and flat-rolled products in coils or not (7208-7209, 7219); their words name goods too ("coil", "inox")."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

_DENIES_STAINLESS = r"(?:excluding|other than|not)\b[^);]*stainless"  # "(excluding cast iron or stainless steel)"

STEEL = Attribute(
    "steel",
    "stainless or other steel not stated",
    value_words(
        stainless="stainless inox нерж* paslanmaz* paslanmaýan* poslamaýan* zangylamaýan*",
        other="non-alloy galvanised galvanized оцинк* sinklenen*",  # not "carbon": "high carbon stainless" knives
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
    # flat-rolled products only: wire, tube, springs and wire rod are coiled too, and their texts say nothing of it
    value_patterns(coiled=r"^(?=.*flat-rolled).*(?<!not )\bin coils\b", flat=r"^(?=.*flat-rolled).*\bnot in coils\b"),
    names_goods=True,
)
