"""POST /processing/upload: a product list in, a queued job out (201), the same file's earlier job (200), or a
clear refusal."""

from typing import Any

import msgspec
from litestar import Request, Response, post
from litestar.exceptions import ClientException
from litestar.params import FromQuery, MultipartBody

from application.pipeline.chosen_sheets import form_sheets
from application.pipeline.named_columns import form_columns, named_columns
from application.pipeline.upload import AcceptUpload
from application.processing.submit_product_list import Upload
from application.review.job_header import ChangeJobHeader
from domain.accounts.account import Account
from entrypoints.http.header_form import blanks_filled, upload_header, with_saved_currency
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.jobs import JobAccepted
from entrypoints.http.schemas.upload_form import UploadForm


@post("/upload", status_code=201, tags=["processing"])
async def upload(
    request: Request[Account, str, Any],
    data: MultipartBody[UploadForm],
    accept_upload: Injected[AcceptUpload],
    change_job_header: Injected[ChangeJobHeader],
    max_upload_bytes: Injected[int],
    again: FromQuery[bool] = False,
) -> Response[JobAccepted]:
    """402 when credits are short, 413 when too large, 415/422 when not a CSV/XLSX (422 for a wrong `columns`
    naming too: FIELD=HEADER, as `gumruk declare --column`); `sheets` names the workbook's sheets to read, as
    `--sheet` (a name the workbook lacks fails the job, listing its sheets). The job exists and the file
    is stored when this answers 201. Follow the job at `websocket_url`. The same bytes while the account's earlier
    job for them has not failed answer 200 with that job (`earlier_job`, a `message` saying so), nothing charged;
    `again=true` (query or form field) starts a new job, charged."""
    content = await data.file.read()
    if len(content) > max_upload_bytes:
        raise ClientException(f"the file has {len(content)} bytes; the limit is {max_upload_bytes}", status_code=413)
    country = data.country.strip().upper()
    accept_upload.check_country(country)
    profile = request.user.profile
    header = with_saved_currency(upload_header(country, profile, data.header_fields(), blank_clears=True), profile)
    named = named_columns(form_columns(data.columns or ""))
    sheets = form_sheets(data.sheets or "")
    filename = data.file.filename or "upload"
    started_again = again or data.started_again()
    submitted = await accept_upload(
        Upload(request.user.id, filename, content, country, header, named, sheets, again=started_again)
    )
    job = submitted.job
    scheme = "wss" if request.url.scheme == "https" else "ws"
    accepted = JobAccepted(job.id, job.status.value, f"{scheme}://{request.url.netloc}/ws/jobs/{job.id}")
    if not submitted.earlier:
        return Response(accepted, status_code=201)
    said = f"this file is already job {job.id} ({job.filename}, {job.status.value}): nothing new is charged; " + (
        "upload it with again=true to start it again (charged)"
    )
    base = f"/processing/jobs/{job.id}"
    applied = submitted.header_fills_gaps and blanks_filled(country, header, job.header) != job.header
    if applied:
        await change_job_header(request.user.id, job.id, lambda kept: blanks_filled(country, header, kept.header))
        said += "; the header sent states boxes that job left blank: they were filled in on it"
    elif submitted.header_differs:
        said += f"; the header sent is not that job's and was not applied: change it with PUT {base}/header"
    earlier = msgspec.structs.replace(
        accepted, earlier_job=True, message=said, uploaded_at=job.created_at,
        header_differs=submitted.header_differs and not applied, header_applied=applied,
    )  # fmt: skip
    return Response(earlier, status_code=200)
