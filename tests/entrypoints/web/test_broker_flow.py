"""A broker in a real browser: register, upload, watch the bar reach 100 %, review a code, download the XML."""

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from domain.goods.problems import Severity
from tests.entrypoints.http.conftest import HEADER_FIELDS
from tests.entrypoints.web.conftest import ADMIN, TRIAL_CREDITS, new_email, register, sign_in, upload_lines

pytestmark = [pytest.mark.browser, pytest.mark.slow]
EXAMPLES = Path(__file__).parents[3] / "examples"


def test_upload_watch_review_and_download_a_valid_declaration(
    page: Any, service: tuple[str, Any], screenshots: Path
) -> None:
    container = service[1]
    email = new_email()
    register(page, email)
    page.wait_for_selector("#packages .package")
    assert page.text_content("#balance") == "40"
    page.click("summary")  # the optional declaration header
    page.fill("input[name=consignee_name]", "Merw Ýoly HJ")
    page.set_input_files("#file-input", str(EXAMPLES / "invoice-ru.csv"))
    page.click("#upload-button")

    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#progress[aria-valuenow='95'] #bar:not(.done)")  # completed, the header leaves boxes blank
    page.wait_for_selector("#status-badge[data-status=NEEDS_HEADER_DETAILS]")
    fill_in_the_missing_header(page)
    page.wait_for_selector("#progress[aria-valuenow='100']")
    assert page.get_attribute("#status-badge", "data-status") == "COMPLETED" and page.is_visible("#bar.done")
    page.wait_for_selector("#lines tr[data-row]")
    rows = page.locator("#lines tr[data-row]")
    assert rows.count() == 10

    tiles = page.locator("#lines tr[data-row]", has_text="Плитка керамическая")
    tiles.locator(".own input").fill("12")
    tiles.locator(".own button").click()
    page.wait_for_selector("#lines tr .row-error:has-text('neither an HS-6')")
    tiles.locator(".own input").fill("6907.21")
    tiles.locator(".own button").click()
    page.locator("#lines tr.saved", has_text="Плитка керамическая").wait_for()
    assert (tiles.locator(".code").text_content(), tiles.locator(".source").text_content()) == ("6907.21", "review")

    shoes = page.locator("#lines tr[data-row]", has_text="Обувь мужская кожаная")
    alternative = shoes.locator(".change select option").nth(1).get_attribute("value") or ""
    shoes.locator(".change select").select_option(alternative)
    shoes.locator(".own button").click()
    page.locator("#lines tr.saved", has_text="Обувь мужская").wait_for()
    assert shoes.locator(".code").text_content().replace(".", "").replace(" ", "") == alternative
    page.locator("#lines tr[data-row]", has_text="Обои").locator(".rationale summary").click()
    page.screenshot(path=str(screenshots / "job-review.png"), full_page=True)
    reloaded_changed_since_built(page)

    page.click("#generate")
    page.wait_for_selector(".generation.alert-ok")
    with page.expect_download() as download:
        page.click("[data-download=xml]")
    xml = Path(download.value.path()).read_bytes()
    assert b"690721" in xml and alternative[:6].encode() in xml
    problems = container.countries().renderer("TM").validate(xml)
    assert [str(p) for p in problems if p.severity is Severity.ERROR] == []
    assert all("690721" in codes for codes in downloaded_report_codes(page))

    page.goto("/dashboard")
    page.wait_for_selector("#jobs tbody tr[data-job] .badge[data-status=COMPLETED]")
    assert int(page.text_content("#balance") or "") < TRIAL_CREDITS  # the lines were charged
    page.screenshot(path=str(screenshots / "dashboard.png"))


def fill_in_the_missing_header(page: Any) -> None:
    """The boxes the upload left blank are asked for on the job page; saved, the declaration is built with them."""
    page.wait_for_selector("#header-missing input")
    missing = [page.get_attribute(f"#header-missing input >> nth={i}", "name") or "" for i in range(
        page.locator("#header-missing input").count())]  # fmt: skip
    assert "exporter_name" in missing and "consignee_name" not in missing  # the form's consignee was kept
    for name in missing:
        page.fill(f"#header-missing input[name={name}]", HEADER_FIELDS[name])
    page.click("#header-missing button[type=submit]")
    page.wait_for_load_state("load")
    page.wait_for_selector("#header-missing", state="hidden")
    page.wait_for_selector("[data-download=xml]")


def reloaded_changed_since_built(page: Any) -> None:
    """The badge says the declaration is to be built again, not 'Completed' beside files not offered."""
    page.reload()
    page.wait_for_selector("#status-badge[data-status=TO_REBUILD]")
    page.wait_for_selector("#lines tr[data-row]")


def test_bulk_accept_confirms_the_selected_lines(page: Any) -> None:
    register(page, new_email())
    page.set_input_files("#file-input", str(EXAMPLES / "invoice-tk.csv"))
    page.click("#upload-button")
    page.wait_for_selector("#lines tr[data-row]", timeout=60_000)
    rows = page.locator("#lines tr[data-row]")
    for index in (0, 1):
        rows.nth(index).locator("input[type=checkbox]").check()
    assert page.text_content("#accept-selected") == "Accept selected (2)"
    page.click("#accept-selected")
    page.wait_for_selector("#bulk-status:has-text('2 line(s) accepted')")
    assert page.locator("#lines tr.saved .source", has_text="review").count() >= 2


def test_a_description_with_markup_is_shown_as_text(page: Any) -> None:
    register(page, new_email())
    csv = "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n" \
          "<script>alert(1)</script> <b>tea</b>,1,pcs,10,1,China\n"  # fmt: skip
    dialogs: list[str] = []

    def opened(dialog: Any) -> None:  # an alert() would mean the markup ran
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", opened)
    page.evaluate(
        """(text) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], "markup.csv", { type: "text/csv" }));
            document.getElementById("dropzone").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer }));
        }""",
        csv,
    )
    assert page.text_content("#file-name").startswith("markup.csv")
    page.click("#upload-button")
    page.wait_for_selector("#lines tr[data-row] .desc")
    assert page.text_content("#lines .desc") == "<script>alert(1)</script> <b>tea</b>"
    assert page.locator("#lines .desc script, #lines .desc b").count() == 0
    assert dialogs == []


def test_short_of_credits_the_upload_offers_packages_and_an_approved_purchase_tops_up(
    page: Any, browser: Any, service: tuple[str, Any]
) -> None:
    email = new_email()
    register(page, email)
    upload_lines(page, "forty.csv", TRIAL_CREDITS)  # every credit spent
    page.wait_for_selector("#status-badge[data-status=NEEDS_HEADER_DETAILS]")  # completed; no header given
    page.goto("/dashboard")
    page.wait_for_selector("#balance:text-is('0')")
    upload_lines(page, "one-more.csv", 1, wait=False)
    page.wait_for_selector("#upload-result .alert-warn")
    assert "your balance is 0" in page.text_content("#upload-result")
    page.click("#upload-result .package[data-package=starter]")
    page.wait_for_selector("#purchase-note:has-text('pending')")

    admin = browser.new_context(base_url=service[0], viewport={"width": 1440, "height": 900}, locale="en-US")
    admin_page = admin.new_page()
    sign_in(admin_page, ADMIN)
    admin_page.goto("/admin")
    admin_page.click(f"#pending tr:has-text('{email}') [data-approve]")
    admin_page.wait_for_selector("#admin-result.alert-ok")
    admin.close()
    page.goto("/dashboard")
    page.wait_for_selector("#balance:text-is('500')")


def downloaded_report_codes(page: Any) -> tuple[list[str], str]:
    """The codes of the report's workbook (the main link) and the text of its CSV (the small link beside it)."""
    with page.expect_download() as workbook:
        page.click("#report-link")
    assert workbook.value.suggested_filename.endswith("-report.xlsx")
    sheet = load_workbook(io.BytesIO(Path(workbook.value.path()).read_bytes())).active
    assert sheet is not None
    with page.expect_download() as csv_file:
        page.click("#report-csv-link")
    return [str(cell.value)[:6] for cell in sheet["C"]], Path(csv_file.value.path()).read_text(
        encoding="utf-8"
    ).replace(".", "")
