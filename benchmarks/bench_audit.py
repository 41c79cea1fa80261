"""Benchmark: one ``audit()`` (collector + every snapshot check) against axe-core's full run.

Why a ratio: absolute timings vary from machine to machine; the cost relative to a reference
run in the same browser, on the same page, in the same process does not. axe-core's full
``axe.run()`` is the reference because it is what accessibility suites already pay per page.
Target: audit / axe <= 0.5.

The generated page has ~3,000 elements: articles of text with inline links, forms with
labels, tables, deeply nested divs, and a fixed consent banner with a pre-ticked custom
toggle and pale, small consent text (so the checks have real work to do).

Usage::

    python benchmarks/bench_audit.py [--runs 7] [--sections 60]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from consentinel.gather.audit import audit
from consentinel.gather.axe import axe_full_run, axe_version, inject_axe
from consentinel.gather.browser import BrowserSettings, browser_version_line, find_browser, launch_browser
from consentinel.gather.collector import collect
from consentinel.gather.evaluate import evaluate_script

BANNER = """
<div id="cmp" role="dialog" aria-label="Cookie consent" style="position:fixed;bottom:0;left:0;right:0;
     background:#fff;border-top:1px solid #ddd;padding:12px;z-index:10">
  <style>.sw{position:relative;display:inline-block;width:40px;height:22px}
    .sw input{opacity:0;width:0;height:0}
    .sl{position:absolute;inset:0;background:#2a7;border-radius:11px}</style>
  <h2>We value your privacy</h2>
  <p style="color:#bbb;font-size:10px">By continuing you agree to share your data with our advertising
     partners for personalised ads and credit scoring.</p>
  <div class="cat"><h3>Marketing</h3><label class="sw"><input type="checkbox" id="mk" checked>
     <span class="sl"></span></label></div>
  <button id="accept" style="background:#06c;color:#fff">Accept all</button>
  <a href="#more" style="font-size:11px;color:#999">Settings</a>
</div>"""


def section(i: int) -> str:
    """One block of ~50 elements of the kinds real pages have."""
    rows = "".join(
        f"<tr><td>Item {i}.{r}</td><td><span>{r * 7}</span></td><td><a href='#r{r}'>details</a></td></tr>"
        for r in range(4)
    )
    nested = "<div>" * 6 + f"<span>Nested note {i}</span>" + "</div>" * 6
    return f"""
<section class="s{i}"><h2>Section {i}</h2>
  <p>Paragraph {i} with <a href="#a{i}">a link</a>, some <b>bold</b> and <em>emphasis</em> text
     that runs long enough to wrap across the line like ordinary reading text does.</p>
  <p>Second paragraph {i} <span class="tag">tag</span> <span class="tag">other</span>.</p>
  <ul><li>One {i}</li><li>Two {i}</li><li><a href="#x{i}">Three {i}</a></li></ul>
  <form action="#f{i}"><label for="n{i}">Name</label><input id="n{i}" name="n{i}">
    <label><input type="checkbox" name="remember{i}"> Remember me</label>
    <select name="c{i}"><option>A</option><option>B</option></select>
    <button type="submit">Send</button></form>
  <table>{rows}</table>
  {nested}
</section>"""


def build_page(sections: int) -> str:
    body = "".join(section(i) for i in range(sections))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Benchmark page</title>"
        "<style>body{font:16px/1.5 sans-serif;margin:0 auto;max-width:960px}</style></head>"
        f"<body><h1>Benchmark</h1>{body}{BANNER}</body></html>"
    )


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def run(page: Page, runs: int) -> dict[str, list[float]]:
    inject_axe(page.main_frame)  # injection is a one-off for both sides; time the runs only
    collect(page)  # warm the script cache the same way axe's injection warms axe
    return {
        "collector": timed(lambda: collect(page), runs),
        "audit": timed(lambda: audit(page, screenshot=False, axe_cross_check=False), runs),
        "axe": timed(lambda: axe_full_run(page), runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sections", type=int, default=60, help="~50 elements each")
    args = parser.parse_args(argv)
    from consentinel.server import serve_directory

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        Path(tmp, "bench.html").write_text(build_page(args.sections), encoding="utf-8")
        choice = find_browser(pw)
        browser = launch_browser(pw, BrowserSettings(), choice)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 720})
            page = context.new_page()
            with serve_directory(tmp) as base_url:
                page.goto(base_url + "/bench.html", wait_until="load")
                elements = page.evaluate("() => document.querySelectorAll('*').length")
                findings = audit(page, screenshot=False, axe_cross_check=False).findings
                times = run(page, args.runs)
                stages = evaluate_script(page, "collector", {"profile": True})["profile"]
            context.close()
        finally:
            browser.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"browser: {browser_version_line(browser, choice)}; axe-core {axe_version()}")
    print(f"page: {elements} elements; audit findings: {sorted({f.check for f in findings})}")
    for name in ("collector", "audit", "axe"):
        spread = ", ".join(f"{v:.0f}" for v in times[name])
        print(f"{name:>9}: median {medians[name]:7.1f} ms  (runs: {spread})")
    print("collector in-page stages (ms, one run): " + ", ".join(f"{k} {v:.0f}" for k, v in stages.items()))
    ratio = medians["audit"] / medians["axe"]
    print(f"ratio audit/axe = {ratio:.3f} (target <= 0.5); collector/axe = "
          f"{medians['collector'] / medians['axe']:.3f}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
