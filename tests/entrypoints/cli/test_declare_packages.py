"""`gumruk declare` end to end on box 31 as a broker's trial found it wrong: '25 kg bags' declared as 25 packages
of kind PK (1600 bags), and 10 cartons and 1 pallet of one product declared as 11 cartons."""

from pathlib import Path

import pytest

from tests.entrypoints.cli.test_declare_boxes import declared, header_with

BAGS = (
    "Description,Quantity,Unit,Price,Amount,Net kg,Gross kg,Packing\n"
    '"Caustic soda flakes 99%",40,t,420,16800,40000,40200,"25 kg bags"\n'
    '"Urea 46%",200,t,310,62000,200000,200400,"50 kg bags"\n'
)
MIXED = (
    "Description,Quantity,Unit,Price,Amount,Net kg,Gross kg,Packages,Origin\n"
    '"LED bulb 9W E27",1000,pcs,1.2,1200,50,60,10 ctns,CN\n'
    '"LED bulb 9W E27",800,pcs,1.2,960,40,70,1 pallet,CN\n'
)


def _packages(root: object) -> list[tuple[str | None, str | None]]:
    return [
        (item.findtext("Packages/Number_of_packages"), item.findtext("Packages/Kind_of_packages_code"))
        for item in root.findall("Item")  # type: ignore[attr-defined]
    ]


@pytest.mark.slow
def test_bags_of_a_stated_size_are_counted_from_the_net_mass(tmp_path: Path) -> None:
    output, root = declared(tmp_path, BAGS, header_with())
    assert _packages(root) == [("1600", "BG"), ("4000", "BG")]
    assert root.findtext("Property/Nbers/Total_number_of_packages") == "5600"
    assert "not a kind of package" not in output


@pytest.mark.slow
def test_packages_of_different_kinds_are_never_summed_into_one_item(tmp_path: Path) -> None:
    output, root = declared(tmp_path, MIXED, header_with())
    assert _packages(root) == [("10", "CT"), ("1", "PX")]
    said = " ".join(output.split())
    assert "rows 1 and 2 would make one goods item but state packages of different kinds (CT, PX)" in said
