"""The English job page in a real browser: header boxes named by their labels, the problems panel's marker."""

from typing import Any

import pytest

from tests.entrypoints.web.conftest import new_email, register, upload_lines

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_english_job_page_names_header_boxes_by_their_labels_and_shows_its_warnings_open(page: Any) -> None:
    """A trial read 'header: customs_office' on the English page, and a folded panel with no arrow."""
    register(page, new_email())
    page.goto("/lang/en?next=/dashboard")
    upload_lines(page, "two.csv", 2)
    page.wait_for_selector("#status-badge[data-status=NEEDS_HEADER_DETAILS]")
    page.wait_for_selector("#job-problems:not([hidden])")
    boxes = page.locator("#job-problems tbody td:nth-child(2)").all_text_contents()
    assert "Customs office" in boxes and not [box for box in boxes if box.startswith("header: ")], boxes
    marker = page.evaluate("getComputedStyle(document.querySelector('#job-problems summary'), '::before').content")
    assert marker in ('"▸"', '"▾"')
