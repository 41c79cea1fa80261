"""The gather side: every module that drives Playwright or reads a page lives here.

Gatherers return plain facts (:mod:`consentinel.facts`); checks judge those facts and never
import this package, so a saved snapshot re-audits without a browser. In-page JavaScript lives
in ``js/`` and runs only through :func:`consentinel.gather.evaluate.evaluate_script`.
"""
