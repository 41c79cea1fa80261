"""Journeys: YAML flows in a closed, versioned vocabulary (docs/JOURNEYS.md), validated up front.

Example::

    from consentinel.journeys import load_journeys, JourneyError
    try:
        journeys = load_journeys(["flows"])
    except JourneyError as exc:
        print("\\n".join(exc.errors))       # each "path:line: what is wrong"
"""

from consentinel.journeys.loader import (
    STEP_VALIDATORS,
    VOCABULARY_VERSION,
    expand_paths,
    known_devices,
    load_journey_text,
    load_journeys,
)
from consentinel.journeys.model import (
    DEFAULT_DEVICE,
    STEP_KINDS,
    TARGET_STRATEGIES,
    Expectation,
    Journey,
    JourneyError,
    Step,
    Target,
)

__all__ = [
    "DEFAULT_DEVICE",
    "STEP_KINDS",
    "STEP_VALIDATORS",
    "TARGET_STRATEGIES",
    "VOCABULARY_VERSION",
    "Expectation",
    "Journey",
    "JourneyError",
    "Step",
    "Target",
    "expand_paths",
    "known_devices",
    "load_journey_text",
    "load_journeys",
]
