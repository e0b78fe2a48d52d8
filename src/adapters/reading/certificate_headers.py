"""A header that names a certificate or its number ('C/O No', 'Certificate of origin No', 'Сертификат
происхождения №') heads certificate numbers, not countries: it is never the origin column, though 'C/O' alone,
'Origin' and 'Country of origin' are."""

from adapters.reading.text_keys import text_key

# as text_key writes them: '№' -> 'no', 'N°' -> 'n'
_NUMBER_WORDS = frozenset({"no", "n", "nr", "nbr", "num", "number", "номер", "belgisi", "numarasi", "numara"})
_CERTIFICATE_STEMS = ("cert", "сертиф", "sertif")


def names_a_certificate(header: str) -> bool:
    words = text_key(header).split()
    return not _NUMBER_WORDS.isdisjoint(words) or any(word.startswith(_CERTIFICATE_STEMS) for word in words)
