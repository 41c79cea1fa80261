"""Report languages: the words of report.html (and so report.pdf) from data files, not code.

``i18n/<lang>.yaml`` holds the report's own text (``ui``), outcome and impact names, and check
titles and help per check id. English check titles and help come from the checks' metadata
(the single source for SARIF and JUnit too); another language falls back to English for any
key it lacks, so a new check never breaks a Chinese report.

Example::

    t = translator("zh-CN")
    t("violations", n=3)            # "3 项违规"
    t.check_title("preselected-consent", "Consent is pre-selected")
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

I18N_DIR = Path(__file__).with_name("i18n")
DEFAULT_LANGUAGE = "en"


def report_languages() -> list[str]:
    """Languages with a data file, e.g. ``["en", "zh-CN"]``."""
    return sorted(p.stem for p in I18N_DIR.glob("*.yaml"))


@cache
def _texts(language: str) -> dict[str, Any]:
    path = I18N_DIR / f"{language}.yaml"
    if not path.is_file():
        raise ValueError(f"no report language '{language}'; choose from {', '.join(report_languages())}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Translator:
    """``t(key, n=None, **values)``: a UI string in one language, English where it has none."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self._own = _texts(language)
        self._fallback = _texts(DEFAULT_LANGUAGE)

    def _lookup(self, section: str, key: str) -> Any:
        value = (self._own.get(section) or {}).get(key)
        return value if value is not None else (self._fallback.get(section) or {}).get(key)

    def __call__(self, key: str, n: int | None = None, **values: Any) -> str:
        text = self._lookup("ui", key)
        if text is None:
            return key
        if isinstance(text, dict):  # plural forms
            text = text.get("one") if n == 1 and "one" in text else text.get("other", "")
        return str(text).format(n=n, **values)

    def phrase(self, english: str) -> str:
        """A fixed English phrase of the report code (a fact's label) in this language, else as is.

        Measured-fact labels are written in English by ``reports.evidence``; a language file
        maps the ones it knows under ``phrases``. Page text never matches by accident: it is
        only replaced when it equals a listed label exactly.
        """
        return str((self._own.get("phrases") or {}).get(english) or english)

    def action(self, name: str) -> str:
        """A behavioural check's action (``scroll``, ``reload``) in words; the name if unknown."""
        return str(self._lookup("actions", name) or name)

    def outcome(self, outcome: str) -> str:
        return str(self._lookup("outcomes", outcome) or outcome)

    def impact(self, impact: str) -> str:
        return str(self._lookup("impacts", impact) or impact)

    def check_title(self, check_id: str, default: str) -> str:
        return str(((self._own.get("checks") or {}).get(check_id) or {}).get("title") or default)

    def check_help(self, check_id: str, default: str) -> str:
        return str(((self._own.get("checks") or {}).get(check_id) or {}).get("help") or default)


def translator(language: str = DEFAULT_LANGUAGE) -> Translator:
    """The translator for ``language``; raises ValueError for a language without a data file."""
    return Translator(language)




class Presentation:
    """How a report reads: its language and the jurisdictions whose law each finding cites.

    Without jurisdictions a finding lists its check's own legal references (every
    jurisdiction at once, in English), as reports always have.
    """

    def __init__(self, language: str = DEFAULT_LANGUAGE, jurisdictions: tuple[str, ...] = ()) -> None:
        self.language = language
        self.jurisdictions = tuple(jurisdictions)
        self.t = translator(language)

    def provisions(self, check_ids: list[str]) -> dict[str, list[Any]]:
        """Per check id, the provisions of the chosen jurisdictions (empty without any)."""
        from consentinel.law import provisions_for

        return {cid: provisions_for(cid, self.jurisdictions, self.language) for cid in check_ids}


__all__ = ["DEFAULT_LANGUAGE", "Presentation", "Translator", "report_languages", "translator"]
