"""Product lists as suppliers send them, built in memory for the reader's tests (goods invented here)."""

import io
import zipfile
from collections.abc import Sequence
from decimal import Decimal

from openpyxl import Workbook

# description, HS code, quantity, unit, unit price, net kg, gross kg, origin
ENGLISH_GOODS = [
    ("Split air conditioner, 12000 BTU, inverter", "8415101000", 40, "pcs", "310.00", "1480.0", "1640.0", "China"),
    ("Gas cooker, 4 burners, with oven", "7321110000", 25, "pcs", "145.50", "1050.0", "1175.0", "Türkiye"),
    ("Canned green peas, 400 g tins", "0710210000", 6000, "kg", "0.85", "6000.0", "6480.0", "Iran"),
    ("Gypsum plasterboard 12.5 mm", "6809110000", 1200, "m2", "2.10", "10200.0", "10350.0", "Germany"),
    ("Cotton towels, terry, 70x140 cm", "6302600000", 800, "pcs", "3.40", "440.0", "470.0", "Uzbekistan"),
    ("Tractor oil filters", "8421230000", 300, "sets", "7.25", "180.0", "205.0", "CN"),
]


def english_xlsx(total_value: Decimal | None = None) -> bytes:
    """Title block, a header merged over two rows ('Weight, kg' over 'Net' / 'Gross'), a TOTAL row, a footer."""
    book = Workbook()
    sheet = book.active
    sheet.append(["COMMERCIAL INVOICE"])
    sheet.merge_cells("A1:J1")
    sheet.append(["Seller: Caspian Appliance Trading FZE, Jebel Ali, Dubai"])
    sheet.append(["Buyer: Altyn Düýe HJ, Ashgabat, Turkmenistan"])
    sheet.append(["Invoice No. CAT-0091", None, None, "Date: 02.04.2026"])
    sheet.append([])
    sheet.append(
        [
            "No.",
            "Description of goods",
            "HS code",
            "Quantity",
            "Unit",
            "Unit price, USD",
            "Amount, USD",
            "Weight, kg",
            None,
            "Country of origin",
        ]
    )
    sheet.append([None] * 7 + ["Net", "Gross"])
    sheet.merge_cells("H6:I6")
    for column in "ABCDEFGJ":
        sheet.merge_cells(f"{column}6:{column}7")
    amounts, nets, grosses = Decimal(0), Decimal(0), Decimal(0)
    for number, (text, code, qty, unit, price, net, gross, origin) in enumerate(ENGLISH_GOODS, 1):
        amount = Decimal(price) * qty
        amounts, nets, grosses = amounts + amount, nets + Decimal(net), grosses + Decimal(gross)
        sheet.append([number, text, code, qty, unit, float(price), float(amount), float(net), float(gross), origin])
    sheet.append([])
    printed = total_value if total_value is not None else amounts
    sheet.append(["TOTAL", None, None, None, None, None, float(printed), float(nets), float(grosses)])
    sheet.append([None, "Authorised signature ______________"])
    return _saved(book)


TORG12_GROUPS = [
    "№", "Товар", None, "Единица измерения", None, "Вид упаковки", "Количество", None, "Масса брутто",
    "Количество (масса нетто)", "Цена, руб. коп.", "Сумма без учета НДС, руб. коп.",
]  # fmt: skip
TORG12_PARTS = [
    None, "наименование, характеристика, сорт, артикул товара", "код", "наименование", "код по ОКЕИ", None,
    "в одном месте", "мест, штук", None, None, None, None,
]  # fmt: skip


def torg12_xlsx(lines: list[list[object]], footer: Sequence[list[object]] = ()) -> bytes:
    """A ТОРГ-12 without VAT columns: the groups merged over their parts, its lines (name, article, unit, ОКЕИ
    code, package, in one package, packages, gross, quantity (net mass), price, amount), its total, then `footer`
    and a signature. No origin column."""
    amount = sum(line[-1] for line in lines)  # type: ignore[misc]
    rows: list[list[object]] = [
        ["ТОВАРНАЯ НАКЛАДНАЯ № 42 от 03.04.2026"],
        ["Грузоотправитель: ООО «Посуда-Урал», г. Челябинск"],
        TORG12_GROUPS,
        TORG12_PARTS,
        *([number, *line] for number, line in enumerate(lines, 1)),
        [None] * 6 + ["Всего по накладной", None, None, None, "X", amount],
        [],
        *footer,
        ["Отпуск груза произвел", None, "кладовщик", None, "Сидорова А.П."],
    ]
    merges = ("B3:C3", "D3:E3", "G3:H3", *(f"{column}3:{column}4" for column in "AFIJKL"))
    return sheet_xlsx(rows, "ТОРГ-12", merges)


def sheet_xlsx(rows: list[list[object]], title: str = "Sheet1", merges: tuple[str, ...] = ()) -> bytes:
    """A one-sheet workbook of these rows, from A1."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for block in merges:
        sheet.merge_cells(block)
    return _saved(book)


def sheets_xlsx(*sheets: tuple[str, list[list[object]]], active: int = 0) -> bytes:
    """A workbook of these (title, rows) sheets in order, each from A1, opening on sheet `active`."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.active = active
    return _saved(book)


def _saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def russian_csv() -> bytes:
    """cp1251, ';', decimal commas with space-grouped thousands, an ИТОГО row and a signature below it."""
    rows = [
        "Поставщик: АО «Уралхимсбыт»;;;;;;;;",
        "Счет № 311 от 14.01.2026;;;;;;;;",
        "№ п/п;Наименование товара;Код ТН ВЭД;Кол-во;Ед. изм.;Цена, руб.;Сумма, руб.;Вес нетто, кг;Вес брутто, кг;"
        "Страна происхождения",
        "1;Удобрение азотное, мешки по 50 кг;3102 10 100 0;20;т;21 500,00;430 000,00;20 000,000;20 120,000;Россия",
        "2;Пленка полиэтиленовая тепличная;3920 10 250 0;1 250,5;кг;182,40;228 091,20;1 250,500;1 300,000;Беларусь",
        '3;Шланг поливочный 3/4", бухта 25 м;3917 32 000 9;400;шт;640,00;256 000,00;1 120,000;1 180,000;Китай',
        "4;Перчатки хлопчатобумажные;6116 92 000 0;1 000;пар;18,50;18 500,00;60,000;66,000;Узбекистан",
        ";ИТОГО:;;;;;932 591,20;22 430,500;22 666,000;",
        "Главный бухгалтер ______ Петрова Е.И.;;;;;;;;",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("cp1251")


def turkmen_csv() -> bytes:
    """UTF-8 with a BOM, ',' with quoted fields, Turkmen headers, a JEMI row."""
    rows = [
        "T/b,Harydyň ady,HS kody,Mukdary,Ölçeg birligi,Jemi bahasy (ABŞ dollary),Netto agramy,Brutto agramy,"
        "Gelip çykan ýurdy",
        '1,"Elektrik çäýnegi, 1,7 l",8516108000,120,sany,1440.00,156.0,170.0,Hytaý',
        '2,"Pomidor pastasy, 800 g",2002900000,900,kg,1215.00,900.0,990.0,Eýran',
        '3,"Polietilen turba, 32 mm",3917230000,2500,m,1750.00,625.0,650.0,Türkiýe',
        ",JEMI,,,,4405.00,1681.0,1810.0,",
    ]
    return ("\n".join(rows) + "\n").encode("utf-8-sig")


def utf16_tab_csv() -> bytes:
    """What Excel's 'Unicode text' export gives: UTF-16 with a BOM, tab-separated."""
    rows = [
        "Description\tQty\tUnit\tAmount, EUR\tOrigin",
        "Espresso machine, 15 bar\t12\tpcs\t1,896.00\tItaly",
        "Stainless steel cookware set, 10 pieces\t30\tsets\t2,250.00\tDE",
    ]
    return "\r\n".join(rows).encode("utf-16")


def zip_bomb(unpacked_bytes: int = 30 * 1024 * 1024) -> bytes:
    """A workbook-shaped zip whose one sheet unpacks a thousand times larger than it is packed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * unpacked_bytes)
    return buffer.getvalue()


def old_excel() -> bytes:
    """The start of an Excel 97-2003 .xls cut short: an OLE2 header and a 'Workbook' name, no stream (a whole one:
    xls_files)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 512


def encrypted_xlsx() -> bytes:
    """A password-protected .xlsx: OLE2 holding 'EncryptionInfo' and 'EncryptedPackage' streams."""
    streams = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + streams + b"\x00" * 512


def pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
