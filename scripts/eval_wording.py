"""Precision and recall of the wording checks on two labelled sets.

* the hand-written set, tests/data/wording/<lang>.yaml (written by this project, split
  dev/heldout by ``crc32(text) % 10 < 3``);
* the REAL set, tests/data/wording/real/*.yaml: texts this project did not write -- the
  translation files of consent managers from npm, declines and trick questions recorded by
  Mathur et al. (2019), implied-consent banners and declines found in public code and pages --
  each with its source. It is split ONCE into a development half and a test half by a hash of
  the normalised text (:func:`real_half`); rules are tuned on ``dev`` only, ``test`` is the
  number that counts.

Each item becomes a tiny snapshot (a text block, a decline link, a labelled checkbox or a
button, plus the optional button/unticked checkbox the item names) and the real checks run on
it through ``Check.run`` — the same code path an audit uses, not a re-implementation.

About 30 % of the items are held out, chosen by ``crc32(text) % 10 < 3`` so nobody picks
them; rules were tuned looking at the ``dev`` split only.

Usage::

    python scripts/eval_wording.py                 # table for dev, held-out and all
    python scripts/eval_wording.py --split dev --errors   # also list the misjudged items
    python scripts/eval_wording.py --real          # the real set: dev and test halves, P/R/F1
    python scripts/eval_wording.py --real --half dev --errors   # dev errors (test items: never)
    python scripts/eval_wording.py --real --half dev --dump --language de   # dev items as YAML
    python scripts/eval_wording.py --real --collected-after 7   # only texts collected after look 7
    python scripts/eval_wording.py --real --collected-after 7 --collected-before 8   # batch 14 alone

Scoring the test half is a look: record it in ``tests/data/wording/real/LOOKS.md``.
A real file collected after look K of that ledger says so (top-level ``collected_after_look: K``);
its texts not already in an older file form a fresh set that ``--collected-after K`` scores alone.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from consentinel.checks.base import Check
from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.checks.confirmshaming import CHECK as CONFIRMSHAMING
from consentinel.checks.trick_wording import CHECK as TRICK
from consentinel.facts.snapshot import Action, Box, Control, Snapshot, TextBlock, Visibility

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "wording"
REAL = DATA / "real"
LOOKS = REAL / "LOOKS.md"
"""The ledger of every scoring of the test half: when, at which commit, what it showed."""
REAL_HALVES = ("dev", "test")
# A check/language pair with fewer positives than this in a half gets no P/R floor: the table
# says "too few" instead of a number that one item swings by 20 points.
MIN_POSITIVES = 4
CHECKS: tuple[Check, ...] = (BUNDLED, CONFIRMSHAMING, TRICK)
ROLES = ("consent_text", "decline", "control_label", "action_label")
SPLITS = ("dev", "heldout", "all")
HELDOUT_BUCKETS = 3  # of 10: ~30 %


def split_of(text: str) -> str:
    """``heldout`` for ~30 % of items, decided by a hash of the text alone."""
    return "heldout" if zlib.crc32(text.encode("utf-8")) % 10 < HELDOUT_BUCKETS else "dev"


def snapshot_for(item: dict[str, Any]) -> Snapshot:
    """A minimal page holding the item as the role says, inside one form."""
    text, role = str(item["text"]), item["role"]
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r} for item {text!r}")
    vis = Visibility()
    snap = Snapshot(url="http://127.0.0.1/eval", lang=None)
    if item.get("control"):
        snap.controls.append(Control(uid="c1", selector="#consent", frame=0, tag="input",
                                     box=Box(20, 40, 16, 16), visibility=vis, form="form0",
                                     checked=False, label=str(item["control"])))
    if role == "consent_text":
        snap.texts.append(TextBlock(uid="t0", selector="p#text", frame=0, tag="p",
                                    box=Box(20, 80, 600, 40), visibility=vis, form="form0", text=text))
    elif role in ("decline", "action_label"):
        tag = "a" if role == "decline" else "button"
        snap.actions.append(Action(uid="a0", selector="#item", frame=0, tag=tag,
                                   box=Box(20, 80, 240, 32), visibility=vis, form="form0", text=text,
                                   kind="link" if role == "decline" else "button"))
    else:
        snap.controls.append(Control(uid="c0", selector="#item", frame=0, tag="input",
                                     box=Box(20, 80, 16, 16), visibility=vis, form="form0",
                                     checked=False, label=text, label_uid="t0"))
        snap.texts.append(TextBlock(uid="t0", selector="label#item-label", frame=0, tag="label",
                                    box=Box(40, 80, 560, 20), visibility=vis, form="form0", text=text,
                                    control="c0"))
    if item.get("action"):
        snap.actions.append(Action(uid="a1", selector="button#go", frame=0, tag="button",
                                   box=Box(20, 140, 200, 40), visibility=vis, form="form0",
                                   text=str(item["action"])))
    return snap


def predicted(item: dict[str, Any]) -> set[str]:
    """Check ids the real checks report for the item."""
    return set(_predicted(str(item["text"]), item["role"], item.get("control"), item.get("action")))


@cache
def _predicted(text: str, role: str, control: object, action: object) -> frozenset[str]:
    """:func:`predicted` once per distinct page: the rules do not change within a run, and the real
    set is scored per language, half and freshness bound, which judged each text again each time."""
    snap = snapshot_for({"text": text, "role": role, "control": control, "action": action})
    return frozenset(check.id for check in CHECKS if check.run(snap))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    def add(self, cid: str, got: set[str], want: set[str], item: dict[str, Any]) -> None:
        """Count one item for check ``cid``."""
        if cid in got and cid in want:
            self.tp += 1
        elif cid in got:
            self.fp += 1
            self.errors.append(f"FP {item['text']!r} ({item['role']})")
        elif cid in want:
            self.fn += 1
            self.errors.append(f"FN {item['text']!r} ({item['role']})")


@cache
def _items(language: str) -> tuple[dict[str, Any], ...]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster
    data = yaml.load((DATA / f"{language}.yaml").read_text(encoding="utf-8"), Loader=loader)
    return tuple(data["items"])


def load_items(language: str) -> list[dict[str, Any]]:
    """The labelled items of one language file (copies: callers may not change the cache)."""
    return [dict(item) for item in _items(language)]


def languages() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.yaml"))


def evaluate(language: str, split: str = "all") -> dict[str, Tally]:
    """Per-check tallies for one language and split."""
    tallies = {check.id: Tally() for check in CHECKS}
    for item in load_items(language):
        if split != "all" and split_of(str(item["text"])) != split:
            continue
        got, want = predicted(item), set(item.get("labels") or [])
        for cid, tally in tallies.items():
            tally.add(cid, got, want, item)
    return tallies


# --------------------------------------------------------------------------- the real set


def _real_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _item_key(item: dict[str, Any]) -> tuple[str, str]:
    """What makes two real items the same text: their language and normalised words."""
    return str(item["lang"]), _real_key(str(item["text"]))


def looks_recorded() -> int:
    """How many scorings of the test half :data:`LOOKS` records (its table rows)."""
    if not LOOKS.exists():
        return 0
    return sum(1 for line in LOOKS.read_text(encoding="utf-8").splitlines()
               if line.startswith("| ") and line.split("|")[1].strip().isdigit())


def real_half(text: str) -> str:
    """``dev`` or ``test``, fixed by a hash of the normalised text (never chosen by hand)."""
    return "dev" if hashlib.sha256(_real_key(text).encode("utf-8")).digest()[0] % 2 == 0 else "test"


@cache
def _real_files() -> tuple[tuple[int, tuple[dict[str, Any], ...]], ...]:
    """Each real file's items with the look it was collected after (0 when it predates the ledger)."""
    return _read_real_dir(REAL)


@cache
def _read_real_dir(real: Path) -> tuple[tuple[int, tuple[dict[str, Any], ...]], ...]:
    """The YAML of one real-set directory, read once per run: tests point :data:`REAL` at sets of
    their own and clear the caches above, which must not make the shared set be read again."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = []
    for path in sorted(real.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        files.append((int(data.get("collected_after_look") or 0), tuple(data["items"])))
    return tuple(files)


@cache
def _real_items() -> tuple[dict[str, Any], ...]:
    seen: set[tuple[str, str]] = set()
    items: list[dict[str, Any]] = []
    for _, file_items in _real_files():
        for item in file_items:
            key = _item_key(item)
            if key not in seen:  # the same text from two sources is one item, in one half
                seen.add(key)
                items.append(item)
    return tuple(items)


@cache
def _first_collected() -> dict[tuple[str, str], int]:
    """For each text, the earliest look after which a file holding it was collected.

    A text is only as fresh as its oldest copy: one already in an older file is no news to the rules.
    """
    earliest: dict[tuple[str, str], int] = {}
    for after_look, file_items in _real_files():
        for item in file_items:
            key = _item_key(item)
            earliest[key] = min(earliest.get(key, after_look), after_look)
    return earliest


def collected_after(item: dict[str, Any]) -> int:
    """The look after which ``item`` was first collected (0: before the ledger began)."""
    return _first_collected()[_item_key(item)]


def _scored(item: dict[str, Any], language: str, half: str, after_look: int,
            before_look: int | None = None) -> bool:
    age = collected_after(item)
    return (item["lang"] == language and real_half(str(item["text"])) == half
            and age >= after_look and (before_look is None or age < before_look))


def load_real_items() -> list[dict[str, Any]]:
    """Every real item, deduplicated per language (copies)."""
    return [dict(item) for item in _real_items()]


def real_languages() -> list[str]:
    return sorted({str(item["lang"]) for item in _real_items()})


def evaluate_real(language: str, half: str, after_look: int = 0,
                  before_look: int | None = None) -> dict[str, Tally]:
    """Per-check tallies for one language on one half of the real set.

    ``after_look=K`` keeps only texts first collected after look K of the ledger: a fresh set
    that no earlier look, and no tuning before its collection, can have flattered.
    ``before_look=L`` keeps only texts first collected before look L: one batch (K=7, L=8), or
    the set as it stood before the ledger's fresh batches (L=7).
    """
    tallies = {check.id: Tally() for check in CHECKS}
    for item in _real_items():
        if not _scored(item, language, half, after_look, before_look):
            continue
        got, want = predicted(dict(item)), set(item.get("labels") or [])
        for cid, tally in tallies.items():
            tally.add(cid, got, want, item)
    return tallies


def _print_real(halves: list[str], langs: list[str], errors: bool, after_look: int = 0,
                before_look: int | None = None) -> None:
    if after_look:
        print(f"texts first collected after look {after_look} only")
    if before_look is not None:
        print(f"texts first collected before look {before_look} only")
    print(f"{'check':<16} {'lang':<5} {'half':<5} {'n':>4} {'n+':>4} {'TP':>4} {'FP':>4} {'FN':>4} "
          f"{'P':>6} {'R':>6} {'F1':>6}")
    micro = {half: Tally() for half in halves}
    for language in langs:
        for half in halves:
            n = sum(1 for i in _real_items() if _scored(i, language, half, after_look, before_look))
            for cid, t in evaluate_real(language, half, after_look, before_look).items():
                note = "" if t.positives >= MIN_POSITIVES else f"  too few positives (<{MIN_POSITIVES})"
                print(f"{cid:<16} {language:<5} {half:<5} {n:>4} {t.positives:>4} {t.tp:>4} {t.fp:>4} "
                      f"{t.fn:>4} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}{note}")
                micro[half].tp, micro[half].fp, micro[half].fn = (
                    micro[half].tp + t.tp, micro[half].fp + t.fp, micro[half].fn + t.fn)
                if errors:
                    for line in t.errors:
                        print(f"    {line}")
    for half, t in micro.items():
        print(f"{'micro':<16} {'all':<5} {half:<5} {'-':>4} {t.positives:>4} {t.tp:>4} {t.fp:>4} "
              f"{t.fn:>4} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}")


def _dump_dev(langs: list[str]) -> None:
    """The dev half's items of ``langs``, as YAML: what a rule writer may read, and all of it."""
    shown = ("lang", "role", "text", "control", "action")
    dev = [{"labels": list(item.get("labels") or []), **{key: item[key] for key in shown if item.get(key)}}
           for item in _real_items() if item["lang"] in langs and real_half(str(item["text"])) == "dev"]
    print(yaml.safe_dump({"half": "dev", "items": dev}, allow_unicode=True, sort_keys=False, width=100))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="split(s) to report (default: dev, heldout, all)")
    parser.add_argument("--language", action="append", help="language(s) (default: every file)")
    parser.add_argument("--errors", action="store_true", help="list misjudged items")
    parser.add_argument("--real", action="store_true", help="score the real set (dev/test halves)")
    parser.add_argument("--half", choices=REAL_HALVES, action="append",
                        help="real-set half(s) to report (default: dev and test)")
    parser.add_argument("--dump", action="store_true",
                        help="real set: print the dev half's items as YAML (material to write tests from)")
    parser.add_argument("--collected-after", type=int, default=0, metavar="LOOK",
                        help="real set: only texts first collected after this look of the ledger")
    parser.add_argument("--collected-before", type=int, default=None, metavar="LOOK",
                        help="real set: only texts first collected before this look of the ledger")
    args = parser.parse_args(argv)
    if args.real:
        halves = args.half or list(REAL_HALVES)
        if (args.errors or args.dump) and "test" in halves:
            print("eval_wording: test-half items are never printed (rules are tuned on dev only); "
                  "use --real --half dev --errors (or --dump)", file=sys.stderr)
            return 2
        if args.dump:
            _dump_dev(args.language or real_languages())
            return 0
        _print_real(halves, args.language or real_languages(), args.errors, args.collected_after,
                    args.collected_before)
        if "test" in halves:
            print(f"\nThat was a look at the test half: record it in {LOOKS.relative_to(ROOT)} "
                  f"({looks_recorded()} recorded so far).")
        return 0
    splits = args.split or list(SPLITS)
    print(f"{'check':<16} {'lang':<5} {'split':<8} {'n+':>4} {'TP':>4} {'FP':>4} {'FN':>4} "
          f"{'precision':>9} {'recall':>7}")
    for language in args.language or languages():
        for split in splits:
            for cid, t in evaluate(language, split).items():
                print(f"{cid:<16} {language:<5} {split:<8} {t.tp + t.fn:>4} {t.tp:>4} {t.fp:>4} "
                      f"{t.fn:>4} {t.precision:>9.3f} {t.recall:>7.3f}")
                if args.errors:
                    for line in t.errors:
                        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
