"""How many credits a product list will ask to reserve, read at upload time so a short balance is said at once."""

from application.ports.reader import ProductListReader, UnusableFile
from application.processing.line_keys import description_key
from application.processing.parse_product_list import chunk_problems
from domain.goods.problems import Severity


def credits_needed(reader: ProductListReader, data: bytes, filename: str) -> int | None:
    """One credit per distinct description: what the pipeline reserves once the file is parsed. None when the
    file stops before any line is classified (unusable, or an error a broker must fix first): that costs nothing,
    and the job says why."""
    try:
        chunks = reader.read_chunks(data, filename)
        distinct: set[str] = set()
        for number, chunk in enumerate(chunks):
            if any(problem.severity is Severity.ERROR for problem in chunk_problems(number, chunk)):
                return None
            distinct.update(description_key(line.description) for line in chunk.lines)
    except UnusableFile:
        return None
    return len(distinct)
