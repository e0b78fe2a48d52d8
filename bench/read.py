"""Reading benchmark: the Polars path against pandas + openpyxl on a 100,000-line XLSX, and a 1,000,000-line CSV
(also with one row, half-way down, longer than the header).

    .venv/bin/python bench/read.py [--xlsx-lines 100000] [--csv-lines 1000000] [--skip-pandas]

Each measurement runs in its own process (so peak RSS is its own) on invoices generated once into the temp
directory: English headers, a title block, numbers as numbers (XLSX, also with its texts as shared strings, as
Excel keeps them, one text in 1,000 struck through; and a 1,000-line one whose shared strings end with a
hostile 1 MB string: 'si>' and two random letters, over and over); Russian headers, cp1251, ';', decimal
commas (CSV). Prints a markdown table: wall time, CPU time (all threads) and peak RSS.
"""

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from decimal import Decimal
from pathlib import Path

GOODS = [
    ("Refrigerator, two-door, 420 l", "8418102001", "pcs", "China"),
    ("Sunflower oil, refined, 1 l", "1512191000", "l", "Russia"),
    ("Ceramic floor tiles 60x60", "6907210000", "m2", "Türkiye"),
    ("Cotton bed sheets 220x240", "6302310009", "pcs", "Uzbekistan"),
    ("LED lamp E27 12 W", "8539520009", "pcs", "China"),
    ("Black tea, leaf, 250 g", "0902400000", "kg", "India"),
]
RU_GOODS = [
    ("Холодильник двухкамерный", "8418102001", "шт", "Китай"),
    ("Масло подсолнечное рафинированное", "1512191000", "л", "Россия"),
    ("Плитка керамическая напольная", "6907210000", "м2", "Турция"),
    ("Мука пшеничная высшего сорта", "1101001500", "кг", "Казахстан"),
]


def _line(rng: random.Random, goods: list[tuple[str, str, str, str]], number: int) -> tuple:
    text, code, unit, origin = goods[number % len(goods)]
    quantity, price = rng.randint(1, 500), Decimal(rng.randint(50, 90_000)) / 100
    net = Decimal(rng.randint(10, 200_000)) / 10
    return f"{text}, lot {number % 997}", code, quantity, unit, price, price * quantity, net, net + 3, origin


def make_xlsx(path: Path, lines: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Invoice")
    sheet.append(["COMMERCIAL INVOICE No. BENCH-1"])
    sheet.append(["Seller: Bench Export Ltd."])
    sheet.append([])
    sheet.append(["No.", "Description of goods", "HS code", "Quantity", "Unit", "Unit price, USD", "Amount, USD",
                  "Net weight, kg", "Gross weight, kg", "Country of origin"])  # fmt: skip
    rng = random.Random(7)
    for number in range(1, lines + 1):
        text, code, qty, unit, price, amount, net, gross, origin = _line(rng, GOODS, number)
        sheet.append([number, text, code, qty, unit, float(price), float(amount), float(net), float(gross), origin])
    book.save(path)


def make_shared_xlsx(path: Path, source: Path, struck_every: int = 0, extra: bytes = b"") -> None:
    """The `source` workbook with its texts in xl/sharedStrings.xml, each written once, as Excel writes them; every
    `struck_every`-th struck through as rich text; `extra` (strings no cell holds) at the end."""
    strings: dict[bytes, int] = {}

    def shared(cell: re.Match[bytes]) -> bytes:
        index = strings.setdefault(cell.group(2), len(strings))
        return b'<c r="' + cell.group(1) + b'" t="s"><v>' + str(index).encode() + b"</v></c>"

    relationship = (
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml" Id="rId99"/></Relationships>'
    )
    content_type = (
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part in book.infolist():
            content = book.read(part)
            if part.filename.startswith("xl/worksheets/"):
                content = re.sub(rb'<c r="([A-Z]+\d+)" t="inlineStr"><is>(.*?)</is></c>', shared, content)
            elif part.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", relationship)
            elif part.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", content_type)
            target.writestr(part.filename, content)
        written = [
            re.sub(rb"<t>(.*)</t>", rb"<r><rPr><strike/></rPr><t>\1</t></r>", text)
            if struck_every and i % struck_every == 0
            else text
            for text, i in strings.items()
        ]
        listed = b"".join(b"<si>" + text + b"</si>" for text in written) + extra
        target.writestr(
            "xl/sharedStrings.xml",
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + listed + b"</sst>",
        )


def hostile_string(size: int) -> bytes:
    """One string of 'si>' (a string's end tag, less its '</') and two random letters, over and over: 2.5 times
    smaller zipped, well past the zip-bomb guard."""
    rng, letters = random.Random(7), b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return b"<si><t>" + b"".join(b"si>" + bytes(rng.choices(letters, k=2)) for _ in range(size // 5)) + b"</t></si>"


def make_csv(path: Path, lines: int) -> None:
    rng = random.Random(7)
    rows = ["№;Наименование товара;Код ТН ВЭД;Кол-во;Ед. изм.;Цена;Сумма;Вес нетто, кг;Вес брутто, кг;Страна"]
    for number in range(1, lines + 1):
        text, code, qty, unit, price, amount, net, gross, origin = _line(rng, RU_GOODS, number)
        figures = ";".join(str(x).replace(".", ",") for x in (price, amount, net, gross))
        rows.append(f"{number};{text};{code};{qty};{unit};{figures};{origin}")
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1251"))


def make_ragged_csv(path: Path, clean: Path) -> None:
    """The clean CSV with two fields too many on the row half-way down."""
    rows = clean.read_bytes().split(b"\n")
    rows[len(rows) // 2] += b";extra;fields"
    path.write_bytes(b"\n".join(rows))


def measure(name: str, path: Path) -> dict[str, float]:
    """One measurement in this process: returns wall and CPU seconds, lines and peak RSS in MB."""
    data = path.read_bytes()
    wall, cpu = time.perf_counter(), time.process_time()
    if name == "pandas-openpyxl":
        import pandas as pd

        lines = len(pd.read_excel(path, engine="openpyxl", header=None, dtype=str))
    elif name == "polars-calamine":
        import polars as pl

        options = {"header_row": None, "dtypes": "string", "skip_rows": 0}
        lines = pl.read_excel(data, engine="calamine", has_header=False, read_options=options).height
    elif name == "polars-read-csv":
        import polars as pl

        lines = pl.read_csv(data.decode("cp1251").encode(), separator=";", infer_schema=False).height
    else:
        from adapters.reading import PolarsProductListReader

        lines = sum(len(chunk.lines) for chunk in PolarsProductListReader().read_chunks(data, path.name))
    return {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "lines": lines,
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _in_own_process(name: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--measure", name, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx-lines", type=int, default=100_000)
    parser.add_argument("--csv-lines", type=int, default=1_000_000)
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--measure", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        print(json.dumps(measure(arguments.measure[0], Path(arguments.measure[1]))))
        return
    folder = Path(tempfile.gettempdir()) / "gumruk-bench-read"
    folder.mkdir(exist_ok=True)
    xlsx, csv = folder / f"invoice-{arguments.xlsx_lines}.xlsx", folder / f"invoice-{arguments.csv_lines}.csv"
    if not xlsx.exists():
        make_xlsx(xlsx, arguments.xlsx_lines)
    if not csv.exists():
        make_csv(csv, arguments.csv_lines)
    shared = folder / f"invoice-{arguments.xlsx_lines}-shared.xlsx"
    if not shared.exists():
        make_shared_xlsx(shared, xlsx, struck_every=1000)
    small, hostile = folder / "invoice-1000.xlsx", folder / "invoice-1000-hostile.xlsx"
    if not small.exists():
        make_xlsx(small, 1000)
    if not hostile.exists():
        make_shared_xlsx(hostile, small, extra=hostile_string(1024 * 1024))
    ragged = folder / f"invoice-{arguments.csv_lines}-ragged.csv"
    if not ragged.exists():
        make_ragged_csv(ragged, csv)
    runs = [
        ("XLSX", "pandas + openpyxl, raw cells", "pandas-openpyxl", xlsx),
        ("XLSX", "pl.read_excel (calamine), raw cells", "polars-calamine", xlsx),
        ("XLSX", "PolarsProductListReader, product lines", "reader", xlsx),
        ("XLSX", "PolarsProductListReader, texts as shared strings", "reader", shared),
        ("XLSX", "PolarsProductListReader, a hostile 1 MB shared string", "reader", hostile),
        ("CSV", "pl.read_csv (decoded cp1251), raw cells", "polars-read-csv", csv),
        ("CSV", "PolarsProductListReader, product lines", "reader", csv),
        ("CSV", "PolarsProductListReader, one row too long", "reader", ragged),
    ]
    print("| file | path | lines | wall s | CPU s | peak RSS MB |\n|---|---|---:|---:|---:|---:|")
    for kind, label, name, path in runs:
        if arguments.skip_pandas and name.startswith("pandas"):
            continue
        result = _in_own_process(name, path)
        print(f"| {kind} {path.stat().st_size / 1e6:.1f} MB | {label} | {result['lines']:,} | {result['wall']:.2f} "
              f"| {result['cpu']:.2f} | {result['rss']:.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
