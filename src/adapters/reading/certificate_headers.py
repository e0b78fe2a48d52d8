"""A header that names a certificate's number ('C/O No', 'Cert. No', '№ сертификата', 'Sertifikat belgisi') or
the certificate itself ('Certificate of origin') heads certificate numbers, not countries: it is never the origin
column. A note in brackets or after a comma only says where the country was read ('Country of origin (as per
certificate)', 'Origin, n/a if EU'), so the header's own words decide."""

import re

from adapters.reading.header_notes import BRACKETS
from adapters.reading.text_keys import text_key

# as text_key writes them: '№' -> 'no', 'N°' -> 'n'
_NUMBER_WORDS = frozenset({"no", "n", "nr", "nbr", "num", "number", "номер", "belgisi", "numarasi", "numara"})
_CERTIFICATE_STEMS = ("certificat", "сертиф", "sertif")  # not 'certified': 'Certified origin' is the country
_NOT_APPLICABLE = re.compile(r"\bn\s*/\s*a\b", re.IGNORECASE)  # 'n/a' is no number


def names_a_certificate_number(header: str) -> bool:
    own_words = text_key(_NOT_APPLICABLE.sub(" ", BRACKETS.sub(" ", header).split(",")[0])).split()
    names_certificate = bool(own_words) and (own_words[0] == "cert" or own_words[0].startswith(_CERTIFICATE_STEMS))
    return names_certificate or not _NUMBER_WORDS.isdisjoint(own_words)
