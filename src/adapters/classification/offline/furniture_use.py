"""What a room of furniture is for splits 9403: metal (9403.10 office, .20 other) and wooden furniture (.30 office,
.40 kitchen, .50 bedroom, .60 other); whether a seat is upholstered splits 9401 by frame (.61 wood upholstered,
.69 not; .71 metal upholstered, .79 not)."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

FURNITURE_USE = Attribute(
    "furniture use",
    "use (office, kitchen, bedroom) not stated",
    value_words(
        office="office офис* офисн* ofis* kabinet* архивн* arhiw*",
        kitchen="kitchen кухон* кухн* aşhana*",
        bedroom="bedroom спальн* ýatylýan* ýatakhana*",
        **{"other use": ""},  # no line says it: only the texts of 9403.20 and .60 name it, by denying the others
    ),
    value_patterns(
        office=r"^furniture;(?!.*other than for office).*\bfor office use\b",
        kitchen=r"^furniture;.*\bfor kitchen use\b",
        bedroom=r"^furniture;.*\bfor bedroom use\b",
        **{"other use": r"^furniture;.*\bother than for office\b"},
    ),
    # the room is a weak word on a line ("кухонный комбайн", "office chair", "спальный мешок" are no furniture of
    # 9403): it earns nothing, and only sinks the 9403 siblings that name another use
    rewarded=False,
)

UPHOLSTERY = Attribute(
    "upholstery",
    "not stated whether upholstered",
    # Russian and Turkmen name an upholstered seat soft: "мягкий стул", "ýumşak oturgyç"
    value_words(upholstered="upholstered padded cushioned мягк* ýumşak* döşemeli yumshoq* yumşaq*", bare=""),
    value_patterns(upholstered=r"(?<!not )\bupholstered\b", bare=r"\bnot upholstered\b"),
)
