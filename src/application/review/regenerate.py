"""After review, the declaration is built again from the lines as they now are."""

from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.processing.generate_declaration import GenerateDeclaration, GenerationOutcome
from application.review.errors import NotReviewable
from application.review.job_results import JobResults
from domain.processing.job import JobStatus


class RegenerateDeclaration:
    def __init__(self, results: JobResults, generate: GenerateDeclaration, activity: ActivityLog, clock: Clock) -> None:
        self._results, self._generate, self._activity, self._clock = results, generate, activity, clock

    async def __call__(self, account_id: str, job_id: str) -> GenerationOutcome:
        """Credits are not charged again: the job's capture is keyed and already made."""
        job = await self._results.job(account_id, job_id)
        if job.status is not JobStatus.COMPLETED:
            raise NotReviewable(f"job {job_id} is {job.status}: only a completed job is generated again")
        outcome = await self._generate(job_id)
        await self._activity.record(Activity(account_id, "regenerate", self._clock.now(), job_id,
                                             {"problems": str(len(outcome.problems))}))  # fmt: skip
        return outcome
