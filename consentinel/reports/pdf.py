"""report.pdf: the HTML evidence report printed by headless Chromium.

Regulators often file evidence as PDF. The HTML report is already self-contained and has a
print stylesheet, so the PDF is that same document printed by the same engine that audited
the pages. The HTML (with report.json's SHA-256 in it) stays the reference copy.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from consentinel.gather.browser import BrowserSettings, launch_browser

PAGE_FORMAT = "A4"
MARGIN = {"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"}


def write_pdf(html_path: Path, pdf_path: Path | None = None) -> Path:
    """Print ``html_path`` to ``pdf_path`` (default: beside it as report.pdf); returns the path."""
    html_path = Path(html_path)
    pdf_path = Path(pdf_path) if pdf_path is not None else html_path.with_suffix(".pdf")
    with sync_playwright() as playwright:
        browser = launch_browser(playwright, BrowserSettings())
        try:
            page = browser.new_page()
            page.goto(html_path.resolve().as_uri(), wait_until="load")
            page.pdf(path=str(pdf_path), format=PAGE_FORMAT, print_background=True, margin=MARGIN)
        finally:
            browser.close()
    return pdf_path
