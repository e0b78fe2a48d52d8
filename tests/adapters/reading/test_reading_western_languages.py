"""Invoices headed in German, French, Spanish, Italian, Portuguese and Turkish, in their legacy code page and in
UTF-8: every usual column is read as its field (goods, quantity, unit, prices, amount, origin, masses, code,
packages)."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()

FIELDS = ("description", "quantity", "unit", "unit_price", "value", "origin", "net_mass", "gross_mass",
          "declared_code", "packages")  # fmt: skip
# language: (legacy code page, header naming FIELDS in their order, after a line-number column; one goods line)
INVOICES = {
    "german": (
        "cp1252",
        "Pos.;Bezeichnung;Menge;Einheit;Einzelpreis;Gesamtpreis, EUR;Ursprungsland;Nettogewicht (kg);"
        "Bruttogewicht (kg);Zolltarifnr.;Packstücke",
        "10;Kreiselpumpe, Edelstahl;4;Stk;1640,00;6560,00;Deutschland;208;230;84137081;4",
    ),
    "german-abbreviated": (
        "cp1252",
        "Pos.;Artikelbezeichnung;Menge;Einh.;Einzelpr.;Betrag EUR;Ursprungsl.;Nettogew.;Bruttogew.;Warennr.;Kolli",
        "10;Kreiselpumpe, Edelstahl;4;Stk;1640,00;6560,00;DE;208;230;84137081;4",
    ),
    "french": (
        "cp1252",
        "N°;Désignation;Quantité;Unité;Prix unitaire HT;Montant HT, EUR;Pays d'origine;Poids net (kg);"
        "Poids brut (kg);Code douanier;Nombre de colis",
        "1;Pompe centrifuge, inox;4;pcs;1640,00;6560,00;France;208;230;84137081;4",
    ),
    "spanish": (
        "cp1252",
        "Nº;Descripción;Cantidad;Unidad;Precio unitario;Importe, EUR;País de origen;Peso neto (kg);Peso bruto (kg);"
        "Partida arancelaria;Bultos",
        "1;Bomba centrífuga, acero inoxidable;4;pcs;1640,00;6560,00;ES;208;230;84137081;4",
    ),
    "italian": (
        "cp1252",
        "N.;Descrizione;Quantità;Unità di misura;Prezzo unitario;Importo, EUR;Paese di origine;Peso netto (kg);"
        "Peso lordo (kg);Codice doganale;Colli",
        "1;Pompa centrifuga, acciaio inox;4;pcs;1640,00;6560,00;Italia;208;230;84137081;4",
    ),
    "portuguese": (
        "cp1252",
        "Nº;Descrição;Quantidade;Unidade;Preço unitário;Valor total, EUR;País de origem;Peso líquido (kg);"
        "Peso bruto (kg);NCM;Número de volumes",
        "1;Bomba centrífuga, aço inoxidável;4;pcs;1640,00;6560,00;Portugal;208;230;84137081;4",
    ),
    "turkish": (
        "cp1254",
        "Sıra No;Malın Cinsi;Miktar;Birim;Birim Fiyat (USD);Tutar (USD);Menşei;Net Ağırlık (Kg);Brüt Ağırlık (Kg);"
        "GTİP;Koli Adedi",
        "1;Santrifüj pompa, paslanmaz çelik;4;adet;1640,00;6560,00;Türkiye;208;230;84137081;4",
    ),
}


def _cases() -> list[object]:
    cases = []
    for language, (page, header, goods) in INVOICES.items():
        text = f"{header}\n{goods}\n"
        cases.append(pytest.param(text, text.encode(page), id=f"{language}-{page}"))
        cases.append(pytest.param(text, text.encode(), id=f"{language}-utf-8"))
    return cases


@pytest.mark.parametrize(("text", "data"), _cases())
def test_every_usual_column_of_an_invoice_in_the_suppliers_language_is_read(text: str, data: bytes) -> None:
    header, goods = [line.split(";") for line in text.splitlines()]
    listing = reader.read(data, "invoice.csv")
    assert {field: listing.columns.get(field) for field in FIELDS} == dict(zip(FIELDS, header[1:], strict=True))
    [line] = listing.lines
    assert line.description == goods[1]
    assert line.quantity is not None and line.quantity.amount == 4
    assert line.value is not None and line.value.amount == Decimal("6560.00")
    assert line.net_mass is not None and line.net_mass.kilograms == 208
    assert line.origin is not None and line.packages == 4


@pytest.mark.parametrize(
    "header",
    ["Artikel-Nr.", "TL Karşılığı", "Volume (CBM)", "MwSt-Betrag", "Montant TVA", "Importe IVA", "USt"],
)
def test_columns_beside_the_goods_fields_name_none(header: str) -> None:
    text = f"Bezeichnung;Menge;Betrag, EUR;Nettogewicht;{header}\nKreiselpumpe;4;6560,00;208;12\n"
    listing = reader.read(text.encode(), "rechnung.csv")
    assert header not in listing.columns.values()
