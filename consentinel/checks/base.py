"""What a check is: metadata beside one pure function from a snapshot to findings.

Modelled on axe-core rules: each check has a stable id (never re-used for another meaning),
an impact, help text, legal references (like axe's tags) and options with documented
defaults. Its ``evaluate`` function never touches a browser; it returns findings whose
``outcome`` is ``violation`` or, where the facts cannot decide (a gradient behind text),
``review`` (axe's "incomplete").

Writing a check (legal references are data, ``checks/data/legal.yaml``; option defaults are
written once, in ``META.options``, and :meth:`Check.run` merges them under the caller's
overrides, so ``evaluate`` reads ``options["name"]``)::

    META = CheckMeta(id="preselected-consent", impact="critical", title=..., help=...,
                     legal=legal_refs("preselected-consent"),
                     options={"flag_unlocked_necessary": False},
                     requires=("snapshot",))

    def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
        flag_unlocked = options["flag_unlocked_necessary"]
        ...

    CHECK = Check(META, evaluate)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Box, Element, Snapshot

IMPACTS = ("minor", "moderate", "serious", "critical")
OUTCOMES = ("violation", "review")
# The facts a check may require (``CheckMeta.requires``), each gathered by its own step:
# "snapshot" -- one page state collected by an audit;
# "layers" -- a snapshot of each layer of the consent prompt (first layer, settings layer),
# gathered by exploring it: pre-ticked purposes, fine print and trick wording usually sit in a
# settings layer that no landing snapshot shows;
# "prompts" -- the consent prompt explored layer by layer (``Snapshot.prompts``);
# "tracking" -- cookies, storage and requests of the landing / after-accept / after-reject
# phases, each in a fresh context (``Snapshot.tracking``);
# "behaviour" -- what the page did after actions that are not a choice, after a reload or a
# second page once refused, and when consent is withdrawn: probes that go on in the tracking
# phases' own contexts (``phase["behaviour"]``, see consentinel.facts.behaviour), so a check
# requiring it requires "tracking" too.
FACTS = ("snapshot", "layers", "prompts", "tracking", "behaviour")


def impact_rank(impact: str) -> int:
    """Order of impacts, for ``--fail-on``: minor < moderate < serious < critical."""
    return IMPACTS.index(impact)


@dataclass(frozen=True, slots=True)
class CheckMeta:
    """A check's identity and documentation; shown in reports, SARIF rules and ``--help``.

    ``requires`` names the facts the check reads (from :data:`FACTS`), like Lighthouse's
    ``requiredArtifacts``: the gather side collects only what the selected checks require.
    """

    id: str
    impact: str
    title: str
    help: str
    legal: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)  # documented defaults
    requires: tuple[str, ...] = ("snapshot",)

    def __post_init__(self) -> None:
        unknown = [fact for fact in self.requires if fact not in FACTS]
        if not self.requires or unknown:
            raise ValueError(f"check {self.id!r}: requires must name facts from {FACTS}, "
                             f"got {self.requires!r}")


@dataclass(slots=True)
class Finding:
    """One violation (or item needing review) with the facts that decided it.

    ``evidence`` holds the measured facts (checked state, contrast ratio and both colours,
    font size, visibility reasons, ...). ``url`` and ``step`` are filled in by the runner, not
    by the check, because a check only sees a snapshot.
    """

    check: str
    impact: str
    selector: str
    text: str
    evidence: dict[str, Any]
    box: Box | None = None
    frame: int = 0
    outcome: str = "violation"
    message: str = ""
    url: str = ""
    step: str = ""
    uid: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Evaluate = Callable[[Snapshot, Mapping[str, Any]], list[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    meta: CheckMeta
    evaluate: Evaluate

    @property
    def id(self) -> str:
        return self.meta.id

    def run(self, snapshot: Snapshot, options: Mapping[str, Any] | None = None) -> list[Finding]:
        """Run with the documented defaults overridden by ``options``."""
        merged = {**self.meta.options, **(options or {})}
        return self.evaluate(snapshot, merged)


def finding_for(
    meta: CheckMeta,
    element: Element,
    text: str,
    evidence: dict[str, Any],
    message: str,
    outcome: str = "violation",
) -> Finding:
    """Build a finding about one collected element, carrying its selector, box and frame."""
    return Finding(
        check=meta.id,
        impact=meta.impact,
        selector=element.selector,
        text=text,
        evidence=evidence,
        box=element.box,
        frame=element.frame,
        outcome=outcome,
        message=message,
        uid=element.uid,
    )


def prompts_in_layers(snapshot: Snapshot, layers: Iterable[str]) -> Iterator[Prompt]:
    """The consent prompts of ``snapshot`` in the given layers (a prompt check's ``layers``
    option: ``first`` by default), as facts. One rule for every prompt check."""
    wanted = set(layers)
    for raw in snapshot.prompts:
        prompt = Prompt.from_dict(raw)
        if prompt.layer in wanted:
            yield prompt


def finding_for_prompt(
    meta: CheckMeta,
    prompt: Prompt,
    evidence: dict[str, Any],
    message: str,
    outcome: str = "violation",
) -> Finding:
    """Build a finding about a whole consent prompt: its root selector, box, frame and text."""
    return Finding(
        check=meta.id,
        impact=meta.impact,
        selector=prompt.root,
        text=prompt.text[:300],
        evidence=evidence,
        box=prompt.box,
        frame=prompt.frame,
        outcome=outcome,
        message=message,
    )
