"""The one place where Gumruk's parts are chosen and wired, from the settings."""

from pathlib import Path

from dependency_injector import containers, providers

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.engine import OfflineClassifier
from adapters.clock.system import SystemClock
from adapters.credits.unmetered import UnmeteredCredits
from adapters.declaration.country_registry import DeclarationCountries
from adapters.declaration.header_file import load_header
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.memory.in_memory import InMemoryClassificationMemory
from adapters.progress.console import ConsoleProgressNotifier
from adapters.reading.limits import ReadingLimits
from adapters.reading.reader import PolarsProductListReader
from adapters.storage.in_memory import InMemoryFileStorage
from application.ports.classifier import Classifier, Nomenclature
from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration
from application.processing.parse_product_list import ParseProductList
from application.processing.process_job import ProcessJob
from application.processing.progress import Progress
from application.processing.reserve_credits import ReserveCredits
from application.processing.submit_product_list import SubmitProductList
from entrypoints.settings import Settings, load_settings


def _reading_limits(settings: Settings) -> ReadingLimits:
    return ReadingLimits(max_rows=settings.max_rows, max_cell_chars=settings.max_cell_chars)


def _classifier(settings: Settings, offline: OfflineClassifier, nomenclature: Nomenclature) -> Classifier:
    """The offline engine; the OpenAI agent in front of it when GUMRUK_CLASSIFIER=openai and a key is set."""
    if settings.classifier != "openai" or not settings.openai_api_key:
        return offline
    from adapters.classification.agent.factory import build_agent_classifier
    from adapters.classification.agent.settings import AgentSettings

    vector_stores = tuple(s for s in settings.openai_vector_store_id.split(",") if s)
    agent = AgentSettings(api_key=settings.openai_api_key, model=settings.openai_model, vector_store_ids=vector_stores)
    return build_agent_classifier(offline, nomenclature, agent)


class Container(containers.DeclarativeContainer):
    settings = providers.Singleton(load_settings)
    clock = providers.Singleton(SystemClock)

    reader = providers.Singleton(PolarsProductListReader, providers.Callable(_reading_limits, settings))
    header_loader = providers.Object(load_header)
    nomenclature = providers.Singleton(HsNomenclature)
    offline_classifier = providers.Singleton(OfflineClassifier, settings.provided.cache_dir, nomenclature=nomenclature)
    classifier = providers.Singleton(_classifier, settings, offline_classifier, nomenclature)
    countries = providers.Singleton(DeclarationCountries)

    storage = providers.Singleton(InMemoryFileStorage)
    job_store = providers.Singleton(InMemoryJobStore)
    unit_of_work = providers.Factory(InMemoryUnitOfWork, job_store)
    memory = providers.Singleton(InMemoryClassificationMemory)
    credits = providers.Singleton(UnmeteredCredits)
    notifier = providers.Singleton(ConsoleProgressNotifier)
    progress = providers.Singleton(Progress, notifier)
    grouping = providers.Object(True)

    submit_product_list = providers.Factory(SubmitProductList, unit_of_work.provider, storage, clock)
    parse_product_list = providers.Factory(ParseProductList, unit_of_work.provider, storage, reader, progress, clock)
    reserve_credits = providers.Factory(ReserveCredits, unit_of_work.provider, credits, progress, clock)
    classify_chunk = providers.Factory(
        ClassifyChunk, unit_of_work.provider, memory, classifier, progress, settings.provided.chunk_lines
    )
    generate_declaration = providers.Factory(
        GenerateDeclaration, unit_of_work.provider, storage, countries, nomenclature, credits, progress, clock,
        grouping=grouping,
    )  # fmt: skip
    process_job = providers.Factory(
        ProcessJob, parse_product_list, reserve_credits, classify_chunk, generate_declaration
    )

    @classmethod
    def for_command_line(cls, grouping: bool = True, data_dir: Path | None = None) -> "Container":
        """One run of `gumruk` on the local machine: jobs in memory, nothing charged, a bar on stderr."""
        container = cls()
        container.settings.override(providers.Object(load_settings(data_dir)))
        container.grouping.override(providers.Object(grouping))
        return container
