"""Step 0: the uploaded file goes into storage and a PENDING job is created for it, unless the account's earlier
job for the same bytes answers for it (a double-click charges once; `again` starts it anyway)."""

import hashlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from application.analytics.telemetry import PipelineTelemetry
from application.ports.clock import Clock
from application.ports.jobs import SameFileInProgress, UnitOfWork
from application.ports.storage import FileStorage
from domain.declaration.header import DeclarationHeader
from domain.processing.job import ProcessingJob

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Upload:
    account_id: str
    filename: str
    data: bytes
    country: str
    header: DeclarationHeader | None = None
    named_columns: dict[str, str] = field(default_factory=dict)  # field -> header as written (see COLUMN_FIELDS)
    sheets: tuple[str, ...] = ()  # the workbook's sheets to read, as the broker named them; none: every sheet of goods
    again: bool = False  # a new job even when the same file has an unfailed one

    @cached_property
    def content_hash(self) -> str:
        """The file's bytes and how it is to be read: the same workbook for another country, sheets or columns is
        another job; with another header it is the same job, whose header is changed on it (a form gone back to the
        saved defaults made a second, charged job)."""
        reading = (self.country, sorted(self.sheets), sorted(self.named_columns.items()))
        return hashlib.sha256(self.data + repr(reading).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Submitted:
    job: ProcessingJob
    earlier: bool = False  # the account's earlier job for the same bytes, answered instead of a new one
    header_differs: bool = False  # ... and the upload sent another header, which that job does not take
    header_fills_gaps: bool = False  # ... one that states boxes that job's header left blank, which it takes

    @classmethod
    def of_earlier(cls, job: ProcessingJob, upload: Upload) -> "Submitted":
        sent, kept = upload.header, job.header
        differs = sent is not None and sent != kept
        fills = differs and sent is not None and (kept is None or bool(set(kept.missing) - set(sent.missing)))
        return cls(job, earlier=True, header_differs=differs, header_fills_gaps=fills)


class SubmitProductList:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        storage: FileStorage,
        clock: Clock,
        *,
        telemetry: PipelineTelemetry | None = None,
    ) -> None:
        self._uow, self._storage, self._clock, self._telemetry = uow, storage, clock, telemetry

    async def __call__(self, upload: Upload) -> Submitted:
        """The file is stored before the job row exists, so a job never points at nothing. The caller has asked for
        the earlier job already (`earlier_job`: AcceptUpload does, before anything is checked or charged); it is not
        asked again here. Of two uploads of the same file at once, one job is created and the other answered with it
        (the store's unique index decides), its own file deleted: its key names its own job id, never the earlier
        job's file, and no job points at it."""
        job_id = uuid.uuid4().hex
        key = f"uploads/{upload.account_id}/{job_id}/{_safe_name(upload.filename)}"
        self._storage.put(key, upload.data)
        job = ProcessingJob(
            id=job_id,
            account_id=upload.account_id,
            filename=upload.filename,
            storage_key=key,
            country=upload.country,
            created_at=self._clock.now(),
            header=upload.header,
            named_columns=dict(upload.named_columns),
            sheets=list(upload.sheets),
            content_hash=upload.content_hash,
            started_again=upload.again,
        )
        try:
            async with self._uow() as uow:
                await uow.jobs.add(job)
                await uow.commit()
        except SameFileInProgress:
            self._delete_refused(key)
            if earlier := await self.earlier_job(upload):
                return Submitted.of_earlier(earlier, upload)
            raise
        if self._telemetry:
            await self._telemetry.job_submitted(job)
        return Submitted(job)

    async def earlier_job(self, upload: Upload) -> ProcessingJob | None:
        """The account's latest unfailed job for the same bytes."""
        async with self._uow() as uow:
            return await uow.jobs.of_same_file(upload.account_id, upload.content_hash)

    def _delete_refused(self, key: str) -> None:
        """The file of a job the store refused. A failure to delete is logged, not raised: the upload is still
        answered with the earlier job, and the file is only left over."""
        try:
            self._storage.delete(key)
        except Exception:
            log.warning("the file %s of a refused duplicate job could not be deleted", key, exc_info=True)


def _safe_name(filename: str) -> str:
    """The last path part, with anything but letters, digits, dot, dash and underscore replaced."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)[:120]
