"""POST /admin/tariffs: an administrator imports a country's national tariff over HTTP, as `gumruk tariff import`
does: every row checked, then all of it or nothing; the answer names each problem's row and column."""

import asyncio
from dataclasses import dataclass
from typing import Any

import msgspec
from litestar import Request, Response, post
from litestar.datastructures import UploadFile
from litestar.params import MultipartBody

from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.reader import UnusableFile
from application.tariff.import_tariff import ImportNationalTariff, TariffImported, TariffRejected
from domain.accounts.account import Account
from entrypoints.http.auth import admin_only
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.errors import ErrorOut
from entrypoints.http.schemas.jobs import ProblemOut
from entrypoints.http.web.i18n import answer_language
from entrypoints.http.web.problem_texts import translated

MAX_TARIFF_BYTES = 50 * 1024 * 1024


@dataclass
class TariffForm:
    file: UploadFile  # the tariff: CSV or XLSX, one national tariff line per row
    country: str = "TM"


class TariffImportedOut(msgspec.Struct):
    country: str
    version: str
    lines: int
    subheadings: int
    heading_rows: int

    @classmethod
    def of(cls, imported: TariffImported) -> "TariffImportedOut":
        return cls(imported.country, imported.version, imported.lines, imported.subheadings, imported.heading_rows)


class TariffRejectedOut(msgspec.Struct):
    code: str
    message: str
    problems: list[ProblemOut]


@post("/admin/tariffs", guards=[admin_only], status_code=201, tags=["admin"], request_max_body_size=MAX_TARIFF_BYTES)
async def import_tariff(
    request: Request[Account, str, Any],
    data: MultipartBody[TariffForm],
    import_national_tariff: Injected[ImportNationalTariff],
    activity: Injected[ActivityLog],
    clock: Injected[Clock],
) -> Response[Any]:
    """201 with the imported version; 422 listing every problem (row and column), nothing imported."""
    content, filename = await data.file.read(), data.file.filename or "tariff"
    language = answer_language(request)
    try:
        imported = await asyncio.to_thread(import_national_tariff, content, filename, data.country)
    except TariffRejected as rejected:
        problems = [ProblemOut.of(p, language) for p in rejected.problems]
        message = translated(f"{filename}: {len(problems)} problem(s), nothing imported", language) or ""
        return Response(TariffRejectedOut("tariff_rejected", message, problems), status_code=422)
    except UnusableFile as error:
        return Response(ErrorOut("unusable_file", translated(str(error), language) or str(error)), status_code=422)
    except LookupError:
        said = translated(f"no declaration schema for country '{data.country}'", language) or ""
        unknown = ErrorOut("unknown_country", said)
        return Response(unknown, status_code=422)
    await activity.record(Activity(request.user.id, "admin-tariff-import", clock.now(), imported.version,
                                   {"country": imported.country, "lines": str(imported.lines)}))  # fmt: skip
    return Response(TariffImportedOut.of(imported), status_code=201)
