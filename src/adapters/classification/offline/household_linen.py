"""What household linen is for splits 6302: bed linen (6302.10-.39), table linen (.40-.59), toilet and kitchen linen
(.60-.99). A line names it by the article: "простыня", "tablecloth", "полотенце"."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

LINEN_USE = Attribute(
    "linen use",
    "bed, table or toilet linen not stated",
    value_words(
        bed="bed bedsheet* bedding bedlinen pillowcase* pillowslip* duvet постел* простын* пододеял* "
        "наволоч* кпб prostyn* ýatak* ýassyk* ýorgan* yataq* yastıq* yastık* mələfə melefe döşəkağı dosekagi "
        "nevresim* çarşaf* choyshab* ақжайма* ملحفه bettwäsche bettlaken kissenbezug* spannbett*",
        table="tablecloth* table-cloth napkin* placemat* скатерт* салфетк* desterhan* dasturxon* дастарқан* дастархон* "
        "süfrə* sufre* رومیزی tischdecke* tischtuch*",
        toilet="towel* полотенц* polotens* süpürgiç* dəsmal* desmal* havlu* sochiq* сүлгі* حوله handtuch* "
        "handtücher badetuch* geschirrtuch*",
    ),
    value_patterns(
        bed=r"^bed linen\b",
        table=r"^table linen\b",
        toilet=r"^(?:kitchen and toilet|toilet and kitchen) linen\b",
    ),
    # "bed" and "towel" are weak words elsewhere ("bed pillow" 9404, "paper towel" 4818): naming the article earns
    # nothing, and only sinks the 6302 siblings made for another use
    rewarded=False,
)
