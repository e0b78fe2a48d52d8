"""An upload over the API: answered with the account's earlier job for the same bytes (unless started again on
purpose), else refused at once when credits are short, else stored, queued and answered."""

import asyncio
from dataclasses import replace

from application.billing.errors import CreditsShort
from application.errors import Invalid
from application.pipeline.credits_needed import credits_needed
from application.pipeline.file_kind import sniff, with_suffix
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.ledger import Ledger
from application.ports.reader import ProductListReader
from application.ports.registry import CountryRegistry
from application.ports.tasks import TaskQueue
from application.processing.submit_product_list import SubmitProductList, Submitted, Upload
from domain.billing.ledger import CreditPackage

FIRST_LINE_COST = 1


class UnknownCountry(Invalid):
    """422: no declaration schema for the country the upload names."""

    code = "unknown_country"


class AcceptUpload:
    def __init__(
        self,
        submit: SubmitProductList,
        ledger: Ledger,
        tasks: TaskQueue,
        activity: ActivityLog,
        clock: Clock,
        packages: tuple[CreditPackage, ...],
        countries: CountryRegistry,
        reader: ProductListReader,
    ) -> None:
        self._submit, self._ledger, self._tasks, self._reader = submit, ledger, tasks, reader
        self._activity, self._clock, self._packages, self._countries = activity, clock, packages, countries

    async def __call__(self, upload: Upload) -> Submitted:
        """The job row exists and the file is stored when this returns; the work is queued. CreditsShort, with
        nothing stored, when the balance cannot pay for the file's distinct lines (the reservation would wait).
        The same bytes again while their earlier job has not failed: that job, nothing new stored nor charged, its
        header kept (`header_differs` says when the upload's was another). It is asked for here only, once: the
        submit step leaves a race to the store's unique index."""
        if not upload.again and (earlier := await self._submit.earlier_job(upload)):
            return Submitted.of_earlier(earlier, upload)
        balance = await self._ledger.balance(upload.account_id)
        if balance < FIRST_LINE_COST:
            raise CreditsShort(balance, FIRST_LINE_COST, list(self._packages))
        self.check_country(upload.country)
        kind = sniff(upload.data, upload.filename)
        named = replace(upload, filename=with_suffix(upload.filename, kind))
        await self._check_credits(named, balance)
        submitted = await self._submit(named)
        if submitted.earlier:  # the same file's upload that won the race
            return submitted
        job = submitted.job
        await self._tasks.enqueue_parse(job.id)
        said = {"file": upload.filename, "bytes": str(len(upload.data))} | ({"again": "yes"} if upload.again else {})
        await self._activity.record(Activity(upload.account_id, "upload", self._clock.now(), job.id, said))
        return submitted

    async def _check_credits(self, upload: Upload, balance: int) -> None:
        """CreditsShort when the balance cannot pay what the job will reserve (it would wait for credits); the file
        is read for it only when the balance does not cover every line it could hold."""
        bound = await asyncio.to_thread(self._reader.lines_at_most, upload.data, upload.filename)
        if bound is not None and bound <= balance:
            return
        needed = await asyncio.to_thread(credits_needed, self._reader, upload)
        if needed is not None and needed > balance:
            purpose = f"to classify the {needed} distinct line(s) of {upload.filename}"
            raise CreditsShort(balance, needed, list(self._packages), purpose)

    def check_country(self, country: str) -> None:
        """UnknownCountry unless Gumruk has a declaration schema for it (checked first: the header depends on it)."""
        try:
            self._countries.national_code_length(country)
        except LookupError as unknown:
            raise UnknownCountry(str(unknown).strip("'\"")) from None
