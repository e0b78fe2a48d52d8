"""Words of a parcel line that qualify the goods rather than name them: pack, size, colour, material, wearer,
power, origin, flavour or scent, and Turkmen adjectives in -ly/-syz."""

from functools import cache

from adapters.classification.offline.stemming import light_stem, stem
from adapters.classification.offline.text import chunks, is_content, is_turkmen, plain_turkmen
from adapters.classification.offline.word_lists import listed

# Retail words that never name goods: a phrase or a BM25 match resting on them is no evidence.
PACK_WORDS = listed(
    "ml ltr litre litres liter liters gr gram grams kg mg oz fl lb lbs cm mm pcs pc pce pk pkt pack packs "
    "multipack bundle piece pieces pair pairs qty quantity set sets gift gifts new brand size sizes sz xs xl "
    "xxl xxxl uk eu unit units assorted various "
    "шт штук штука уп упак упаковка мл гр кг мг см мм размер набор новый новая новые "
    "sany gap täze ölçeg toplum"
)
# The rest name goods in some lines (green tea, cotton wool, baby wipes) and stay words of the line, but they
# are not where a parcel line names its goods: "trainers black mens", "jacket polyester".
_COLOURS = listed(
    "black white red blue green yellow pink purple grey gray brown beige navy orange khaki ivory multicolour "
    "multicolor multi nude clear transparent "
    "черный черная черные белый белая белые красный красная синий синяя зеленый серый розовый бежевый "
    "gara ak gyzyl gök ýaşyl sary"
)
_MATERIALS = listed(
    "cotton polyester wool woollen leather silk satin nylon acrylic viscose linen denim fleece suede "
    "plastic steel stainless metal aluminium wood wooden glass ceramic rubber silicone gold silver plated "
    "хлопок хлопковый кожаный кожа шерстяной пластиковый стальной деревянный стеклянный pagta deri х/б"
)
_CUTS = listed("l/s s/s long-sleeve short-sleeve sleeveless б/у used")  # sleeve and condition
# Countries a line names as the goods' origin ("Gabykly pisse, Eýran"): no brand, and no goods
_ORIGINS = listed(
    "china prc turkey turkiye iran russia india germany italy uae korea japan kazakhstan uzbekistan belarus "
    "ukraine poland spain france vietnam malaysia indonesia pakistan egypt azerbaijan georgia "
    "китай кнр турция иран россия рф индия германия италия оаэ корея япония казахстан узбекистан беларусь "
    "украина польша испания франция вьетнам малайзия индонезия пакистан египет азербайджан грузия "
    "hytaý türkiýe eýran russiýa hindistan germaniýa italiýa bae koreýa ýaponiýa gazagystan özbegistan "
    "belarus ukraina polşa ispaniýa fransiýa wýetnam azerbaýjan gruziýa"
)
_SPECS = listed(  # how the goods are powered or connected: "drill 18V Li-ion" is a drill
    "li ion lithium nimh cordless rechargeable wireless bluetooth wifi usb digital electric automatic smart portable"
)
_WEARERS = listed(
    "men mens man male gents women womens woman ladies lady female girls girl boys boy kids kid child "
    "children childrens baby babies toddler unisex adult adults мужской мужская женский женская детский "
    "детская erkek aýal çaga kadyn bayan çocuk"  # and the Turkish wearers ("kadın" as normalised)
)
# A fruit, spice or flower after the goods is their flavour or scent: "hand wash coconut", "lip balm cherry";
# it names the goods when little comes before it ("dried mango", "pure honey", "fresh pumpkin").
_FLAVOURS_AND_SCENTS = listed(
    "coconut vanilla lavender lemon lime strawberry strawberries cherry cherries peach mango mint peppermint "
    "spearmint rose jasmine chamomile camomile cocoa honey almond aloe cucumber watermelon apple pear orange berry "
    "berries raspberry blueberry blackberry pumpkin cinnamon sandalwood oud musk vetiver bergamot grapefruit "
    "pineapple passionfruit banana caramel toffee hazelnut pistachio melon kiwi pomegranate ginger eucalyptus "
    "citrus tropical fig plum blackcurrant apricot papaya lychee menthol cedarwood patchouli amber neroli geranium "
    "ylang orchid peony lily magnolia freesia gardenia violet"
)
QUALIFIERS = _COLOURS | _MATERIALS | _WEARERS | _CUTS | _SPECS | _ORIGINS
_TURKMEN_ADJECTIVE = ("ly", "li", "lu", "lü", "syz", "siz", "suz", "süz")  # "gabykly pisse", "şekersiz saggyz"
_NAMED_BEFORE_FLAVOUR = 2  # content words naming something before a flavour word makes it one


@cache
def _keyed(words: frozenset[str]) -> frozenset[str]:
    """The words as light stems, Turkmen ones also typed plain (`text.keys` folds them)."""
    keyed = {light_stem(word, turkmen) for word in words for turkmen in (False, True)}
    return frozenset(keyed | {plain_turkmen(key) for key in keyed})


def is_origin(stem_or_key: str) -> bool:
    """A country named as the goods' origin, as a stem or key of any language ("eyran", "китай", "germani")."""
    return stem_or_key in _stemmed(_ORIGINS)


@cache
def _stemmed(words: frozenset[str]) -> frozenset[str]:
    return _keyed(words) | {plain_turkmen(stem(word, turkmen)) for word in words for turkmen in (False, True)}


def is_pack_word(key: str) -> bool:
    """Whether a light-stemmed word only describes the pack ("packs" -> "pack", "sets" -> "set")."""
    return key in _keyed(PACK_WORDS)


def qualifiers(description: str) -> tuple[bool, ...]:
    """Per content word, in the order `text.keys` gives them: does it qualify the goods rather than name them?

    Pack words, colours, materials, wearers, flavours and scents, and every word of a piece with a digit in it
    ("200ml", "x2", "RF-320", "32w").
    """
    pieces = chunks(description)
    turkmen = is_turkmen([word for piece in pieces for word in piece])
    flags: list[bool] = []
    for piece in pieces:
        numbered = any(character.isdigit() for word in piece for character in word)  # "200ml", "e27", "m8"
        for word in piece:
            if is_content(word):
                key = light_stem(word, turkmen)
                # English qualifiers as written ("glasses" are goods, "glass" is a material); Russian by stem
                qualifier = word in QUALIFIERS or (not word.isascii() and key in _keyed(QUALIFIERS))
                flavour = word in _FLAVOURS_AND_SCENTS and flags.count(False) >= _NAMED_BEFORE_FLAVOUR
                adjective = turkmen and len(word) > 4 and word.endswith(_TURKMEN_ADJECTIVE)
                flags.append(numbered or qualifier or flavour or adjective or key in _keyed(PACK_WORDS))
    return tuple(flags)
