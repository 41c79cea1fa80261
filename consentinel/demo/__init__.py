"""The bundled demo: a small static site with consent dark patterns, and journeys that audit it.

The site recreates the January 2018 "2017 annual bill" page (a tiny, pale, pre-ticked "I agree to
the Sesame Credit service agreement" line) in English and Simplified Chinese, plus a sign-up form
with a pre-ticked partner-offers box. Every dark page has a clean counterpart with the same
content that must give zero findings, so the demo shows both that Consentinel catches the pattern
and that it stays quiet when the choice is fair.

The journeys in ``flows/`` use relative ``goto`` paths; whoever serves the site (``consentinel
demo``, the pytest plugin, the e2e tests) supplies ``base_url``.

Example::

    from consentinel.demo import demo_flows_dir, demo_site_dir
    from consentinel.server import serve_directory

    with serve_directory(demo_site_dir()) as base_url:
        ...  # run the journeys in demo_flows_dir() against base_url
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def demo_site_dir() -> Path:
    """The folder of static demo pages (``index.html`` at its root), shipped as package data."""
    return _HERE / "site"


def demo_flows_dir() -> Path:
    """The folder of bundled demo journeys (``*.yaml``, journey vocabulary version 1)."""
    return _HERE / "flows"


__all__ = ["demo_flows_dir", "demo_site_dir"]
