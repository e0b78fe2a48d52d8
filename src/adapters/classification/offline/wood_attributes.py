"""Attributes that split wood in the rough, sawn wood, sleepers, veneer and plywood (4403-4412): coniferous,
non-coniferous or tropical; impregnated or treated or not; and the species (pine 4407.11, fir and spruce 4407.12,
oak 4407.91, birch plywood 4412.33 ...). Invoices name the species ("доска сосновая", "çam kereste"); the species
tells the group.

Russian "кедр" is the Siberian stone pine (Pinus sibirica), so it is pine; larch, cedar and juniper are the other
coniferous species of 4403.25/26 and 4407.19."""

import re

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

_SPECIES_WORDS = {
    "pine": "pine pinewood сосн* кедр* çam karaçam sosna* qarag'ay* қарағай* карагай* کاج",
    "fir or spruce": "fir spruce ель ели елов* ельник* пихт* ladin köknar shyrsha шырша* qoraqarag'ay*",
    "other coniferous": "larch cedar juniper лиственниц* можжевел*",
    "oak": "oak дуб дуба дубов* palyt* meşe eman емен* بلوط",
    "beech": "beech бук бука буков* buk kayın راش",
    "maple": "maple клен клена кленов* akçaağaç",
    "cherry": "cherry вишн* черешн* kiraz",
    "ash": "ashwood ash-wood ясен* dişbudak",
    "birch": "birch берез* tozga* huş qayin* қайың* кайын*",
    "poplar": "poplar aspen тополь тополя тополев* осин* kavak terak* терек*",
    "eucalyptus": "eucalyptus эвкалипт* okaliptüs",
    "alder": "alder ольх* kızılağaç",
}
_CONIFEROUS_SPECIES = ("pine", "fir or spruce", "other coniferous")
_TROPICAL = (
    "tropical meranti teak mahogany sapelli iroko merbau wenge okoume balsa меранти махагон* сапели ироко мербау венге"
)
_CONIFEROUS = "coniferous softwood хвойн*"
_NON_CONIFEROUS = (
    "non-coniferous hardwood deciduous broadleaf лиственных лиственные лиственный лиственная лиственного лиственной "
    "лиственное"
)
# a colour named after a wood ("цвет дуб сонома", "colour wenge") and nuts and syrup of its tree state no wood
_NO_WOOD = re.compile(
    r"\b(?:цвет\w*|colou?r|reňk\w*|renk\w*)\s+\S+|кедров\w* орех\w*|pine nuts?|maple syrup", re.IGNORECASE
)
_LISTED_FOR_PLYWOOD = r"outer ply of alder,[^;]*"  # 4412.33 lists the non-coniferous species of its outer ply


def _species_pattern(species: str) -> str:
    """The species heading a subheading of 4403/4407 ("Wood; of beech") or listed for 4412.33's outer ply."""
    return rf"^wood; (?:of )?{species}\b|{_LISTED_FOR_PLYWOOD}\b{species}\b"


WOOD_GROUP = Attribute(
    "wood group",
    "coniferous or non-coniferous wood not stated",
    value_words(
        coniferous=" ".join([_CONIFEROUS, *(_SPECIES_WORDS[name] for name in _CONIFEROUS_SPECIES)]),
        non_coniferous=" ".join(
            [_NON_CONIFEROUS, *(words for name, words in _SPECIES_WORDS.items() if name not in _CONIFEROUS_SPECIES)]
        ),
        tropical=_TROPICAL,
    ),
    value_patterns(
        coniferous=r"(?<!non-)\bconiferous\b",
        non_coniferous=r"\bnon-coniferous\b|^wood; (?:of )?(?:oak|beech|maple|cherry|ash|birch|poplar|eucalyptus)\b|"
        + _LISTED_FOR_PLYWOOD,
        tropical=r"(?<!not of )(?<!not of bamboo or )\btropical\b",
    ),
    misleading=_NO_WOOD,
)

WOOD_SPECIES = Attribute(  # tariff texts deny species ("other than of pine (Pinus spp.)"): read from the whole text
    "wood species",
    "wood species not stated",
    value_words(**_SPECIES_WORDS),
    value_patterns(
        pine=r"(?<!other than )\bof pine \(pinus|\bs-p-f\b",
        **{
            "fir or spruce": r"(?<!other than )\bof fir \(abies|\bs-p-f\b|\bhem-fir\b",
            "other coniferous": r"\bconiferous species, other than of pine|\bconiferous species n\.e\.c",
        },
        **{
            name: _species_pattern(name)
            for name in ("oak", "beech", "maple", "cherry", "ash", "birch", "poplar", "eucalyptus")
        },
        alder=r"\bouter ply of alder\b",
    ),
    misleading=_NO_WOOD,
)

WOOD_TREATMENT = Attribute(  # logs treated with paint or preservatives 4403.11/12, untreated 4403.2x-9x; sleepers
    "wood treatment",
    "not stated whether impregnated",
    value_words(
        treated="impregnated treated creosoted пропитан* пропитк* креозот* антисептирован*",
        untreated="untreated unimpregnated non-impregnated непропитан* необработан* неантисептирован*",
    ),
    value_patterns(  # "impregnated" names paper, felt and fabrics too: only wood's texts count
        treated=r"^wood[;,].*(?:\btreated with paint|(?<!not )\bimpregnated\b)",
        untreated=r"^wood[;,].*(?:\buntreated\b|\bnot impregnated\b)",
    ),
)
