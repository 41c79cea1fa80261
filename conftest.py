"""Repository-wide pytest set-up: `pytest flows/` runs the shipped journeys against the demo site.

The example journeys in ``flows/`` use relative paths. Unless the user names an origin with
``--consent-base-url`` (or serves another folder with ``--consent-serve``), the Consentinel
plugin serves the bundled demo site on 127.0.0.1 and runs them against it.
"""

from __future__ import annotations

import pytest

from consentinel.demo import demo_site_dir


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("consent_base_url", None) and not config.getoption("consent_serve", None):
        config.option.consent_serve = str(demo_site_dir())
