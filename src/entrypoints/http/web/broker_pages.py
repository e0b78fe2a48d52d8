"""The broker's pages: the dashboard (credits, upload, jobs), a job (progress, review, downloads) and the
account's memory (the codes it confirmed, to look through and forget); the password.

The pages are frames; their scripts fill them from the JSON API, as the signed-in account."""

from litestar import Response, get
from litestar.params import FromPath

from application.accounts.register import MIN_PASSWORD
from application.billing.waiting_for_credits import WaitingForCredits
from application.memory.account_memory import AccountMemory
from application.pipeline.header_fields import DEFAULT_FIELDS, fields_of
from application.review.job_results import JobResults
from domain.goods.product_list import COLUMN_FIELDS
from entrypoints.http.injected import Injected
from entrypoints.http.web.rendering import AnyRequest, Pages

MEMORY_PAGE = 500
# The declaration header fields of the upload form, grouped as a broker fills them in.
HEADER_GROUPS: list[tuple[str, list[str]]] = [
    ("parties", ["consignee_name", "consignee_code", "consignee_address", "exporter_name", "exporter_address",
                 "declarant_name", "declarant_code"]),
    ("terms", ["incoterm", "delivery_place", "currency", "exchange_rate", "external_freight", "insurance"]),
    ("route", ["customs_office", "border_office", "trading_country", "export_country", "origin_country",
               "transport_mode", "transport_identity", "transport_nationality"]),
    ("procedure", ["declaration_type", "general_procedure", "national_procedure", "preference", "package_kind",
                   "total_packages"]),
]  # fmt: skip


@get("/dashboard", include_in_schema=False)
async def dashboard(request: AnyRequest, pages: Injected[Pages]) -> Response[str]:
    """The header fields show the account's saved defaults as values and the service's defaults (the procedure,
    IM 4) as placeholders; nothing else is filled in for the broker. The columns field lists the fields a column
    can be named for (FIELD=HEADER)."""
    profile = request.user.profile
    groups = [
        (name, [(f, profile.get(f, ""), DEFAULT_FIELDS.get(f, "")) for f in fields]) for name, fields in HEADER_GROUPS
    ]
    return pages.render(request, "dashboard.html", header_groups=groups, column_fields=COLUMN_FIELDS)


@get("/jobs/{job_id:str}", include_in_schema=False)
async def job_page(
    request: AnyRequest,
    job_id: FromPath[str],
    pages: Injected[Pages],
    job_results: Injected[JobResults],
    waiting_for_credits: Injected[WaitingForCredits],
) -> Response[str]:
    """404 for a job of another account, as the API answers; a job waiting for credits says how many. The header's
    fields, grouped as on the upload form, fill the form that changes them."""
    job = await job_results.job(request.user.id, job_id)
    fields = fields_of(job.header) if job.header else {}
    groups = [(name, [(f, fields.get(f, "")) for f in names]) for name, names in HEADER_GROUPS]
    return pages.render(request, "job.html", job=job, wait=await waiting_for_credits(job), header_groups=groups)


@get("/memory", include_in_schema=False)
async def memory_page(
    request: AnyRequest,
    pages: Injected[Pages],
    account_memory: Injected[AccountMemory],
    search: str = "",
) -> Response[str]:
    """The latest MEMORY_PAGE entries matching the search (its first 200 characters), each with a Forget button."""
    search = search[:200]
    found = await account_memory.own(request.user.id, search)
    return pages.render(request, "memory.html", entries=found[:MEMORY_PAGE], total=len(found), search=search)


@get("/password", include_in_schema=False)
async def password_page(request: AnyRequest, pages: Injected[Pages], changed: bool = False) -> Response[str]:
    """`changed`: back here after the change, with the renewed session."""
    return pages.render(request, "password.html", changed=changed, min_password=MIN_PASSWORD)
