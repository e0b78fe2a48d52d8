"""Two attributes that each split a pair of siblings traded in bulk: terry towelling (toilet and kitchen linen
6302.60 against 6302.91, fabrics 5802) and white Portland cement (2523.21 against 2523.29)."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

TERRY = Attribute(
    "terry",
    "not stated whether terry towelling",
    value_words(terry="terry махров* mahra*"),
    value_patterns(terry=r"(?<!excluding )\bterry towelling", other=r"\bexcluding terry"),
)

WHITE_CEMENT = Attribute(
    "white cement",
    "white or grey cement not stated",
    value_words(white="white белый белого белая белые белым beyaz ak"),
    value_patterns(white=r"\bportland, white\b", other=r"\bother than white\b"),
    names_goods=True,
)
