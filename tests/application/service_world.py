"""Every service use case wired over the in-memory twins and the fakes: a whole service without I/O."""

from datetime import UTC, datetime
from typing import cast

from adapters.accounts.in_memory import InMemoryAccountRepository
from adapters.activity.in_memory import InMemoryActivityLog
from adapters.clock.fixed import FixedClock
from adapters.credits.ledger_credits import LedgerCredits
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.jobs.in_memory_listing import InMemoryJobListing
from adapters.ledger.in_memory import InMemoryLedger, InMemoryPurchases
from adapters.memory.in_memory import InMemoryClassificationMemory
from adapters.payments.manual_approval import ManualApprovalGateway
from adapters.progress.in_memory import RecordingProgressNotifier
from adapters.security.jwt_tokens import JwtSessionTokens
from adapters.sessions.in_memory_failures import InMemorySignInFailures
from adapters.sessions.in_memory_revoked import InMemoryRevokedSessions
from adapters.storage.in_memory import InMemoryFileStorage
from adapters.tasks.in_process import InProcessTaskQueue, Step
from application.accounts.api_keys import IssueApiKey
from application.accounts.authenticate import Authenticate
from application.accounts.change_password import ChangePassword, ResetPassword
from application.accounts.register import RegisterAccount
from application.accounts.sign_in import SignIn
from application.accounts.sign_in_throttle import SignInLimits, SignInThrottle
from application.accounts.sign_out import SignOut
from application.billing.approve import ApprovePurchase
from application.billing.grant import GrantCredits
from application.billing.packages import CREDIT_PACKAGES
from application.billing.purchase import PurchaseCredits
from application.billing.resume import ResumeAwaitingJobs
from application.pipeline.steps import PipelineSteps
from application.pipeline.upload import AcceptUpload
from application.ports.jobs import UnitOfWork
from application.ports.tasks import TaskQueue
from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration
from application.processing.parse_product_list import ParseProductList
from application.processing.progress import Progress
from application.processing.reserve_credits import ReserveCredits
from application.processing.submit_product_list import SubmitProductList, Upload
from application.review.job_results import JobResults
from application.review.regenerate import RegenerateDeclaration
from application.review.review_line import ReviewLine
from domain.accounts.account import Account
from domain.goods.product_list import ProductList
from tests.application.fakes import (
    FakeCountries,
    FakeNomenclature,
    FakeReader,
    FakeRenderer,
    KeywordClassifier,
    header,
    line,
)  # fmt: skip


class PlainPasswords:
    """A reversible stand-in for argon2, so that use case tests stay fast."""

    def hash(self, password: str) -> str:
        return "plain:" + password

    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash == "plain:" + password


class ReviewNomenclature(FakeNomenclature):
    """The fake nomenclature plus the codes the review tests choose."""

    def tariff_text(self, code: str) -> str | None:
        extra = {"090210": "Green tea in packings <= 3 kg", "847141": "Other data-processing machines"}
        return extra.get(code[:6]) or super().tariff_text(code)

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        """The imported tariff divides 090210 only; 847141 is a subheading it does not cover."""
        return [("090210100", "Green tea, flavoured"), ("090210900", "Other green tea")] if hs6 == "090210" else []


def invoice() -> ProductList:
    return ProductList([line(1, "Tea green 100 g"), line(2, "Laptop 15 inch"), line(3, "TEA  green 100 g"),
                        line(4, "Tea black")])  # fmt: skip


class ServiceWorld:
    def __init__(
        self,
        listing: ProductList | None = None,
        trial_credits: int = 10,
        chunk_lines: int = 2,
        tasks: TaskQueue | None = None,
    ) -> None:
        self.clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        self.accounts, self.ledger, self.purchases = InMemoryAccountRepository(), InMemoryLedger(), InMemoryPurchases()
        self.activity, self.memory, self.storage = (
            InMemoryActivityLog(),
            InMemoryClassificationMemory(),
            InMemoryFileStorage(),
        )
        self.store, self.events, self.tasks = InMemoryJobStore(), RecordingProgressNotifier(), InProcessTaskQueue()
        self.queue: TaskQueue = tasks or self.tasks
        self.listing, self.classifier, self.renderer = (
            InMemoryJobListing(self.store),
            KeywordClassifier(),
            FakeRenderer(),
        )
        self.credits, self.tokens, self.passwords = (
            LedgerCredits(self.ledger, self.clock),
            JwtSessionTokens("test secret", self.clock),
            PlainPasswords(),
        )
        progress, countries, nomenclature = Progress(self.events), FakeCountries(self.renderer), ReviewNomenclature()
        self.sign_in_failures = InMemorySignInFailures(self.clock)
        throttle = SignInThrottle(self.sign_in_failures, SignInLimits())
        self.register = RegisterAccount(
            self.accounts, self.passwords, self.ledger, self.activity, self.clock, trial_credits, throttle
        )
        self.sign_in = SignIn(self.accounts, self.passwords, self.tokens, self.activity, self.clock, throttle)
        self.issue_api_key = IssueApiKey(self.accounts, self.activity, self.clock)
        self.revoked_sessions = InMemoryRevokedSessions(self.clock)
        self.authenticate = Authenticate(self.accounts, self.tokens, self.revoked_sessions)
        self.sign_out = SignOut(self.tokens, self.revoked_sessions)
        self.change_password = ChangePassword(
            self.accounts, self.passwords, self.tokens, self.activity, self.clock, throttle
        )
        self.reset_password = ResetPassword(self.accounts, self.passwords, self.activity, self.clock)
        self.resume = ResumeAwaitingJobs(self.listing, self.queue)
        self.purchase = PurchaseCredits(
            ManualApprovalGateway(self.purchases), self.activity, self.clock, CREDIT_PACKAGES
        )
        self.approve = ApprovePurchase(self.purchases, self.ledger, self.resume, self.activity, self.clock)
        self.grant = GrantCredits(self.accounts, self.ledger, self.resume, self.activity, self.clock)
        self.generate = GenerateDeclaration(
            self.uow, self.storage, countries, nomenclature, self.credits, progress, self.clock
        )
        reader = FakeReader(listing or invoice())
        self.steps = PipelineSteps(
            ParseProductList(self.uow, self.storage, reader, progress, self.clock),
            ReserveCredits(self.uow, self.credits, progress, self.clock),
            ClassifyChunk(self.uow, self.memory, self.classifier, progress, chunk_lines=chunk_lines),
            self.generate,
            self.queue,
            self.uow,
            self.credits,
            progress,
            self.clock,
        )
        self.accept = AcceptUpload(
            SubmitProductList(self.uow, self.storage, self.clock),
            self.ledger,
            self.queue,
            self.activity,
            self.clock,
            CREDIT_PACKAGES,
            countries,
            reader,
        )
        self.results = JobResults(self.uow, self.listing, self.storage, self.activity, self.clock)
        self.review = ReviewLine(
            self.results, self.uow, self.memory, nomenclature, countries, self.activity, self.clock
        )
        self.regenerate = RegenerateDeclaration(self.results, self.generate, self.activity, self.clock)

    def uow(self) -> UnitOfWork:
        return cast(UnitOfWork, InMemoryUnitOfWork(self.store))

    async def account(self, email: str = "broker@example.com") -> Account:
        return await self.register(email, "correct horse")

    async def upload(self, account: Account, data: bytes = b"description;value\nTea;1\n", again: bool = True) -> str:
        """The id of the job; `again` (as most tests want) starts a new one even for the same bytes."""
        submitted = await self.accept(Upload(account.id, "invoice.csv", data, "TM", header(), again=again))
        return submitted.job.id

    async def waiting_job(self, account: Account) -> str:
        """Two uploads of the invoice (3 credits each) that the balance covers one at a time, as when they come in
        together: the first reserves, the second waits in AWAITING_CREDITS. Its id."""
        await self.upload(account)
        second = await self.upload(account)
        await self.work()
        return second

    async def work(self) -> None:
        """Runs every queued step, and what they queue, as a worker would."""
        while not self.tasks.pending.empty():
            task = self.tasks.pending.get_nowait()
            if task.step is Step.PARSE:
                await self.steps.prepare(task.job_id)
            elif task.step is Step.CLASSIFY:
                await self.steps.classify(task.job_id, task.chunk)
            else:
                await self.steps.generate(task.job_id)
