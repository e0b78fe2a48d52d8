"""Every deciding attribute the rules weigh: the common ones (common_attributes) and those of particular goods."""

from adapters.classification.offline.common_attributes import CONDITION, CONSTRUCTION, GENDER, MATERIAL, POWER
from adapters.classification.offline.footwear_ankle import ANKLE
from adapters.classification.offline.furniture_use import FURNITURE_USE, UPHOLSTERY
from adapters.classification.offline.goods_attributes import (
    CERAMIC,
    ENGINE,
    FIBRE,
    FILLING,
    FINISH,
    PURPOSE,
    SOLES,
    STATE,
    UPPERS,
    WEAVE,
)
from adapters.classification.offline.household_linen import LINEN_USE
from adapters.classification.offline.metal_attributes import ALLOY, COATING, COILING, ROLLING, SEAM, STEEL
from adapters.classification.offline.special_features import OIL_AND_GAS, TOE_CAP
from adapters.classification.offline.tea_kinds import TEA_KIND
from adapters.classification.offline.terry_and_white_cement import TERRY, WHITE_CEMENT
from adapters.classification.offline.wood_attributes import WOOD_GROUP, WOOD_SPECIES, WOOD_TREATMENT

ATTRIBUTES = (
    MATERIAL,
    CONSTRUCTION,
    GENDER,
    CONDITION,
    POWER,
    STATE,
    FINISH,
    WEAVE,
    PURPOSE,
    UPPERS,
    SOLES,
    CERAMIC,
    FIBRE,
    ENGINE,
    FILLING,
    STEEL,
    COILING,
    COATING,
    ALLOY,
    ROLLING,
    SEAM,
    FURNITURE_USE,
    UPHOLSTERY,
    TOE_CAP,
    OIL_AND_GAS,
    ANKLE,
    TERRY,
    WHITE_CEMENT,
    TEA_KIND,
    WOOD_GROUP,
    WOOD_SPECIES,
    WOOD_TREATMENT,
    LINEN_USE,
)
# tariff texts name these by what they deny: "not knitted", "other than of porcelain", "not in coils"
NAMED_BY_DENIALS = (
    CONSTRUCTION,
    CERAMIC,
    STEEL,
    COILING,
    ALLOY,
    ROLLING,
    SEAM,
    FURNITURE_USE,
    UPHOLSTERY,
    ANKLE,
    TERRY,
    WHITE_CEMENT,
    WOOD_SPECIES,
    WOOD_TREATMENT,
)
