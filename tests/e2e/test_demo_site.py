"""The bundled demo site shows the patterns it claims to, and its clean pages really are clean.

These measure the pages directly in Chromium (independently of Consentinel's collector and
checks), so a finding or a silence in the demo e2e tests can be trusted: if a check misses the
annual bill's fine print, it is the check, not a demo page that drifted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from consentinel.demo import demo_flows_dir, demo_site_dir
from consentinel.journeys import load_journeys
from consentinel.server import serve_directory

NewPage = Callable[..., Page]
REPO_FLOWS = Path(__file__).resolve().parents[2] / "flows"

# WCAG 2.2 SC 1.4.3 minimum for normal text, and the sizes checks.md names for fine print.
WCAG_AA_NORMAL = 4.5
FINE_PRINT_MAX_PX = 11.0
READABLE_MIN_PX = 14.0

DARK_BILLS = ("/annual-bill/en.html", "/annual-bill/zh.html")
CLEAN_BILLS = ("/annual-bill/en-clean.html", "/annual-bill/zh-clean.html")

# One evaluate returning the facts about the consent checkbox and the text around it.
_CONSENT_FACTS = """(selector) => {
  const box = document.querySelector(selector);
  const block = box.closest('#sesame-consent, .option, label');
  const label = box.closest('label') || document.querySelector(`label[for="${box.id}"]`);
  let bgEl = label, bg = 'rgba(0, 0, 0, 0)';
  while (bgEl && /rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) {
    bg = getComputedStyle(bgEl).backgroundColor; bgEl = bgEl.parentElement;
  }
  if (/rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) bg = 'rgb(255, 255, 255)';
  const style = getComputedStyle(label);
  const r = label.getBoundingClientRect();
  return {checked: box.checked, fontSize: parseFloat(style.fontSize), color: style.color,
          background: bg, text: block.innerText, width: r.width, height: r.height,
          opacity: parseFloat(style.opacity)};
}"""


def _rgb(css: str) -> tuple[float, float, float]:
    r, g, b = (float(v) for v in re.findall(r"[\d.]+", css)[:3])
    return r, g, b


def _luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2.2 relative luminance."""
    def channel(v: float) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg_css: str, bg_css: str) -> float:
    lighter, darker = sorted((_luminance(_rgb(fg_css)), _luminance(_rgb(bg_css))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21.0)
    assert contrast_ratio("rgb(200, 200, 200)", "rgb(255, 255, 255)") == pytest.approx(1.67, abs=0.01)


@pytest.fixture(scope="module")
def demo_base_url() -> Iterator[str]:
    with serve_directory(demo_site_dir()) as base_url:
        yield base_url


def test_package_paths_point_at_shipped_files() -> None:
    site, flows = demo_site_dir(), demo_flows_dir()
    assert (site / "index.html").is_file()
    for path in (*DARK_BILLS, *CLEAN_BILLS, "/signup/dark.html", "/signup/clean.html"):
        assert (site / path.lstrip("/")).is_file(), path
    assert len(list(flows.glob("*.yaml"))) >= 7


def test_bundled_and_example_journeys_validate_with_relative_paths() -> None:
    """Every journey loads (structure, devices, timezones, check ids) and leaves base_url to
    the runner, so the same files run against any server."""
    journeys = load_journeys([demo_flows_dir(), REPO_FLOWS])
    assert len(journeys) >= 10
    for journey in journeys:
        assert journey.base_url is None, journey.name
    by_name = {j.name: j for j in journeys}
    zh = by_name["Annual bill, Simplified Chinese, iPhone 13 (dark)"]
    assert (zh.device, zh.locale, zh.timezone) == ("iPhone 13", "zh-CN", "Asia/Shanghai")


@pytest.mark.browser
def test_index_links_every_demo_page(new_page: NewPage, demo_base_url: str) -> None:
    page = new_page()
    page.goto(demo_base_url + "/index.html")
    hrefs = {a.get_attribute("href") for a in page.locator("a").all()}
    expected = {p.lstrip("/") for p in (*DARK_BILLS, *CLEAN_BILLS, "/signup/dark.html", "/signup/clean.html")}
    assert expected <= hrefs
    for href in expected:
        assert page.request.get(f"{demo_base_url}/{href}").ok, href


@pytest.mark.parametrize("device", [None, "iPhone 13"])
@pytest.mark.parametrize("path", DARK_BILLS)
@pytest.mark.browser
def test_dark_bill_has_tiny_pale_preticked_consent(new_page: NewPage, demo_base_url: str, path: str,
                                                   device: str | None) -> None:
    page = new_page(device=device)
    page.goto(demo_base_url + path)
    facts = page.evaluate(_CONSENT_FACTS, "input[name=sesame_agreement]")
    assert facts["checked"] is True
    assert facts["fontSize"] <= FINE_PRINT_MAX_PX
    assert contrast_ratio(facts["color"], facts["background"]) < WCAG_AA_NORMAL
    # Perceivable (the pattern is "tiny and pale", not hidden): real size and full opacity.
    assert facts["width"] > 50 and facts["height"] > 5 and facts["opacity"] == 1
    assert ("Sesame Credit" in facts["text"]) or ("芝麻服务协议" in facts["text"])
    assert page.get_by_role("button", name=re.compile("View my bill|查看我的账单")).is_visible()


@pytest.mark.parametrize("device", [None, "iPhone 13"])
@pytest.mark.parametrize("path", CLEAN_BILLS)
@pytest.mark.browser
def test_clean_bill_has_readable_unticked_separate_choice(new_page: NewPage, demo_base_url: str,
                                                          path: str, device: str | None) -> None:
    page = new_page(device=device)
    page.goto(demo_base_url + path)
    facts = page.evaluate(_CONSENT_FACTS, "input[name=sesame_agreement]")
    assert facts["checked"] is False
    assert facts["fontSize"] >= READABLE_MIN_PX
    assert contrast_ratio(facts["color"], facts["background"]) >= WCAG_AA_NORMAL
    # No consent wording tied to viewing the bill anywhere on the clean page.
    body = page.inner_text("body")
    assert "By viewing" not in body and "即表示" not in body


@pytest.mark.parametrize(("path", "offers_checked"),
                         [("/signup/dark.html", True), ("/signup/clean.html", False)])
@pytest.mark.browser
def test_signup_offers_box(new_page: NewPage, demo_base_url: str, path: str, offers_checked: bool) -> None:
    page = new_page()
    page.goto(demo_base_url + path)
    assert page.get_by_label("Remember me on this device").is_checked()  # harmless, not consent
    assert page.get_by_label(re.compile("Send me offers from partners")).is_checked() is offers_checked
    facts = page.evaluate(_CONSENT_FACTS, "#partner-offers")
    assert facts["fontSize"] >= READABLE_MIN_PX
    assert contrast_ratio(facts["color"], facts["background"]) >= WCAG_AA_NORMAL


@pytest.mark.parametrize("path", ["/index.html", *DARK_BILLS, *CLEAN_BILLS, "/signup/dark.html"])
@pytest.mark.browser
def test_pages_are_responsive_without_horizontal_scroll(new_page: NewPage, demo_base_url: str,
                                                        path: str) -> None:
    page = new_page(device="iPhone 13")
    page.goto(demo_base_url + path)
    assert page.locator('meta[name="viewport"]').count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px on a phone"
