"""Turns a job's state into the progress event that users watch."""

from application.ports.progress import ProgressEvent, ProgressNotifier
from domain.processing.job import ProcessingJob


class Progress:
    def __init__(self, notifier: ProgressNotifier, download_url: str = "/processing/jobs/{job_id}/declaration"):
        self._notifier = notifier
        self._download_url = download_url

    async def publish(self, job: ProcessingJob, message: str) -> None:
        self._notifier.publish(
            ProgressEvent(
                job_id=job.id,
                status=job.status.value,
                progress=job.progress,
                lines_done=job.lines_done,
                lines_total=job.lines_total,
                message=message,
                download_url=self._download_url.format(job_id=job.id) if job.has_declaration else None,
            )
        )
