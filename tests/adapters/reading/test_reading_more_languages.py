"""Invoices with headers in the suppliers' languages (Central European, Baltic, Greek, Hebrew, Arabic, Persian),
in the legacy code page of the language and in UTF-8: the description, quantity and value columns are read."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()

# language: (legacy code page, header, two goods lines); the second and third fields of a line are its quantity
# and value, as in the header
INVOICES = {
    "polish": (
        "cp1250",
        "Nazwa towaru;Ilość;Wartość netto, PLN;J.m.;Cena jedn.;Waga netto;Kraj pochodzenia",
        ["Rękawice robocze, skórzane;200;700,00;szt;3,50;40,0;PL", "Łożyska kulkowe;40;480,00;szt;12,00;8,0;DE"],
    ),
    "czech": (
        "cp1250",
        "Název zboží;Množství;Celkem bez DPH, CZK;MJ;Cena za jednotku;Země původu",
        ["Dřevěné palety;100;8000,00;ks;80,00;CZ", "Kuličková ložiska;40;4820,00;ks;120,50;DE"],
    ),
    "slovak": (
        "cp1250",
        "Názov tovaru;Množstvo;Cena spolu, EUR;MJ;Jednotková cena;Krajina pôvodu",
        ["Pracovné rukavice, kožené;200;700,00;ks;3,50;SK", "Skrutky oceľové;1000;150,00;ks;0,15;SK"],
    ),
    "hungarian": (
        "cp1250",
        "Megnevezés;Mennyiség;Nettó érték, HUF;Mennyiségi egység;Nettó egységár;Származási ország",
        ["Fűtőtest, elektromos;5;40000;db;8000;HU", "Csőkulcs készlet;10;65000;db;6500;HU"],
    ),
    "romanian": (
        "cp1250",  # with the cedilla 'ş', 'ţ' of cp1250
        "Denumirea produselor;Cantitate;Valoare, RON;U.M.;Preţ unitar;Ţara de origine",
        ["Mănuşi de lucru;200;700,00;buc;3,50;RO", "Şuruburi din oţel;1000;150,00;buc;0,15;RO"],
    ),
    "greek": (
        "cp1253",
        "Περιγραφή είδους;Ποσότητα;Αξία, EUR;Μονάδα μέτρησης;Τιμή μονάδας;Χώρα προέλευσης",
        ["Ελαιόλαδο εξαιρετικό παρθένο, 1 λίτρο;500;3600,00;τεμ;7,20;GR", "Τυρί φέτα ΠΟΠ;120;1140,00;κιλά;9,50;GR"],
    ),
    "hebrew": (
        "cp1255",
        "תיאור פריט;כמות;סה״כ, ILS;יחידה;מחיר ליחידה;ארץ מוצא",
        ["חולצת כותנה לגברים;100;450,00;יח';4,50;IL", "שמן זית כתית מעולה;500;3600,00;יח';7,20;IL"],
    ),
    "arabic": (
        "cp1256",
        "الوصف;الكمية;المبلغ, AED;الوحدة;سعر الوحدة;بلد المنشأ",
        ["قميص قطني للرجال;100;450,00;قطعة;4,50;AE", "زيت زيتون بكر ممتاز;500;3600,00;قطعة;7,20;ES"],
    ),
    "persian": (
        "cp1256",  # which writes Persian 'ی' as Arabic 'ي'
        "شرح کالا;تعداد;مبلغ کل, IRR;واحد;قيمت واحد;کشور سازنده",
        ["پيراهن نخي مردانه;100;45000000;عدد;450000;IR", "زعفران ايراني;5;45000000;کيلوگرم;9000000;IR"],
    ),
    "lithuanian": (
        "cp1257",
        "Prekės pavadinimas;Kiekis;Suma, EUR;Mato vnt.;Vieneto kaina;Kilmės šalis",
        ["Darbinės pirštinės, odinės;200;700,00;vnt;3,50;LT", "Plieniniai varžtai, cinkuoti;1000;150,00;vnt;0,15;LT"],
    ),
    "latvian": (
        "cp1257",
        "Preces nosaukums;Daudzums;Summa, EUR;Mērvienība;Vienības cena;Izcelsmes valsts",
        ["Darba cimdi, ādas;200;700,00;gab;3,50;LV", "Tērauda skrūves, cinkotas;1000;150,00;gab;0,15;LV"],
    ),
    "estonian": (
        "cp1257",
        "Kauba nimetus;Kogus;Summa, EUR;Ühik;Ühiku hind;Päritoluriik",
        ["Töökindad, nahast;200;700,00;tk;3,50;EE", "Piimašokolaad, 100 g;500;600,00;tk;1,20;EE"],
    ),
}


def _cases() -> list[object]:
    """Each invoice in its legacy code page and in UTF-8; Persian in UTF-8 with its own 'ی'."""
    cases = []
    for language, (page, header, lines) in INVOICES.items():
        text = "\n".join([header, *lines]) + "\n"
        utf8 = text.replace("ي", "ی") if language == "persian" else text
        cases.append(pytest.param(text, text.encode(page), id=f"{language}-{page}"))
        cases.append(pytest.param(utf8, utf8.encode(), id=f"{language}-utf-8"))
    return cases


@pytest.mark.parametrize(("text", "data"), _cases())
def test_an_invoice_headed_in_the_suppliers_language_is_read(text: str, data: bytes) -> None:
    header, *lines = [line.split(";") for line in text.splitlines()]
    listing = reader.read(data, "invoice.csv")
    assert [listing.columns[field] for field in ("description", "quantity", "value")] == header[:3]
    assert [line.description for line in listing.lines] == [line[0] for line in lines]
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [Decimal(line[1]) for line in lines]
    values = [Decimal(line[2].replace(",", ".")) for line in lines]
    assert [line.value.amount for line in listing.lines if line.value] == values
    assert not [p for p in listing.all_problems() if "encoding" in p.reason]
