"""The whole pipeline in one process: what the CLI runs. The queued pipeline (`application.pipeline.steps`)
shares its first half, `chunks_to_classify`, so both run the steps in the same order."""

from collections.abc import Sequence
from dataclasses import dataclass

from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration, GenerationOutcome
from application.processing.parse_product_list import ParseProductList
from application.processing.reserve_credits import ReserveCredits


async def chunks_to_classify(
    parse: ParseProductList, reserve: ReserveCredits, classify: ClassifyChunk, job_id: str
) -> Sequence[int] | None:
    """Parses the file and reserves the credits; the chunks left to classify, or None when the job stopped
    (problems in the file, or credits short)."""
    if not await parse(job_id) or not await reserve(job_id):
        return None
    return await classify.chunks(job_id)


@dataclass(slots=True)
class ProcessJob:
    parse: ParseProductList
    reserve: ReserveCredits
    classify: ClassifyChunk
    generate: GenerateDeclaration

    async def __call__(self, job_id: str) -> GenerationOutcome | None:
        """Runs every step that is still to do; None when the job stopped (problems, or credits short)."""
        chunks = await chunks_to_classify(self.parse, self.reserve, self.classify, job_id)
        if chunks is None:
            return None
        for chunk in chunks:
            await self.classify(job_id, chunk)
        return await self.generate(job_id)
