"""report.html: one self-contained file a regulator can open, print and archive.

Everything it needs is inside it: CSS inline, screenshots as ``data:image/png;base64`` URIs, no
JavaScript at all. It is rendered by Jinja2 with autoescaping on from ``templates/``; page text
(labels, selectors, URLs, evidence, titles, error messages) only ever enters through escaped
expressions. A Content-Security-Policy meta (``default-src 'none'``) is the second line of
defence: even if an escaping bug let markup through, no script, frame, font or remote image
could load. Links are emitted only for http(s) URLs; anything else is shown as text.

Each finding is drawn on its step's screenshot as a numbered outline, positioned in percent of
the screenshot so it stays in place at any width and in print.

Example::

    path = write_html_report(run, Path("reports/latest"))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from consentinel.checks.base import IMPACTS
from consentinel.lexicon import detect_language
from consentinel.reports.actions import ActionView, action_views
from consentinel.reports.document import build_document, check_info
from consentinel.reports.evidence import OUTCOME_LABELS, Fact, describe_evidence, format_number
from consentinel.reports.images import embed_png
from consentinel.reports.language import Presentation, Translator
from consentinel.reports.text import clean_text, truncate
from consentinel.results import RunResult

HTML_REPORT_NAME = "report.html"
TEMPLATE_DIR = Path(__file__).with_name("templates")
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)
# A finding's text is shown in full in its table row up to this many characters (report.json
# keeps it all); longer consent texts are cut so a table stays readable.
TEXT_EXCERPT_CHARS = 400
SAFE_LINK_SCHEMES = ("http", "https")
# Step ``extra`` keys the report already shows in their own place (errors, failed expectations).
EXTRA_SHOWN_ELSEWHERE = frozenset({"evidence_errors", "expectation_detail", "findings_omitted",
                                   "snapshot_truncated"})
_IMPACT_ORDER = {impact: rank for rank, impact in enumerate(IMPACTS)}
# Size of a mark's number label as report.css draws it (13px bold, 20px line, 5px padding), in
# CSS px; used to keep labels of neighbouring findings apart.
LABEL_HEIGHT_PX = 23.0
LABEL_BASE_PX = 16.0
LABEL_CHAR_PX = 8.0
LABEL_POSITIONS = ("above", "below", "left", "right")


@dataclass(slots=True)
class Mark:
    """A numbered outline over a screenshot, in percent of the image.

    Findings on the same element (fine print *and* low contrast on one label) share one outline
    listing all their numbers, so labels never sit on top of each other.
    """

    numbers: list[int]
    impact: str
    outcome: str
    left: str
    top: str
    width: str
    height: str
    rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x, y, w, h in region CSS px
    label: str = "above"  # where the number sits: above | below | left | right (see report.css)


@dataclass(slots=True)
class FindingView:
    """One row of a step's findings table."""

    data: dict[str, Any]
    outcome_label: str
    excerpt: str
    lang: str
    facts: list[Fact]
    link: str | None
    on_screenshot: bool
    actions: list[ActionView] = field(default_factory=list)  # behavioural: what was done, before/after


@dataclass(slots=True)
class StepView:
    """A step as the template shows it: the screenshot with marks, then its findings."""

    data: dict[str, Any]
    detailed: bool
    image: str | None = None  # data: URI
    image_note: str = ""
    frame_width: float | None = None
    marks: list[Mark] = field(default_factory=list)
    findings: list[FindingView] = field(default_factory=list)
    link: str | None = None
    axe_facts: list[Fact] = field(default_factory=list)  # the step's axe-core summary
    extra_facts: list[Fact] = field(default_factory=list)  # phase data (tracking, exploration, ...)


def safe_link(url: str) -> str | None:
    """``url`` if it is an absolute http(s) URL safe to make clickable, else ``None``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in SAFE_LINK_SCHEMES and parts.netloc:
        return url.strip()
    return None


def _percent(value: float) -> str:
    return f"{format_number(min(100.0, max(0.0, value)), 3)}%"


def _mark(finding: dict[str, Any], region: dict[str, float]) -> Mark | None:
    """Place a finding's box on the screenshot; ``None`` if it lies outside the shown region."""
    box = finding["box"]
    if not box or region["width"] <= 0 or region["height"] <= 0:
        return None
    left = (box["x"] - region["x"]) / region["width"] * 100
    top = (box["y"] - region["y"]) / region["height"] * 100
    right = left + max(box["width"], 0) / region["width"] * 100
    bottom = top + max(box["height"], 0) / region["height"] * 100
    if right < 0 or bottom < 0 or left > 100 or top > 100:
        return None
    left, top = max(left, 0.0), max(top, 0.0)
    rect = (box["x"] - region["x"], box["y"] - region["y"], max(box["width"], 0), max(box["height"], 0))
    return Mark(
        [finding["number"]],
        finding["impact"],
        finding["outcome"],
        _percent(left),
        _percent(top),
        _percent(min(right, 100) - left),
        _percent(min(bottom, 100) - top),
        rect,
    )


def _label_rect(mark: Mark, position: str) -> tuple[float, float, float, float]:
    """Where a mark's number label would sit, in region CSS px (a screen-size estimate)."""
    x, y, w, h = mark.rect
    width = LABEL_BASE_PX + LABEL_CHAR_PX * len(", ".join(map(str, mark.numbers)))
    if position == "above":
        return (x, y - LABEL_HEIGHT_PX, width, LABEL_HEIGHT_PX)
    if position == "below":
        return (x, y + h, width, LABEL_HEIGHT_PX)
    if position == "left":
        return (x - width, y, width, LABEL_HEIGHT_PX)
    return (x + w, y, width, LABEL_HEIGHT_PX)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def place_labels(marks: list[Mark]) -> None:
    """Give each mark's number a side where it does not cover an earlier number.

    Adjacent findings (a checkbox and its label) would otherwise stack their numbers on top of
    each other; the first free side of above, below, left, right wins (above if none is free).
    """
    taken: list[tuple[float, float, float, float]] = []
    for mark in marks:
        for position in LABEL_POSITIONS:
            rect = _label_rect(mark, position)
            if not any(_overlap(rect, other) for other in taken):
                break
        else:
            position, rect = LABEL_POSITIONS[0], _label_rect(mark, LABEL_POSITIONS[0])
        mark.label = position
        taken.append(rect)


def _screenshot(step: StepView, out_dir: Path) -> dict[str, float] | None:
    """Embed the step's PNG; return the page region it shows (CSS px), or ``None``."""
    rel = step.data["screenshot"]
    if not rel:
        return None
    embedded = embed_png(out_dir, rel)
    step.image_note = embedded.note
    if embedded.uri is None or embedded.size is None:
        return None
    step.image = embedded.uri
    region = step.data["screenshot_box"]
    if region is None:  # no region recorded: assume the PNG shows the page from its origin at 1x
        size = embedded.size
        region = {"x": 0.0, "y": 0.0, "width": float(size[0]), "height": float(size[1])}
        step.image_note = "screenshot region not recorded; boxes assume a 1:1 page-origin image"
    step.frame_width = region["width"]
    return region


def _add_mark(marks: list[Mark], mark: Mark) -> None:
    """Merge ``mark`` into an outline already drawn at the same place, else add it."""
    for other in marks:
        if (other.left, other.top, other.width, other.height) == (
            mark.left,
            mark.top,
            mark.width,
            mark.height,
        ):
            other.numbers += mark.numbers
            if _IMPACT_ORDER.get(mark.impact, -1) > _IMPACT_ORDER.get(other.impact, -1):
                other.impact = mark.impact
            if mark.outcome == "violation":
                other.outcome = "violation"
            return
    marks.append(mark)


def _finding_view(finding: dict[str, Any], mark: Mark | None, axe_rule: str, out_dir: Path,
                  t: Translator) -> FindingView:
    text = clean_text(finding["text"])
    actions, evidence = action_views(finding["evidence"], out_dir, t)
    return FindingView(
        data=finding,
        outcome_label=OUTCOME_LABELS.get(finding["outcome"], finding["outcome"]),
        excerpt=truncate(text, TEXT_EXCERPT_CHARS),
        lang=detect_language(text) if text else "en",
        facts=describe_evidence(evidence, finding["outcome"], axe_rule),
        link=safe_link(finding["url"]),
        on_screenshot=mark is not None,
        actions=actions,
    )


def _step_view(step: dict[str, Any], out_dir: Path, t: Translator) -> StepView:
    detailed = bool(step["kind"] == "audit" or step["findings"] or step["screenshot"] or step["snapshot"])
    view = StepView(step, detailed, link=safe_link(step["url"]))
    region = _screenshot(view, out_dir) if detailed else None
    axe = step["axe"] or {}
    axe_rule = str(axe.get("rule") or "") if isinstance(axe, dict) else ""
    for finding in step["findings"]:
        mark = _mark(finding, region) if region and view.image else None
        if mark is not None:
            _add_mark(view.marks, mark)
        view.findings.append(_finding_view(finding, mark, axe_rule, out_dir, t))
    place_labels(view.marks)
    if step["axe"]:
        view.axe_facts = describe_evidence(step["axe"])
    extra = {k: v for k, v in step["extra"].items() if k not in EXTRA_SHOWN_ELSEWHERE}
    if extra:
        view.extra_facts = describe_evidence(extra)
    return view


def _journey_views(document: dict[str, Any], out_dir: Path, t: Translator) -> list[dict[str, Any]]:
    return [
        {"data": journey, "steps": [_step_view(s, out_dir, t) for s in journey["steps"]]}
        for journey in document["journeys"]
    ]


def _distinct(values: list[Any]) -> str:
    seen = [str(v) for v in dict.fromkeys(v for v in values if v)]
    return ", ".join(seen) if seen else "—"


def _evidence_files(document: dict[str, Any], views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every evidence file the report shows, with its hash: each step's screenshot and snapshot,
    then the screenshots behavioural findings took before and after their actions (once each)."""
    files = []
    for journey in document["journeys"]:
        for step in journey["steps"]:
            for kind in ("screenshot", "snapshot"):
                if step[kind]:
                    files.append(
                        {
                            "journey": journey["name"],
                            "step": step["index"],
                            "kind": kind,
                            "path": step[kind],
                            "sha256": step[f"{kind}_sha256"],
                            "bytes": step[f"{kind}_bytes"],
                        }
                    )
    seen = {f["path"] for f in files}
    for journey in views:
        for step in journey["steps"]:
            for finding in step.findings:
                for shot in (s for action in finding.actions for s in action.shots.values() if s):
                    if shot.path not in seen:
                        seen.add(shot.path)
                        files.append({"journey": journey["data"]["name"], "step": step.data["index"],
                                      "kind": f"screenshot {shot.when}", "path": shot.path,
                                      "sha256": shot.sha256, "bytes": shot.bytes})
    return files


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,  # every template, whatever its extension: page text is hostile
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = format_number
    return env


def render_html(document: dict[str, Any], out_dir: Path, json_sha256: str | None = None,
                presentation: Presentation | None = None) -> str:
    """The report page for an already built document; screenshots are read from ``out_dir``.

    ``presentation`` picks the report language and the jurisdictions whose law findings cite.
    """
    journeys = document["journeys"]
    presentation = presentation or Presentation()
    views = _journey_views(document, Path(out_dir), presentation.t)
    context = {
        "doc": document,
        "run": document["run"],
        "totals": document["totals"],
        "errors": document["errors"],
        "journeys": views,
        "impacts": list(reversed(IMPACTS)),
        "csp": CONTENT_SECURITY_POLICY,
        "devices": _distinct([j["device"] for j in journeys]),
        "locales": _distinct([j["locale"] for j in journeys]),
        "timezones": _distinct([j["timezone"] for j in journeys]),
        "evidence_files": _evidence_files(document, views),
        "json_sha256": json_sha256,
        "failed_expectations": [(j, s) for j in journeys for s in j["steps"] if s["expectation_failed"]],
        "check_help": {cid: check_info(cid)["help"] for cid in document["totals"]["by_check"]},
        "lang": presentation.language,
        "t": presentation.t,
        "law": presentation.provisions(list(document["totals"]["by_check"])),
        "jurisdictions": presentation.jurisdictions,
    }
    return _environment().get_template("report.html.j2").render(context)


def write_html_document(document: dict[str, Any], out_dir: Path, json_sha256: str | None = None,
                        presentation: Presentation | None = None) -> Path:
    """Write ``report.html`` for an already built document."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / HTML_REPORT_NAME
    path.write_text(render_html(document, out_dir, json_sha256, presentation), encoding="utf-8")
    return path


def write_html_report(run: RunResult, out_dir: Path) -> Path:
    """Write the self-contained ``report.html`` for ``run`` into ``out_dir``; returns its path."""
    return write_html_document(build_document(run, Path(out_dir)), Path(out_dir))
