"""Regenerate the example product lists: invoice-en.xlsx, invoice-ru.csv (cp1251) and invoice-tk.csv (UTF-8 BOM).

Some lines carry the supplier's code, others none, as real invoices do.
Run from the repository root: `.venv/bin/python examples/make_examples.py`. The goods, companies and codes are
invented; every line has net mass <= gross mass and amount = quantity x unit price, and the printed totals
are the sums of the lines.
"""

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent

# description, HS code, quantity, unit, unit price, net kg, gross kg, origin, packages
EN_LINES = [
    (
        "Refrigerator, two-door, 420 l, stainless steel",
        "8418102001",
        24,
        "pcs",
        "385.00",
        "1752.0",
        "1896.0",
        "Türkiye",
        24,
    ),
    (
        "Automatic washing machine, front loading, 7 kg",
        "8450111100",
        30,
        "pcs",
        "262.50",
        "1950.0",
        "2100.0",
        "Türkiye",
        30,
    ),
    ("Refined sunflower oil, 1 l PET bottles", "1512191000", 4800, "l", "1.18", "4416.0", "4720.0", "Russia", 400),
    ("Durum wheat pasta, spaghetti, 500 g packs", "1902190000", 3000, "kg", "0.96", "3000.0", "3150.0", "Italy", 300),
    ("Black tea, leaf, in packs of 250 g", "0902300000", 1200, "kg", "4.75", "1200.0", "1290.0", "India", 120),
    ("Glazed ceramic floor tiles 60x60 cm", "", 864, "m2", "7.40", "17280.0", "17900.0", "China", 48),
    ("Portland cement CEM I 42.5 R, 50 kg bags", "2523290000", 20, "t", "68.00", "20000.0", "20080.0", "Iran", 400),
    ("Cotton bed sheets, printed, 220x240 cm", "", 600, "pcs", "6.90", "540.0", "585.0", "Uzbekistan", 20),
    ("Men's denim jeans, cotton", "", 450, "pairs", "11.20", "337.5", "362.0", "Bangladesh", 15),
    ("Deep groove ball bearings 6205-2RS", "", 2000, "pcs", "1.35", "260.0", "284.0", "China", 10),
    ("LED lamps E27, 12 W, 4000 K", "", 5000, "pcs", "0.62", "310.0", "365.0", "China", 25),
    ("Hydraulic gear pump sets for tractors", "", 40, "sets", "118.00", "224.0", "251.0", "Germany", 4),
]

RU_LINES = [
    ("Холодильник бытовой двухкамерный", "8418 10 200 1", "12", "шт", "410,00", "876,000", "948,000", "Беларусь"),
    ("Масло подсолнечное рафинированное", "1512 19 100 0", "2 400", "л", "1,22", "2 208,000", "2 360,000", "Россия"),
    ("Мука пшеничная высшего сорта", "1101 00 150 0", "10 000", "кг", "0,38", "10 000,000", "10 080,000", "Казахстан"),
    ("Плитка керамическая напольная", "6907 21 000 0", "540", "м2", "7,10", "10 800,000", "11 200,000", "Турция"),
    ("Обои флизелиновые, рулон 10 м", "4814 90 100 0", "1 500", "рулон", "3,45", "1 950,000", "2 040,000", "Россия"),
    ("Кабель медный ВВГ 3х2,5", "8544 49 930 0", "5 000", "м", "0,84", "650,000", "700,000", "Россия"),
    ("Обувь мужская кожаная", "6403 99 930 0", "300", "пар", "24,50", "330,000", "372,000", "Китай"),
    ("Комплект постельного белья, бязь", "6302 21 000 0", "400", "компл", "8,75", "640,000", "680,000", "Узбекистан"),
    ("Краска водоэмульсионная белая", "3209 10 000 9", "1 800", "кг", "1,15", "1 800,000", "1 890,000", "Германия"),
    ("Фильтр масляный для грузовых автомобилей", "8421 23 000 0", "250", "шт", "6,40", "150,000", "172,500", "Китай"),
]

TK_LINES = [
    ("Kir ýuwujy maşyn, awtomatik, 6 kg", "", "20", "sany", "240.00", "1260.0", "1360.0", "Türkiýe"),
    ("Günebakar ýagy, arassalanan, 5 l", "", "1500", "litr", "1.15", "1380.0", "1470.0", "Russiýa"),
    ("Makaron önümleri, 400 g", "", "2000", "kg", "0.90", "2000.0", "2100.0", "Türkiýe"),
    ("Gara çaý, 100 g gaplamada", "", "800", "kg", "5.20", "800.0", "872.0", "Hindistan"),
    ("Keramiki diwar plitkasy 30x60", "", "650", "m2", "6.80", "9750.0", "10100.0", "Hytaý"),
    ("Ýatak esbaplary toplumy, pagta mata", "", "350", "toplum", "9.40", "525.0", "560.0", "Özbegistan"),
    ("Aýakgap, erkek, deri", "", "240", "jübüt", "21.00", "264.0", "300.0", "Hytaý"),
    ("LED lampa, 9 W", "", "3000", "sany", "0.55", "150.0", "180.0", "Hytaý"),
]


def _sum(values: list[str], comma: bool = False) -> Decimal:
    return sum((Decimal(v.replace(" ", "").replace(",", ".")) for v in values), Decimal(0))


def _ru(amount: Decimal, places: int) -> str:
    """1234.5 -> '1 234,50': the Russian way, with a space between thousands and a decimal comma."""
    return f"{amount:,.{places}f}".replace(",", " ").replace(".", ",")


def write_english_xlsx(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Invoice"
    sheet.append(["COMMERCIAL INVOICE"])
    sheet.merge_cells("A1:K1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Seller: Anatolia Home & Build Export Ltd., Organize Sanayi Bölgesi, Bursa, Türkiye"])
    sheet.append(["Buyer: Ak Ýol Trading HJ, 1958 Street 45, Ashgabat, Turkmenistan"])
    sheet.append(["Invoice No. AHB-2026-0147", None, None, "Date: 12.03.2026", None, "Terms: CPT Ashgabat"])
    sheet.append(["Currency: USD"])
    sheet.append([])
    top = [
        "No.",
        "Description of goods",
        "HS code",
        "Quantity",
        "Unit",
        "Unit price, USD",
        "Amount, USD",
        "Weight (kg)",
        None,
        "Country of origin",
        "Packages",
    ]
    sheet.append(top)
    sheet.append([None] * 7 + ["Net", "Gross"])
    sheet.merge_cells("H7:I7")
    for column in "ABCDEFGJK":
        sheet.merge_cells(f"{column}7:{column}8")
    for cell in (*sheet[7], *sheet[8]):
        cell.font, cell.alignment = Font(bold=True), Alignment(horizontal="center", wrap_text=True)
    amounts, nets, grosses = [], [], []
    for number, (text, code, qty, unit, price, net, gross, origin, packages) in enumerate(EN_LINES, 1):
        amount = Decimal(price) * qty
        amounts.append(amount), nets.append(Decimal(net)), grosses.append(Decimal(gross))
        sheet.append(
            [number, text, code, qty, unit, float(price), float(amount), float(net), float(gross), origin, packages]
        )
    sheet.append([])
    sheet.append(
        [
            None,
            "TOTAL",
            None,
            None,
            None,
            None,
            float(sum(amounts)),
            float(sum(nets)),
            float(sum(grosses)),
            None,
            sum(line[8] for line in EN_LINES),
        ]
    )
    sheet.append([])
    sheet.append(
        [
            None,
            "Say: US dollars as per total above. Goods of Turkish, Russian, Italian, Indian, "
            "Chinese, Iranian, Uzbek, Bangladeshi and German origin.",
        ]
    )
    sheet.append([None, "Authorised signature: ____________________"])
    for column, width in zip("ABCDEFGHIJK", (5, 46, 13, 9, 7, 11, 12, 10, 10, 16, 9), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


def write_russian_csv(path: Path) -> None:
    rows = [
        "Поставщик: ООО «ТехноСнаб», г. Москва;;;;;;;;;",
        "Получатель: ХО «Мерв Ёлы», г. Мары, Туркменистан;;;;;;;;;",
        "Счет-фактура № 58 от 03.02.2026, валюта: доллар США;;;;;;;;;",
        "№;Наименование товара;Код ТН ВЭД;Кол-во;Ед. изм.;Цена;Сумма;Вес нетто, кг;Вес брутто, кг;Страна происхождения",
    ]
    amounts = []
    for number, (text, code, qty, unit, price, net, gross, origin) in enumerate(RU_LINES, 1):
        amount = _sum([qty]) * _sum([price])
        amounts.append(amount)
        rows.append(f"{number};{text};{code};{qty};{unit};{price};{_ru(amount, 2)};{net};{gross};{origin}")
    nets, grosses = _sum([line[5] for line in RU_LINES]), _sum([line[6] for line in RU_LINES])
    rows.append(f";ИТОГО:;;;;;{_ru(sum(amounts, Decimal(0)), 2)};{_ru(nets, 3)};{_ru(grosses, 3)};")
    rows.append("Руководитель ____________ /Смирнов А.В./;;;;;;;;;")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))


def write_turkmen_csv(path: Path) -> None:
    rows = [
        'T/b,Harydyň ady,HS kody,Mukdary,Ölçeg birligi,"Bahasy (birlik), ABŞ dollary",'
        '"Jemi bahasy, ABŞ dollary","Netto agramy, kg","Brutto agramy, kg",Gelip çykan ýurdy'
    ]
    amounts = []
    for number, (text, code, qty, unit, price, net, gross, origin) in enumerate(TK_LINES, 1):
        amount = Decimal(qty) * Decimal(price)
        amounts.append(amount)
        rows.append(f'{number},"{text}",{code},{qty},{unit},{price},{amount:.2f},{net},{gross},{origin}')
    nets, grosses = _sum([line[5] for line in TK_LINES]), _sum([line[6] for line in TK_LINES])
    rows.append(f",JEMI,,,,,{sum(amounts, Decimal(0)):.2f},{nets},{grosses},")
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8-sig"))


if __name__ == "__main__":
    write_english_xlsx(HERE / "invoice-en.xlsx")
    write_russian_csv(HERE / "invoice-ru.csv")
    write_turkmen_csv(HERE / "invoice-tk.csv")
    print("wrote invoice-en.xlsx, invoice-ru.csv, invoice-tk.csv in", HERE)
