"""How many credits a product list will ask to reserve, read at upload time so a short balance is said at once."""

from application.ports.reader import ProductListReader, UnusableFile
from application.processing.line_keys import description_key
from application.processing.parse_product_list import chunk_problems, sheet_openings
from application.processing.submit_product_list import Upload
from domain.goods.problems import Severity


def credits_needed(reader: ProductListReader, upload: Upload) -> int | None:
    """One credit per distinct description: what the pipeline reserves once the file is parsed (read as the job
    will read it: the columns and sheets named). None when the file stops before any line is classified (unusable,
    or an error a broker must fix first): that costs nothing, and the job says why."""
    try:
        named, sheets, country = upload.named_columns, upload.sheets, upload.country
        chunks = reader.read_chunks(upload.data, upload.filename, named_columns=named, sheets=sheets, country=country)
        distinct: set[str] = set()
        for opens, chunk in sheet_openings(chunks):
            if any(problem.severity is Severity.ERROR for problem in chunk_problems(opens, chunk)):
                return None
            distinct.update(description_key(line.description) for line in chunk.lines)
    except UnusableFile:
        return None
    return len(distinct)
