"""A prepared sheet's goods lines, chunk by chunk: the reading plan settled once from its first rows, the lines
built chunk after chunk, and the sheet's totals and notes on its last chunk."""

from collections.abc import Iterator

from adapters.reading.chunk_lines import chunk_lines
from adapters.reading.chunk_normalising import normalise_chunk
from adapters.reading.declared_codes import DeclaredCodes
from adapters.reading.hidden_columns import hidden_columns_note
from adapters.reading.invoice_totals import InvoiceTotal
from adapters.reading.line_building import LineBuilder
from adapters.reading.list_notes import file_notes
from adapters.reading.missing_quantity import no_quantity_note
from adapters.reading.other_currency_amounts import other_currency_amount_notes
from adapters.reading.quantity_net_masses import UnweighedLines
from adapters.reading.reading_plan import plan_reading
from adapters.reading.replacement_characters import lost_letters_note, replacement_note
from adapters.reading.shared_figures import SharedFigures
from adapters.reading.sheet_preparation import PreparedSheet
from adapters.reading.totals import TotalsWatch
from adapters.reading.unheaded_cells import unheaded_cells_notes
from adapters.reading.units_in_cells import units_written
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList


def sheet_chunks(
    sheet: PreparedSheet,
    chunk_rows: int,
    codes: DeclaredCodes,
    below_the_total: list[InvoiceTotal] | None = None,
) -> Iterator[ProductList]:
    """The sheet's lines chunk by chunk; the total rows below its grand total go to `below_the_total` (a sheet of
    several: None for a list of one sheet). Each call reads the sheet afresh."""
    table, layout, aside = sheet.table, sheet.layout, sheet.aside
    body = sheet.body
    plan = plan_reading(table, layout, body.head(chunk_rows), frozenset(aside.left_out), aside.origin, codes)
    builder = LineBuilder(plan)
    watch = TotalsWatch(builder, of_several=below_the_total is not None)
    unweighed = UnweighedLines(plan)
    shared = SharedFigures(table, layout)
    starts = range(0, body.height, chunk_rows)
    with_unit = without_unit = 0
    for start in starts:
        frame = normalise_chunk(body.slice(start, chunk_rows), layout.first_data_row + start, plan)
        written, unwritten = units_written(frame)
        with_unit, without_unit = with_unit + written, without_unit + unwritten
        lines = chunk_lines(frame, builder, watch)
        shared.share(lines)
        unweighed.count(lines)
        chunk = ProductList(lines=lines, currency=plan.currency, columns=layout.headers())
        if start == starts[-1]:
            chunk.totals, held_goods = watch.finish()
            (below_the_total if below_the_total is not None else []).extend(watch.below_the_total)
            chunk.lines.extend(held_goods)
            shared.share(held_goods)
            unweighed.count(held_goods)
            unheaded = unheaded_cells_notes(table, layout, watch.left_out)
            unheaded += other_currency_amount_notes(table, layout, set(watch.left_out))
            sheets = [RowProblem(None, None, note, Severity.WARNING) for note in table.notes]
            chunk.problems = [
                *sheets,
                *replacement_note(table, layout),
                *lost_letters_note(table, layout),
                *file_notes(plan, (with_unit, without_unit)),
                *no_quantity_note(table, layout),
                *unweighed.problems(),
                *shared.notes(),
                *builder.stale_formats.notes(),
                *builder.amount_notes(),
                *aside.notes(plan),
                *hidden_columns_note(table),
                *watch.problems,
                *unheaded,
            ]
        yield chunk


def whole(chunks: Iterator[ProductList]) -> ProductList:
    """The chunks as one list."""
    merged = ProductList(lines=[])
    for chunk in chunks:
        merged.lines.extend(chunk.lines)
        merged.problems.extend(chunk.problems)
        merged.totals, merged.currency, merged.columns = chunk.totals, chunk.currency, chunk.columns | merged.columns
    return merged
