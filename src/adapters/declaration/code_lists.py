"""The code lists a declaration's codes are checked against (ISO 3166, ISO 4217, Incoterms 2020)."""

import re

import pycountry

INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
FLOW_OF_TYPE = {"IM": "I", "EX": "E"}  # box 1 declaration type -> ASYCUDA Sad_flow
COUNTRIES = frozenset(country.alpha_2 for country in pycountry.countries)
CURRENCIES = frozenset(currency.alpha_3 for currency in pycountry.currencies)

# The shapes of ASYCUDA codes, as the country schemas type them.
OFFICE_CODE = re.compile(r"[A-Z]{2}[A-Z0-9]{2,6}")
TRADER_CODE = re.compile(r"[A-Za-z0-9/\-]{1,17}")
TRANSPORT_MODE = re.compile(r"[1-9]")
GENERAL_PROCEDURE = re.compile(r"[0-9]")
EXTENDED_PROCEDURE = re.compile(r"\d{4}")
NATIONAL_PROCEDURE = re.compile(r"\d{3}")
PREFERENCE_CODE = re.compile(r"[A-Z0-9]{1,5}")
PACKAGE_KIND = re.compile(r"[A-Z0-9]{2}")
PACKAGE_COUNT = re.compile(r"[1-9][0-9]{0,8}")
PLACE = re.compile(r".{1,70}", re.DOTALL)
TRANSPORT_IDENTITY = re.compile(r".{1,35}", re.DOTALL)
TRADER_NAME_LENGTH = 350  # the name and the address lines below it
