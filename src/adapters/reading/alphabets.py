"""The alphabets product lists are written in, each with the spellings its words never have: how code_pages tells
a word read in the right code page ('España', 'μπλουζάκι', 'açıklaması') from the same bytes read in another
('Espańa', 'мрлпхжЬкй', 'açýklamasý'). A spelling rule is a pattern no word of the language holds, in lower case.

Letters are listed commonest first: text read in its own code page writes the common letters of its language, and
the same bytes read in another page write rare ones ('ΡΟΔΙΑ' in KOI8-R is 'яодиа'); that settles a tie."""

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Alphabet:
    ranks: dict[str, int]  # each letter in both cases: its place in the alphabet, commonest first
    letters: frozenset[str]  # the keys of ranks, for speed
    never: re.Pattern[str] | None
    alone: frozenset[str]  # the letters beyond ASCII that are words by themselves ('à', 'с')

    def spells(self, word: str) -> bool:
        if len(word) == 1:  # any lone letter would do otherwise: 'گ' is Japanese '水' read in cp1256
            return word.lower() in self.alone
        return self.letters.issuperset(word) and not (self.never and self.never.search(word.lower()))

    def rarity(self, word: str) -> float:
        """The mean place of the word's letters in the alphabet, commonest first: 0 for its commonest only."""
        return sum(self.ranks[letter] for letter in word) / len(word)


def _alphabet(by_frequency: str, never: str | None = None, *, alone: str = "", capitals: str = "") -> Alphabet:
    """`capitals`: pairs of a capital whose lower case is not one letter and the letter ('İi' in Turkish)."""
    ranks: dict[str, int] = {}
    for rank, letter in enumerate(by_frequency):
        ranks[letter] = rank
        if len(letter.upper()) == 1:
            ranks.setdefault(letter.upper(), rank)
    for capital, letter in zip(capitals[::2], capitals[1::2], strict=True):
        ranks[capital] = ranks[letter]
    return Alphabet(ranks, frozenset(ranks), re.compile(never) if never else None, frozenset(alone))


_OTHER_LANGUAGE_COST = 5  # places in an alphabet
_CONSONANTS = "[bcdfghjklmnpqrstvwxz]"
_RUSSIAN_VOWELS = "аеёиоуыэюяўіїє"
_RUSSIAN_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"
_TURKMEN_VOWELS = "aeiouyäöü"
_TURKISH_VOWELS = "aeıioöuüâîû"
_POLISH_VOWELS = "aąeęioóuy"
_SLOVAK_VOWELS = "aáäeéiíoóôuúyý"
_GREEK_VOWELS = "αεηιουωάέήίόύώ"
_LITHUANIAN_VOWELS = "aąeęėiįyouųū"
_LITHUANIAN_CONSONANTS = "bcčdfghjklmnprsštvzž"

ALPHABETS = (
    # Russian: 'ъ' only between a consonant and 'е', 'ё', 'ю', 'я'; 'ь', 'ы' never first nor after a vowel; 'й'
    # only after a vowel or first before one ('йод'): Hebrew read in cp1251 ('жйъ', 'ъйаеш') breaks them
    # The letters cp1251 writes for Uzbek, Belarusian and Ukrainian come last, the rarest: without them 'Ўзбекистон'
    # and 'пўлатдан' read better in Mac Cyrillic, which reads 'Товар' as '“овар'
    _alphabet(
        "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъёўіїєґ",
        rf"^[ъьы]|[{_RUSSIAN_VOWELS}][ъьы]|ъ(?![еёюя])|[{_RUSSIAN_CONSONANTS}ъь]й|^й(?![{_RUSSIAN_VOWELS}])",
        alone="авиксоуя",
    ),
    # Turkmen: 'ý' is a consonant beside a vowel ('ýurdy', 'çäýnegi', 'Hytaý'); Turkish 'ı' read in cp1250 or
    # cp1252 as 'ý' stands between consonants ('açýklamasý')
    _alphabet("aeyrildnksmtýguäbohçşpňüözjwfžcvqx", rf"(?:^|[^{_TURKMEN_VOWELS}])ý(?![{_TURKMEN_VOWELS}])"),
    # Turkish: 'ı' never beside another vowel, 'ğ' only after one; Turkmen 'ý' read in cp1254 is 'ı' beside vowels
    # ('Türkiıe', 'çaı'). 'o' and 'ö' stand in a first syllable, which 'ğ' never opens: Estonian 'š' read in cp1254
    # is 'ğ' before anything ('Piimağokolaad')
    _alphabet(
        "aeinrlıkdmyutsboüşzgçhğvcöpfjâîûwqx",
        rf"ı[{_TURKISH_VOWELS}]|[{_TURKISH_VOWELS}]ı|(?:^|[^{_TURKISH_VOWELS}])ğ|ğ[oö]",
        capitals="İi",
    ),
    _alphabet("enisratdhulcgmobwfkzüvpäßjöyxq", "^ß"),  # German
    # French: 'è' before consonants and a mute 'e' ('pièce', 'bibliothèque') or a last 's' ('très'); Czech 'č'
    # read in cp1252 is 'è' before anything ('èerpadlu', 'Kulièková')
    _alphabet("esaitnrulodcmpévqfbghjàxèyêzçôùâûîœwkïëüæñÿ", rf"è(?!{_CONSONANTS}+u?e|s$)", alone="à"),
    _alphabet("eaosrnidlctumpbgvyqóíhfájzéñxúkwü"),  # Spanish
    # Portuguese: 'ã' and 'õ' only in endings ('ação', 'mãe', 'ações'); Romanian 'ă' read in cp1252 is 'ã'
    _alphabet("aeosrindmutclpvghqbfzãçéáxêjíóõâúôàkwyü", "ã(?![eos]|$)|õ(?!e)", alone="àé"),
    # Italian: accents on a last vowel only ('città', 'più'); its letters without j, k, w, x, y
    _alphabet("eaionlrtscdupmvgzfbhqàèùòéìóíúî", r"[àèéìíîòóùú]\B", alone="è"),
    _alphabet("eanrtsildomkgvhfupäåøæöbcyjéxwzq"),  # Swedish, Finnish, Danish, Norwegian
    # The Central European alphabets hold only the letters of their own words: 'Gemźsekonserven', with a 'v', is
    # German 'ü' of Mac Roman read in cp1250, not Polish.
    # Polish: 'ć', 'ń', 'ś', 'ź' never before a vowel (written 'ci', 'ni', 'si', 'zi'): Spanish 'ñ' read in cp1250
    # is 'ń' before one ('Espańa'); no word starts with 'ą', 'ę' or 'ń'; 'ź' follows a vowel or the 'd' of 'dź'
    # ('buźka', 'dźwig'): Polish 'ę' read in cp1257 is 'ź' after anything ('Rźkawice')
    _alphabet("aioeznrwstcykdpmujlłbgęhąóżśćfńź", rf"[ćńśź][{_POLISH_VOWELS}]|^[ąęń]|[^{_POLISH_VOWELS}d]ź"),
    # Czech: 'ě' only after 'b', 'd', 'f', 'm', 'n', 'p', 't', 'v'; 'ů' never first nor after a vowel; no caron
    # before 'e' or 'i' ('ti', not 'ťi')
    _alphabet("oaenitvslrkdpmuízjyáhěýcbéšžřčůúňfgóťxď", r"(?:^|[^bdfmnptv])ě|(?:^|[aeiouyáéíóúůý])ů|[ďťň][eéií]"),
    # Slovak: 'ŕ' and 'ĺ' stand between consonants ('vŕba'): Italian 'à' read in cp1250 is a last 'ŕ' ('cittŕ');
    # no caron before 'e' or 'i' ('li', not 'ľi'): Czech 'ž' of ISO-8859-2 read in cp1250 is 'ľ' ('zboľí')
    _alphabet(
        "oaenivrtslkdmpujzchyábíéžčšýúôľťňďäfgĺŕóx",
        rf"(?:^|[{_SLOVAK_VOWELS}])[ŕĺ]|[ŕĺ](?:$|[{_SLOVAK_VOWELS}])|[ďťňľ][eéií]",
    ),
    _alphabet("aioenrjstukvlmdpzgbčšchžćfđ"),  # Croatian, Bosnian, Serbian in Latin letters, Slovenian
    _alphabet("eatlnskomrizgádéyvbhjöfupóőcíüúűx"),  # Hungarian
    # Romanian as cp1250 writes it ('ş', 'ţ' with a cedilla): 'ţ' before a vowel or last ('preţ'); Turkish 'ş'
    # read in cp1250 is 'ţ' before anything ('dikiţsiz')
    _alphabet("eiartnuclosdpmăfvîbgşţzhâjkx", "ţ(?![aăâeiîou]|$)"),
    # Lithuanian: 'ą', 'ę', 'ų' never before a vowel, 'į' only first ('įeiti'); no word starts with 'ę' or 'ų'
    # (French 'être' in cp1250 is 'ętre'); after a consonant 'į' stands last or before 's', 'š', 'ž' ('pirkinį',
    # 'lįsti'): Czech 'á' read in cp1257 is 'į' anywhere ('Nįzev')
    _alphabet(
        "iasoretunklmpvdjėgyšūbžįcčąųzęhf",
        rf"[ąęų][{_LITHUANIAN_VOWELS}]|\Bį[{_LITHUANIAN_VOWELS}]|^[ęų]|[{_LITHUANIAN_CONSONANTS}]į(?![sšž]|$)",
        alone="į",
    ),
    # Latvian: 'ģ', 'ķ' only before a vowel, 'ļ', 'ņ' never last: Czech 'ě' and 'í' read in cp1257 are 'ģ' and 'ķ'
    # anywhere ('Dųevģné', 'Pracovnķ'); no 'q', 'w', 'x', 'y'
    _alphabet("aisetrunākoldmpvjēzīgbcšūļžčņhģķf", "[ģķ](?![aāeēiīouū])|[ļņ]$"),
    _alphabet("aeistlunokrdmvghpjäõbüöfzšž"),  # Estonian, without the 'c', 'q', 'w', 'x', 'y' of loanwords
    # Greek: 'ς' only last and 'σ' never; one accent at most; a diaeresis only after a vowel ('προϊόν')
    _alphabet(
        "αοιετσνηυρπκμλωςγδάίόέθχήφύβξώζψϊϋΐΰ",
        rf"ς\B|σ$|[άέήίόύώΐΰ].*[άέήίόύώΐΰ]|(?:^|[^{_GREEK_VOWELS}])[ϊϋΐΰ]",
        alone="ηήο",
    ),
    # Hebrew: the final forms of 'כ', 'מ', 'נ', 'פ', 'צ' only last: lower-case Russian read in cp1255 has them inside
    _alphabet("יוהלמראבתשנעדכחקםפסטגצןזךףץ", r"[ךםןףץ]\B"),
    # Arabic and Persian as cp1256 writes them: 'ة' and 'ى' only last
    _alphabet("اليمونهردتبعسفكکقةحجشأخزإصطىذآگضپثچءغئظؤژـٹڈڑںھہے", r"[ةى]\B", alone="و"),
)


def spelled(word: str) -> bool:
    """Whether some alphabet writes the word as it stands: its letters and its spelling."""
    return any(alphabet.spells(word) for alphabet in ALPHABETS)


def mean_rarity(words: list[str]) -> float:
    """The mean rarity of the letters of these words, each spelled by some alphabet (see Alphabet.rarity), in
    the language that makes it least, the language of the text: a word its alphabet does not spell counts in the
    language that spells it best, and costs _OTHER_LANGUAGE_COST more, as a list keeps to one language."""
    letters = sum(len(word) for word in words)
    if not letters:
        return 0.0
    rarities = [{word: a.rarity(word) for word in words if a.spells(word)} for a in ALPHABETS]
    best = {word: min(r[word] for r in rarities if word in r) + _OTHER_LANGUAGE_COST for word in words}
    return min(sum(r.get(word, best[word]) * len(word) for word in words) for r in rarities) / letters
