"""The one place where Gumruk's parts are chosen and wired, from the settings."""

from pathlib import Path

from dependency_injector import containers, providers
from redis import Redis

from adapters.accounts.in_memory import InMemoryAccountRepository
from adapters.activity.in_memory import InMemoryActivityLog
from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.read_model import ParquetReadModel
from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.clock.system import SystemClock
from adapters.credits.ledger_credits import LedgerCredits
from adapters.credits.unmetered import UnmeteredCredits
from adapters.declaration.country_registry import DeclarationCountries
from adapters.declaration.header_file import load_header
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.jobs.in_memory_listing import InMemoryJobListing
from adapters.jobs.sql_listing import SqlJobListing
from adapters.ledger.in_memory import InMemoryLedger, InMemoryPurchases
from adapters.memory.in_memory import InMemoryClassificationMemory
from adapters.payments.manual_approval import ManualApprovalGateway
from adapters.persistence.accounts import SqlAccountRepository
from adapters.persistence.activity import SqlActivityLog
from adapters.persistence.engine import make_engine, make_session_factory
from adapters.persistence.ledger import SqlLedger, SqlPurchases
from adapters.persistence.memory import SqlClassificationMemory
from adapters.persistence.unit_of_work import SqlUnitOfWork
from adapters.progress.console import ConsoleProgressNotifier
from adapters.progress.local_hub import LocalProgressHub
from adapters.progress.redis_pubsub import RedisProgressNotifier
from adapters.reading.reader import PolarsProductListReader
from adapters.security.argon2_passwords import Argon2Passwords
from adapters.security.jwt_tokens import JwtSessionTokens
from adapters.storage.in_memory import InMemoryFileStorage
from adapters.tariff.file_reader import PolarsTariffFileReader
from adapters.tariff.file_store import FileTariffStore
from adapters.tariff.tariff_nomenclature import TariffNomenclature
from adapters.tariff.units import supplementary_unit
from adapters.tasks.dramatiq_queue import DramatiqTaskQueue
from adapters.tasks.in_process import InProcessTaskQueue
from application.accounts.administrators import CreateAdministrator
from application.accounts.api_keys import IssueApiKey, RevokeApiKey
from application.accounts.authenticate import Authenticate
from application.accounts.change_password import ChangePassword, ResetPassword
from application.accounts.register import RegisterAccount
from application.accounts.sign_in import SignIn
from application.accounts.sign_in_throttle import SignInThrottle
from application.accounts.sign_out import SignOut
from application.analytics.overview import AnalyticsOverview
from application.analytics.telemetry import PipelineTelemetry
from application.billing.approve import ApprovePurchase
from application.billing.grant import GrantCredits
from application.billing.packages import CREDIT_PACKAGES
from application.billing.purchase import PurchaseCredits
from application.billing.resume import ResumeAwaitingJobs
from application.billing.statement import CreditStatement
from application.billing.waiting_for_credits import WaitingForCredits
from application.memory.account_memory import AccountMemory
from application.memory.teach_memory import TeachMemory
from application.pipeline.steps import PipelineSteps
from application.pipeline.upload import AcceptUpload
from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration
from application.processing.parse_product_list import ParseProductList
from application.processing.process_job import ProcessJob
from application.processing.progress import Progress
from application.processing.reserve_credits import ReserveCredits
from application.processing.submit_product_list import SubmitProductList
from application.review.declaration_as_built import DeclarationAsBuilt
from application.review.job_header import ChangeJobHeader
from application.review.job_results import JobResults
from application.review.regenerate import RegenerateDeclaration
from application.review.review_line import ReviewLine
from application.tariff.import_tariff import ImportNationalTariff
from application.tariff.national_line_chooser import NationalLineChooser
from entrypoints import settings_choices as chosen
from entrypoints.classifier_index import AnnouncingOfflineClassifier
from entrypoints.service_wiring import service_storage, wire_service
from entrypoints.settings import load_settings
from entrypoints.worker.broker import redis_broker


class Container(containers.DeclarativeContainer):
    settings = providers.Singleton(load_settings)
    clock = providers.Singleton(SystemClock)

    header_loader = providers.Object(load_header)
    nomenclature = providers.Singleton(HsNomenclature)
    countries = providers.Singleton(DeclarationCountries)
    reader = providers.Singleton(
        PolarsProductListReader, providers.Callable(chosen.reading_limits, settings),
        is_subheading=nomenclature.provided.exists, national_codes=countries.provided.national_codes,
    )  # fmt: skip
    offline_classifier = providers.Singleton(
        AnnouncingOfflineClassifier, settings.provided.cache_dir, nomenclature=nomenclature,
        auto_accept=providers.Callable(chosen.auto_accept, settings),
    )  # fmt: skip
    engine_classifier = providers.Singleton(chosen.classifier, settings, offline_classifier, nomenclature)
    file_storage = providers.Singleton(service_storage, settings)  # lasting files: tariffs; a service's uploads too
    tariff_store = providers.Singleton(FileTariffStore, file_storage)
    classifier = providers.Singleton(NationalLineChooser, engine_classifier, tariff_store, "TM", clock)
    tariff_nomenclature = providers.Singleton(TariffNomenclature, nomenclature, tariff_store, clock)
    import_national_tariff = providers.Factory(
        ImportNationalTariff, providers.Singleton(PolarsTariffFileReader), nomenclature, countries,
        providers.Object(supplementary_unit), tariff_store, clock,
    )  # fmt: skip

    storage = providers.Singleton(InMemoryFileStorage)
    job_store = providers.Singleton(InMemoryJobStore)
    unit_of_work = providers.Factory(InMemoryUnitOfWork, job_store)
    memory = providers.Singleton(InMemoryClassificationMemory)
    credits = providers.Singleton(UnmeteredCredits)
    notifier = providers.Singleton(ConsoleProgressNotifier)
    progress = providers.Singleton(Progress, notifier)
    grouping = providers.Object(True)
    # The service's PipelineTelemetry (for_service); the command line reports nothing.
    pipeline_telemetry: providers.Provider[PipelineTelemetry | None] = providers.Object(None)

    submit_product_list = providers.Factory(
        SubmitProductList, unit_of_work.provider, storage, clock, telemetry=pipeline_telemetry
    )
    parse_product_list = providers.Factory(
        ParseProductList, unit_of_work.provider, storage, reader, progress, clock, telemetry=pipeline_telemetry
    )
    reserve_credits = providers.Factory(
        ReserveCredits, unit_of_work.provider, credits, progress, clock, telemetry=pipeline_telemetry
    )
    classify_chunk = providers.Factory(
        ClassifyChunk, unit_of_work.provider, memory, classifier, progress, settings.provided.chunk_lines,
        telemetry=pipeline_telemetry, national_lines=classifier, readiness=offline_classifier,
    )  # fmt: skip
    generate_declaration = providers.Factory(
        GenerateDeclaration, unit_of_work.provider, storage, countries, tariff_nomenclature, credits, progress, clock,
        grouping=grouping, telemetry=pipeline_telemetry, national_lines=classifier,
    )  # fmt: skip
    process_job = providers.Factory(
        ProcessJob, parse_product_list, reserve_credits, classify_chunk, generate_declaration
    )

    # --- service ---
    # Ports the service adds: in-memory twins here, SQL / S3 / Redis ones switched on by `for_service`.
    accounts = providers.Singleton(InMemoryAccountRepository)
    ledger = providers.Singleton(InMemoryLedger)
    purchases = providers.Singleton(InMemoryPurchases)
    activity = providers.Singleton(InMemoryActivityLog)
    job_listing = providers.Singleton(InMemoryJobListing, job_store)
    ledger_credits = providers.Singleton(LedgerCredits, ledger, clock)
    passwords = providers.Singleton(Argon2Passwords)
    session_tokens = providers.Singleton(JwtSessionTokens, settings.provided.secret_key, clock)
    credit_packages = providers.Object(CREDIT_PACKAGES)
    payment_gateway = providers.Singleton(ManualApprovalGateway, purchases)
    task_queue = providers.Singleton(InProcessTaskQueue)

    database_engine = providers.Singleton(make_engine, settings.provided.database_url)
    session_factory = providers.Singleton(make_session_factory, database_engine)
    sql_unit_of_work = providers.Factory(SqlUnitOfWork, session_factory)
    sql_accounts = providers.Singleton(SqlAccountRepository, session_factory)
    sql_ledger = providers.Singleton(SqlLedger, session_factory)
    sql_purchases = providers.Singleton(SqlPurchases, session_factory)
    sql_activity = providers.Singleton(SqlActivityLog, session_factory)
    sql_memory = providers.Singleton(SqlClassificationMemory, session_factory, clock)
    sql_job_listing = providers.Singleton(SqlJobListing, session_factory)
    redis = providers.Singleton(Redis.from_url, settings.provided.redis_url)
    broker = providers.Singleton(redis_broker, settings.provided.redis_url)
    dramatiq_queue = providers.Singleton(DramatiqTaskQueue, broker)
    local_hub = providers.Singleton(LocalProgressHub)
    redis_notifier = providers.Singleton(RedisProgressNotifier, redis)

    async_redis = providers.Singleton(chosen.async_redis, settings)
    sign_in_failures = providers.Singleton(chosen.sign_in_failures, async_redis, clock)
    sign_in_throttle = providers.Factory(
        SignInThrottle, sign_in_failures, providers.Callable(chosen.sign_in_limits, settings)
    )
    register_account = providers.Factory(
        RegisterAccount, accounts, passwords, ledger, activity, clock, settings.provided.trial_credits,
        sign_in_throttle,
    )  # fmt: skip
    sign_in = providers.Factory(SignIn, accounts, passwords, session_tokens, activity, clock, sign_in_throttle)
    change_password = providers.Factory(
        ChangePassword, accounts, passwords, session_tokens, activity, clock, sign_in_throttle
    )
    reset_password = providers.Factory(ResetPassword, accounts, passwords, activity, clock)
    issue_api_key = providers.Factory(IssueApiKey, accounts, activity, clock)
    revoke_api_key = providers.Factory(RevokeApiKey, accounts, activity, clock)
    revoked_sessions = providers.Singleton(chosen.revoked_sessions, async_redis, clock)
    authenticate = providers.Factory(Authenticate, accounts, session_tokens, revoked_sessions)
    sign_out = providers.Factory(SignOut, session_tokens, revoked_sessions)
    create_administrator = providers.Factory(
        CreateAdministrator, register_account, accounts, passwords, activity, clock
    )
    credit_statement = providers.Factory(CreditStatement, ledger)
    waiting_for_credits = providers.Factory(WaitingForCredits, ledger, credit_packages)
    resume_awaiting_jobs = providers.Factory(ResumeAwaitingJobs, job_listing, task_queue)
    purchase_credits = providers.Factory(PurchaseCredits, payment_gateway, activity, clock, credit_packages)
    approve_purchase = providers.Factory(ApprovePurchase, purchases, ledger, resume_awaiting_jobs, activity, clock)
    grant_credits = providers.Factory(GrantCredits, accounts, ledger, resume_awaiting_jobs, activity, clock)
    pipeline_steps = providers.Factory(
        PipelineSteps, parse_product_list, reserve_credits, classify_chunk, generate_declaration, task_queue,
        unit_of_work.provider, credits, progress, clock, telemetry=pipeline_telemetry,
    )  # fmt: skip
    accept_upload = providers.Factory(
        AcceptUpload, submit_product_list, ledger, task_queue, activity, clock, credit_packages, countries, reader
    )
    job_results = providers.Factory(JobResults, unit_of_work.provider, job_listing, storage, activity, clock)
    declaration_as_built = providers.Factory(DeclarationAsBuilt, job_results, countries)
    review_line = providers.Factory(
        ReviewLine, job_results, unit_of_work.provider, memory, tariff_nomenclature, countries, activity, clock
    )
    account_memory = providers.Factory(AccountMemory, memory, accounts, activity, clock)
    teach_memory = providers.Factory(TeachMemory, memory, tariff_nomenclature, countries, activity, clock)
    regenerate_declaration = providers.Factory(
        RegenerateDeclaration, job_results, generate_declaration, activity, clock
    )
    change_job_header = providers.Factory(
        ChangeJobHeader, job_results, unit_of_work.provider, regenerate_declaration, activity, clock
    )

    # --- analytics ---
    # Live figures and Datadog metrics fed by the pipeline; the history from the Parquet read model (ADR 0007).
    metrics = providers.Singleton(chosen.metrics, settings)
    live_figures = providers.Singleton(chosen.live_figures, async_redis, clock)
    telemetry = providers.Singleton(PipelineTelemetry, metrics, live_figures)
    analytics_history = providers.Singleton(DuckDbAnalyticsHistory, providers.Callable(chosen.analytics_root, settings))
    analytics_overview = providers.Singleton(AnalyticsOverview, live_figures, analytics_history, clock)
    read_model: providers.Provider[ParquetReadModel | None] = providers.Object(None)  # for_service: the Parquet one
    parquet_read_model = providers.Singleton(
        ParquetReadModel, database_engine, providers.Callable(chosen.analytics_root, settings), analytics_history, clock
    )

    @classmethod
    def for_service(cls, data_dir: Path | None = None) -> "Container":
        """`gumruk serve` / `gumruk worker`: embedded or full stack, as the GUMRUK_* settings say."""
        container: Container = wire_service(cls(), load_settings(data_dir))
        container.pipeline_telemetry.override(container.telemetry)
        container.read_model.override(container.parquet_read_model)
        return container

    # --- end service ---

    @classmethod
    def for_command_line(cls, grouping: bool = True, data_dir: Path | None = None) -> "Container":
        """One run of `gumruk` on the local machine: jobs in memory, nothing charged, a bar on stderr; the memory
        (and the accounts it belongs to) in the data folder's database, migrated when first used."""
        container = cls()
        settings = load_settings(data_dir)
        container.settings.override(providers.Object(settings))
        container.grouping.override(providers.Object(grouping))
        for port, sql in (("memory", "sql_memory"), ("accounts", "sql_accounts"), ("activity", "sql_activity")):
            getattr(container, port).override(
                providers.Singleton(chosen.migrated_first, settings, getattr(container, sql))
            )
        return container
