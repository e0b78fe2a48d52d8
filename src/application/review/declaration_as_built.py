"""The declaration as built, read back from its XML for the broker to check against the invoice before lodging:
parties, office, terms and totals, and every goods item with its code, origin, masses, quantity and value."""

from application.ports.registry import CountryRegistry
from application.review.job_results import JobResults
from domain.declaration.as_built import BuiltDeclaration


class DeclarationAsBuilt:
    def __init__(self, results: JobResults, countries: CountryRegistry) -> None:
        self._results, self._countries = results, countries

    async def __call__(self, account_id: str, job_id: str, part: int = 1) -> BuiltDeclaration:
        """One part (a list past 999 goods items is declared in several); not ready or outdated as its download."""
        job, xml = await self._results.declaration_xml(account_id, job_id, part)
        return self._countries.renderer(job.country).as_built(xml, part, len(job.declaration_keys))
