"""Words that tell product variants apart but not products: sizes, colours, and the units of counted measures."""

from application.memory.folding import folded


def _words(text: str) -> list[str]:
    """Folded as descriptions are: 'gök' is found in 'Gok cay' too."""
    return folded(text).split()


SIZES = frozenset(
    _words(
        "xxs xs s m l xl xxl xxxl xxxxl 2xs 3xs 2xl 3xl 4xl 5xl 6xl size sz размер razmer ölçeg ölçegi "
        "colour color цвет цвета reňk reňki"
    )
)

# Units whose numbers are packing or garment sizes; a number before one of them is dropped with it.
SIZE_UNITS = frozenset(
    _words(
        "ml cl dl l ltr lt litre liter g gr kg mg mm cm m pcs pc pce pack шт мл л литр литра литров г гр кг мг мм "
        "см м sany oz lb lbs inch"
    )
)

# Units the tariff does distinguish by (engine capacity, power, voltage, strength): kept with their number.
TARIFF_UNITS = frozenset(_words("cc cm3 см3 w kw v kv hp лс pct"))

_ENGLISH_COLOURS = (
    "red blue green black white yellow grey gray pink brown purple violet beige navy khaki turquoise burgundy "
    "maroon multicolour multicolor"
)
_TURKMEN_COLOURS = "gyzyl gök ýaşyl gara ak sary çal gülgüne goňur mämişi melewşe"
# 'серебристый' and 'золотистый' are colours; 'серебряный', 'золотой', 'графитовый', silver and gold may be the
# goods' material
_RUSSIAN_HARD_STEMS = (
    "красн зелен черн бел желт сер розов коричнев фиолетов голуб бежев бордов оранжев бирюзов серебрист золотист "
    "сиренев салатов кремов"
)
_RUSSIAN_SOFT_STEMS = "син"
_HARD_ENDINGS = ("ый", "ой", "ая", "ое", "ые", "ую", "ого", "ых", "ым")
_SOFT_ENDINGS = ("ий", "яя", "ее", "ие", "юю", "его", "их", "им")

COLOURS = frozenset(
    _words(_ENGLISH_COLOURS)
    + _words(_TURKMEN_COLOURS)
    + [stem + ending for stem in _words(_RUSSIAN_HARD_STEMS) for ending in _HARD_ENDINGS]
    + [stem + ending for stem in _words(_RUSSIAN_SOFT_STEMS) for ending in _SOFT_ENDINGS]
)

# Goods where the colour names the kind and the tariff follows it (black vs green tea, white vs cane sugar).
COLOUR_NAMES_KIND = frozenset(
    _words(
        "tea чай çaý coffee кофе kofe pepper перец burç sugar сахар şeker wine вино şerap caviar икра rice рис tüwi "
        "beans фасоль currant смородина cement цемент sement"  # white Portland cement is 2523.21
    )
)
