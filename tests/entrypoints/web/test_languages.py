"""The pages speak Russian, English and Turkmen: every message exists in each, and the visitor's choice holds."""

import json
import re
from pathlib import Path
from typing import Any

from litestar.testing import TestClient

from adapters.analytics.source import CONFIRMED
from application.accounts.errors import (
    EmailTaken,
    InvalidCredentials,
    InvalidEmail,
    TooManySignIns,
    WeakPassword,
    WrongPassword,
)
from application.billing.errors import UnknownPackage
from application.pipeline.file_kind import UnreadableFile, UnsupportedFile
from application.pipeline.header_fields import FIELD_KEYS
from application.pipeline.named_columns import InvalidColumns
from application.pipeline.upload import UnknownCountry
from application.review.errors import (
    DeclarationNotReady,
    DeclarationOutdated,
    JobNotFound,
    LineChangedMeanwhile,
    LineNotFound,
    NotReviewable,
    UnknownCommodityCode,
)
from domain.accounts.account import Role
from domain.billing.ledger import EntryKind
from domain.classification.candidate import Source
from domain.goods.problems import Severity
from domain.goods.product_list import COLUMN_FIELDS
from domain.processing.job import JobStatus
from entrypoints.http.errors import InvalidHeader
from entrypoints.http.unavailable import SERVICES
from entrypoints.http.web.admin_pages import ACTIONS
from entrypoints.http.web.broker_pages import HEADER_GROUPS
from entrypoints.http.web.i18n import LANGUAGES, MESSAGES
from tests.entrypoints.web.conftest import PASSWORD

WEB = Path(__file__).parents[3] / "src" / "entrypoints" / "http" / "web"
CATALOGS = {code: json.loads((MESSAGES / f"{code}.json").read_text(encoding="utf-8")) for code in LANGUAGES}
# The errors a broker's or visitor's page can be answered with, by their code (the API's own for HTTP errors).
ERROR_CODES = [
    *(e.code for e in (InvalidCredentials, TooManySignIns, EmailTaken, InvalidEmail, WeakPassword, InvalidColumns,
                       UnknownCountry, InvalidHeader, UnsupportedFile, UnreadableFile, JobNotFound, LineNotFound,
                       NotReviewable, UnknownCommodityCode, DeclarationNotReady, DeclarationOutdated, UnknownPackage,
                       LineChangedMeanwhile, WrongPassword)),
    "file_too_large", "forbidden", "too_many_requests", "internal_error", "service_unavailable",
]  # fmt: skip
# Message families whose keys the pages build from a value: each value must have its message. Every header field
# has its label: the job page asks for any box the upload left out.
FAMILIES = {
    "status": [*(s.value for s in JobStatus), "NEEDS_HEADER_DETAILS", "NEEDS_CODE_CHOICE", "TO_REBUILD"],  # badges
    "source": [*(s.value for s in Source), "none", CONFIRMED],  # CONFIRMED: the history's lines left as proposed
    "ledger": [k.value for k in EntryKind], "severity": [s.value for s in Severity], "action": list(ACTIONS),
    "group": [group for group, _ in HEADER_GROUPS], "field": list(FIELD_KEYS), "column": list(COLUMN_FIELDS),
    "role": [r.value for r in Role],
    "review.apart": ["chapter", "heading", "subheading"],  # how far a supplier's code is from the engine's
    "error.page": ["403", "404", "500", "503", "403.hint", "404.hint", "500.hint", "503.hint"],
    "unavailable": ["message", *SERVICES],  # told by the server: a backing service that does not answer
    "upload.error": ["400", "413", "415", "422"],
    "error": ERROR_CODES,
}  # fmt: skip
# Messages that read the same in a language as in English: a Turkmen greeting, a loanword, a unit.
SAME_AS_ENGLISH = {("ru", "welcome.tk"), ("tk", "welcome.tk"), ("tk", "source.agent"), ("tk", "analytics.seconds"),
                   ("tk", "upload.kb"),
                   ("ru", "job.download_report_csv"), ("tk", "job.download_report_csv")}  # fmt: skip


def test_every_language_has_every_message_and_no_blank_one() -> None:
    english = set(CATALOGS["en"])
    for code, catalog in CATALOGS.items():
        assert set(catalog) == english, code
        assert [key for key, text in catalog.items() if not text.strip()] == [], code


def test_the_catalog_holds_exactly_the_messages_the_pages_name() -> None:
    used: set[str] = set()
    quoted: set[str] = set()  # keys handed to t() through a variable, e.g. a chart series' name
    for source in [*(WEB / "templates").glob("*.html"), *(WEB / "static" / "js").glob("*.js")]:
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(["']([a-z0-9_.]+)["']""", text))
        quoted |= set(re.findall(r"""["']([a-z][a-z0-9_]*\.[a-z0-9_.]+)["']""", text))
    used |= {f"{family}.{value}" for family, values in FAMILIES.items() for value in values}
    named = {key for key in used if not key.endswith(".")}  # "status." ~ value: a family, checked by its values
    assert sorted(named - set(CATALOGS["en"])) == []
    assert sorted(set(CATALOGS["en"]) - named - quoted) == []


def test_no_message_is_left_in_english_in_russian_or_turkmen() -> None:
    untranslated = {(code, key) for code in ("ru", "tk") for key, text in CATALOGS[code].items()
                    if text == CATALOGS["en"][key]}  # fmt: skip
    assert untranslated == SAME_AS_ENGLISH


def test_placeholders_are_the_same_in_every_language() -> None:
    for key, english in CATALOGS["en"].items():
        wanted = sorted(re.findall(r"\{\w+\}", english))
        for code in ("ru", "tk"):
            assert sorted(re.findall(r"\{\w+\}", CATALOGS[code][key])) == wanted, (code, key)


def test_the_browser_language_then_the_switch_choose_the_page_language(embedded: tuple[TestClient[Any], Any]) -> None:
    client, _ = embedded
    assert '<html lang="ru">' in client.get("/sign-in").text  # nothing asked: Russian
    assert '<html lang="en">' in client.get("/sign-in", headers={"Accept-Language": "en-US,en;q=0.9"}).text
    switched = client.get("/lang/tk?next=/register", follow_redirects=False)
    assert switched.headers["location"] == "/register"
    page = client.get("/register", headers={"Accept-Language": "en-US"}).text
    assert '<html lang="tk">' in page and "Hasap döretmek" in page
    assert client.get("/lang/xx?next=//evil.example", follow_redirects=False).headers["location"] == "/dashboard"


def test_the_dashboard_in_russian_offers_the_columns_field_with_its_fields_explained(
    embedded: tuple[TestClient[Any], Any],
) -> None:
    client, _ = embedded
    client.post("/register", data={"email": "broker@example.com", "password": PASSWORD})
    page = client.get("/dashboard", headers={"Accept-Language": "ru-RU,ru;q=0.9"}).text
    assert '<html lang="ru">' in page
    assert "Колонки (необязательно)" in page and '<textarea name="columns"' in page
    assert "<code>net_mass</code> (вес нетто)," in page and "<code>package_kind</code> (вид упаковки)," in page
    assert "<code>specification</code> (модель или характеристики товара)." in page
    assert "Листы (необязательно)" in page and '<input name="sheets"' in page
    assert "Columns (optional)" not in page and "net weight" not in page  # the page's catalog is Russian too
