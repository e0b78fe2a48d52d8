"""The whole pipeline in one process: what the CLI and the embedded worker run."""

from dataclasses import dataclass

from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration, GenerationOutcome
from application.processing.parse_product_list import ParseProductList
from application.processing.reserve_credits import ReserveCredits


@dataclass(slots=True)
class ProcessJob:
    parse: ParseProductList
    reserve: ReserveCredits
    classify: ClassifyChunk
    generate: GenerateDeclaration

    async def __call__(self, job_id: str) -> GenerationOutcome | None:
        """Runs every step that is still to do; None when the job stopped (problems, or credits short)."""
        if not await self.parse(job_id) or not await self.reserve(job_id):
            return None
        for chunk in await self.classify.chunks(job_id):
            await self.classify(job_id, chunk)
        return await self.generate(job_id)
