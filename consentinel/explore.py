"""Registers the ``explore-consent`` step (the runner imports this module by name).

The implementation lives in :mod:`consentinel.prompts` (discovery, roles, exploration) and
:mod:`consentinel.prompts.step` (the step handler); this module only makes the runner's
``HANDLER_MODULES["explore-consent"]`` entry resolve.
"""

from consentinel.prompts.explore import ExplorationResult, ExploreOptions, explore_consent
from consentinel.prompts.step import explore_step

__all__ = ["ExplorationResult", "ExploreOptions", "explore_consent", "explore_step"]
