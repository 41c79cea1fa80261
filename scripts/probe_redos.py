"""ReDoS probe: time every regex compiled from the lexicon data on adversarial text built from itself.

Why: the page under audit is an adversary. Every vocabulary pattern (lexicon/data/**/*.yaml)
runs over page text, up to the collector's cap of 1,000 characters per text block; one pattern
that backtracks catastrophically (nested or overlapping quantifiers such as ``(?:\\w+\\s*)*``,
``\\S+\\s+\\S+`` inside a repeated group, optional words around ``\\s*``) hangs a whole scan on
a text made of its own words. Review found four such wording patterns that took over 60 s on
200 characters; this script looks for the rest, over every pattern, old and new.

What is probed is what the product compiles, taken from the product's own compilers:

* wording (``consentinel.lexicon.wording.lexicon``): every compiled field, i.e. each list of
  entries joined into one alternation ``(?:a)|(?:b)|...`` and each single pattern, flags
  ``re.IGNORECASE``; each entry of a list is also probed alone so a slow alternation is traced
  to the entry that makes it slow;
* consent (``consentinel.lexicon.load_lexicon``): each category's entries and the category's
  combined alternation;
* roles (``consentinel.prompts.roles.vocabulary``): each phrase's pattern (escaped literals,
  expected to be linear: probed so a future change to regex phrases is covered).

How: for each pattern, :func:`seeds` builds adversarial strings from its own words and
characters (a word repeated, a word with runs of spaces or commas, pairs of its short words,
its CJK characters, each after a prefix word) and times ``pattern.search`` on every seed cut to
200 characters, within a time budget per pattern (longer when it already looks slow). The
slowest seeds are then timed at 1,000 characters (best of three). A search that runs past a
timeout is interrupted (SIGALRM) and counted as the timeout.

Usage::

    python scripts/probe_redos.py                      # everything, a few minutes
    python scripts/probe_redos.py --kinds wording --languages de en
    python scripts/probe_redos.py --key personal_data --budget-ms 2000   # dig into one key

Reading it: one row per pattern, slowest at 1,000 characters first::

    ms@200  ms@1000  as read  wording/en.yaml:bundled_consent.grant[3]  seed 'we ' + 'may '*

``[3]`` is the entry's index in the YAML list; ``[*]`` is what the product actually runs, the
list joined into one alternation (or a single pattern). The seed reads "prefix, then the pump
repeated up to the length". Rows over ``--threshold-ms`` (20 ms at 1,000 characters by default)
are the ones to rewrite; a linear pattern stays well under 1 ms. "as read" times the same seed
after the normalising the product applies first (runs of spaces fold to one, NFKC): a row slow
raw but fast as read needs a seed that normalising leaves alone (line breaks survive in wording
text) before it is a risk. The probe times ``search``; a matcher that calls ``match`` (anchored)
or ``finditer`` costs differently, so check how the pattern is used before ranking a fix. Times
depend on the machine and its load: compare rows of one run, and re-probe a single key with
``--key`` before and after a fix. It is a measurement, like the benchmarks: it always exits 0 and
no test asserts a time.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Any

from consentinel.lexicon import available_languages as consent_languages
from consentinel.lexicon import load_lexicon
from consentinel.lexicon.vocabulary import load, normalise
from consentinel.lexicon.wording import available_languages as wording_languages
from consentinel.lexicon.wording import lexicon as wording_lexicon
from consentinel.prompts.roles import LANGUAGES as ROLE_LANGUAGES
from consentinel.prompts.roles import vocabulary as role_vocabulary

KINDS = ("wording", "consent", "roles")
SCREEN_LENGTH = 200
CONFIRM_LENGTH = 1000  # the collector's cap on one text block
JOINED = None  # Target.index of what the product runs: a joined alternation or a single pattern
# How each kind's matchers prepare page text before a pattern sees it (runs of spaces fold; the
# wording rules keep line breaks): a seed's cost "as read" is its cost after this.
READS: Mapping[str, Callable[[str], str]] = {
    "wording": partial(normalise, keep_line_breaks=True),
    "consent": normalise,
    "roles": partial(normalise, casefold=True),
}

# Seed material: characters that pump most patterns' gaps (word characters, spaces, commas,
# hyphens, apostrophes, line breaks), cut at a few dozen words per pattern to bound the seeds.
_PUMP_CHARS = ("e", "o", "a", "y", "s", "x", " ", ",", ".", "-", "'", "   ", ",   ", " ,  ", "x ", "ab ",
               "\n", " \n")
_WORD_SEPARATORS = ("", " ", ", ", "    ", ",    ", "-")
MAX_WORDS = 60
MAX_SHORT_WORDS = 12
SHORT_WORD = 3
# Escapes and group syntax whose letters are not words of the text: \b \s \w \d, \x41, \u00e9,
# \p{..}, the name in (?P<name>...).
_NOT_TEXT = re.compile(
    r"\\[xX][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\[pPN]\{[^}]*\}|\\[a-zA-Z]|\(\?P?<[A-Za-z_]\w*>")
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Target:
    """One compiled pattern: the data file, the YAML key, the entry's index (None: as run)."""

    file: str
    key: str
    index: int | None
    pattern: re.Pattern[str]

    @property
    def label(self) -> str:
        """``wording/en.yaml:bundled_consent.grant[3]``; ``[*]`` for what the product runs."""
        where = "*" if self.index is None else str(self.index)
        return f"{self.file}:{self.key}[{where}]"

    @property
    def kind(self) -> str:
        """``wording``, ``consent`` or ``roles``."""
        return self.file.split("/")[0]


@dataclass(frozen=True)
class Seed:
    """An adversarial text: ``prefix`` then ``pump`` repeated up to the wanted length."""

    prefix: str
    pump: str

    def text(self, length: int) -> str:
        repeats = (length - len(self.prefix)) // max(1, len(self.pump)) + 1
        return (self.prefix + self.pump * max(0, repeats))[:length]

    def __str__(self) -> str:
        return f"{self.prefix!r} + {self.pump!r}*" if self.prefix else f"{self.pump!r}*"


@dataclass
class Timing:
    """The worst seeds of one target: milliseconds at the screening and confirming lengths."""

    target: Target
    ms_short: float = 0.0
    ms_long: float = 0.0
    ms_read: float = 0.0  # the slowest seeds after the product's normalising, at 1,000 chars: the worst
    seed: Seed | None = None
    searches: int = 0
    timed_out: bool = False
    top: list[tuple[float, Seed]] = dataclasses.field(default_factory=list)


# --------------------------------------------------------------------------------- the loader


def _yaml_patterns(node: Any, path: str = "") -> Iterator[tuple[str, Sequence[str] | str]]:
    """Every list of strings (a pattern list) and every string in a parsed data file, by path."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _yaml_patterns(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, (list, tuple)) and node and all(isinstance(item, str) for item in node):
        yield path, tuple(node)
    elif isinstance(node, str):
        yield path, node


def _compiled_fields(value: Any) -> Iterator[re.Pattern[str]]:
    """The compiled patterns held by a lexicon dataclass (nested dataclasses and tuples too)."""
    if isinstance(value, re.Pattern):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _compiled_fields(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _compiled_fields(item)


def wording_targets(lang: str) -> list[Target]:
    """The wording lexicon of ``lang`` as compiled, each pattern named by its YAML key.

    A joined alternation also brings its entries, each compiled alone the same way (flags
    included), so a slow alternation is traced to its entry.
    """
    file = f"wording/{lang}.yaml"
    joined: dict[str, tuple[str, Sequence[str]]] = {}
    single: dict[str, str] = {}
    alone: dict[str, tuple[str, int]] = {}
    for path, value in _yaml_patterns(load("wording", lang)):
        if isinstance(value, str):
            single.setdefault(value, path)
        else:
            joined.setdefault("|".join(f"(?:{entry})" for entry in value), (path, value))
            for index, entry in enumerate(value):
                alone.setdefault(entry, (path, index))
    targets: list[Target] = []
    for compiled in _compiled_fields(wording_lexicon(lang)):
        source = compiled.pattern
        if source in joined:
            path, entries = joined[source]
            targets.extend(Target(file, path, i, re.compile(entry, compiled.flags))
                           for i, entry in enumerate(entries))
            targets.append(Target(file, path, JOINED, compiled))
        elif source in single:
            targets.append(Target(file, single[source], JOINED, compiled))
        elif source in alone:  # a list whose entries the product compiles one by one
            path, index = alone[source]
            targets.append(Target(file, path, index, compiled))
        else:
            targets.append(Target(file, "<not found in the YAML>", JOINED, compiled))
    return targets


def consent_targets(lang: str) -> list[Target]:
    """The consent lexicon of ``lang`` as compiled: each entry, then its category's alternation."""
    file = f"consent/{lang}.yaml"
    lexicon = load_lexicon(lang)
    if lexicon is None:
        return []
    targets: list[Target] = []
    for category, entries in lexicon.entries.items():
        key = f"categories.{category}"
        targets.extend(Target(file, f"{key}.{entry.name}", i, entry.regex) for i, entry in enumerate(entries))
        targets.append(Target(file, key, JOINED, lexicon.combined[category]))
    return targets


def role_targets(lang: str) -> list[Target]:
    """Each role phrase of ``lang`` as the role classifier compiles it."""
    file = f"roles/{lang}.yaml"
    data = load("roles", lang)
    vocab = role_vocabulary()
    listed = [(role, entries) for role, entries in vocab.phrases.items()] + [("ends_visit", vocab.ends_visit)]
    targets: list[Target] = []
    for role, entries in listed:
        phrases = [str(p) for p in data.get(role) or ()]
        for entry_lang, phrase, pattern in entries:
            if entry_lang == lang:
                index = phrases.index(phrase) if phrase in phrases else JOINED
                targets.append(Target(file, role, index, pattern))
    return targets


def load_targets(kinds: Sequence[str] = KINDS, languages: Sequence[str] = ()) -> list[Target]:
    """Every compiled pattern of ``kinds`` (all languages unless ``languages`` names some)."""
    per_kind: dict[str, tuple[Callable[[str], list[Target]], Sequence[str]]] = {
        "wording": (wording_targets, wording_languages()),
        "consent": (consent_targets, consent_languages()),
        "roles": (role_targets, ROLE_LANGUAGES),
    }
    targets: list[Target] = []
    for kind in kinds:
        build, langs = per_kind[kind]
        for lang in langs:
            if not languages or lang in languages:
                targets.extend(build(lang))
    return targets


# --------------------------------------------------------------------------------- the seeds


def pattern_material(source: str) -> tuple[list[str], list[str]]:
    """The words (letters only, first seen first) and CJK characters a pattern's source spells."""
    text = _NOT_TEXT.sub(" ", source)
    cjk = list(dict.fromkeys(_CJK.findall(text)))
    words = [w for w in dict.fromkeys(_WORD.findall(_CJK.sub(" ", text)))]
    return words[:MAX_WORDS], cjk[:MAX_WORDS]


def seeds(source: str) -> Iterator[Seed]:
    """Adversarial seeds for the pattern ``source``, the likeliest first (callers stop early).

    1. pumps alone: single characters and runs of spaces/commas, each word with each separator,
       each CJK character, pairs of the short words (``"of the "``, ``"dela"``) and of CJK chars;
    2. each word or CJK character as a prefix (also ending a longer word: ``"xando"`` for
       ``\\w+ando``), then runs of spaces, commas and line breaks: the pump that most often
       makes two quantifiers of a pattern compete for the same text;
    3. the same prefixes, then the other characters and each word;
    4. every prefix with every pump.
    """
    words, cjk = pattern_material(source)
    short = [w for w in words if len(w) <= SHORT_WORD][:MAX_SHORT_WORDS]
    char_pumps = list(_PUMP_CHARS) + cjk + [c + " " for c in cjk]
    word_pumps = [w + sep for w in words for sep in _WORD_SEPARATORS]
    pair_pumps = [a + b for a in short for b in words] + [f"{a} {b} " for a in short for b in words]
    pair_pumps += [a + b for a in cjk[:MAX_SHORT_WORDS] for b in cjk]
    prefixes = [w + " " for w in words] + list(words) + [f"x{w} " for w in words] + cjk
    seen: set[Seed] = set()

    def fresh(candidates: Iterator[Seed]) -> Iterator[Seed]:
        for seed in candidates:
            if seed.pump and seed not in seen:
                seen.add(seed)
                yield seed

    yield from fresh(Seed("", pump) for pump in char_pumps + word_pumps + pair_pumps)
    spaces = [pump for pump in char_pumps if not pump.strip(" ,\n")]
    yield from fresh(Seed(pre, pump) for pump in spaces for pre in prefixes)
    yield from fresh(Seed(pre, pump) for pre in prefixes for pump in char_pumps + [w + " " for w in words])
    yield from fresh(Seed(pre, pump) for pre in prefixes for pump in word_pumps + pair_pumps)


# --------------------------------------------------------------------------------- the timing


class _SearchTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _SearchTimeout


@contextmanager
def _alarm_handler() -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def time_search(pattern: re.Pattern[str], text: str, timeout_s: float) -> tuple[float, bool]:
    """Milliseconds ``pattern.search(text)`` takes, interrupted at ``timeout_s`` (then True)."""
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    start = time.perf_counter()
    try:
        pattern.search(text)
        timed_out = False
    except _SearchTimeout:
        timed_out = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return (time.perf_counter() - start) * 1000, timed_out


@dataclass(frozen=True)
class Budget:
    """How long to spend on one pattern, and when a search is given up."""

    screen_ms: float = 60.0  # seeds tried at the screening length, per pattern
    slow_screen_ms: float = 600.0  # ... when one seed already took over `suspicious_ms`
    suspicious_ms: float = 1.0
    rescreen_seeds: int = 10  # the slowest screening seeds timed again (best of three)
    confirm_seeds: int = 3  # ... of which the slowest are timed at the confirming length
    timeout_s: float = 2.0


def probe(target: Target, budget: Budget, first: Sequence[Seed] = ()) -> Timing:
    """Screen ``target`` on its seeds (``first`` before its own), confirm the slowest at 1,000 chars."""
    timing = Timing(target)
    tried: dict[Seed, float] = {}
    start = time.perf_counter()
    limit = budget.screen_ms
    for seed in chain(first, seeds(target.pattern.pattern)):
        if seed in tried:
            continue
        ms, timed_out = time_search(target.pattern, seed.text(SCREEN_LENGTH), budget.timeout_s)
        tried[seed] = ms
        timing.searches += 1
        if ms > budget.suspicious_ms:
            limit = budget.slow_screen_ms
        if timed_out or (time.perf_counter() - start) * 1000 > limit:
            break
    # One timing is noisy on a shared machine (a pause makes a harmless seed look slow and pushes
    # the slow one out): the leaders are timed again, best of three, before the slowest go on.
    leaders = sorted(tried, key=lambda seed: -tried[seed])[: budget.rescreen_seeds]
    for seed in leaders:
        tried[seed], _ = _best_of_three(target.pattern, seed.text(SCREEN_LENGTH), budget.timeout_s)
        timing.searches += 3
    leaders.sort(key=lambda seed: -tried[seed])
    ranked = [(seed, tried[seed]) for seed in leaders[: budget.confirm_seeds]]
    timing.top = [(ms, seed) for seed, ms in ranked]
    for seed, short_ms in ranked:
        long_ms, timed_out = _best_of_three(target.pattern, seed.text(CONFIRM_LENGTH), budget.timeout_s)
        timing.searches += 3
        timing.timed_out |= timed_out
        if long_ms > timing.ms_long:
            timing.ms_long, timing.ms_short, timing.seed = long_ms, short_ms, seed
    for seed in leaders:  # all of them: normalising folds some seeds (runs of spaces) but not others
        # Ended by a full stop, so that trimming the ends does not drop a pump of spaces or breaks.
        read = READS[target.kind](seed.text(CONFIRM_LENGTH - 1) + ".")
        read_ms, _ = _best_of_three(target.pattern, read, budget.timeout_s)
        timing.searches += 3
        timing.ms_read = max(timing.ms_read, read_ms)
    return timing


def _best_of_three(pattern: re.Pattern[str], text: str, timeout_s: float) -> tuple[float, bool]:
    """The least of three timings (load on the machine only adds), one when it is already slow."""
    best = float("inf")
    for _ in range(3):
        ms, timed_out = time_search(pattern, text, timeout_s)
        best = min(best, ms)
        if timed_out or ms > 100:
            return best, timed_out
    return best, False


def probe_all(targets: Sequence[Target], budget: Budget, progress: bool = False) -> list[Timing]:
    """Probe every target; a joined alternation first tries its entries' slowest seeds."""
    timings: list[Timing] = []
    entry_seeds: dict[tuple[str, str], list[Seed]] = {}
    with _alarm_handler():
        for n, target in enumerate(targets, 1):
            first = entry_seeds.pop((target.file, target.key), []) if target.index is JOINED else []
            timing = probe(target, budget, first)
            timings.append(timing)
            if target.index is not JOINED:
                entry_seeds.setdefault((target.file, target.key), []).extend(s for _, s in timing.top[:2])
            if progress and n % 200 == 0:
                print(f"  ... {n}/{len(targets)} patterns", file=sys.stderr, flush=True)
    return timings


# --------------------------------------------------------------------------------- the report


def _row(timing: Timing) -> str:
    over = ">=" if timing.timed_out else "  "
    return (f"{timing.ms_short:8.2f} {over}{timing.ms_long:8.2f} {timing.ms_read:8.2f}  "
            f"{timing.target.label}  seed {str(timing.seed)[:70]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--languages", nargs="+", default=[], help="only these language files")
    parser.add_argument("--key", default="", help="only targets whose YAML key contains this")
    parser.add_argument("--budget-ms", type=float, default=Budget.screen_ms,
                        help="screening time per pattern (ten times that once it looks slow)")
    parser.add_argument("--threshold-ms", type=float, default=20.0, help="slow at 1,000 characters")
    parser.add_argument("--top", type=int, default=25, help="rows to print besides the slow ones")
    args = parser.parse_args(argv)

    targets = [t for t in load_targets(args.kinds, args.languages) if args.key in t.key]
    budget = Budget(screen_ms=args.budget_ms, slow_screen_ms=10 * args.budget_ms)
    start = time.perf_counter()
    timings = probe_all(targets, budget, progress=True)
    elapsed = time.perf_counter() - start

    timings.sort(key=lambda t: -t.ms_long)
    slow = [t for t in timings if t.ms_long > args.threshold_ms]
    header = "file:key[index] ([*]: as the product runs it)  seed"
    print(f"{'ms@200':>8} {'ms@1000':>10} {'as read':>8}  {header}")
    for timing in timings[: max(args.top, len(slow))]:
        print(_row(timing))
    unnamed = [t.target.label for t in timings if "<not found" in t.target.key]
    if unnamed:
        print(f"not traced to a YAML key: {', '.join(unnamed)}")
    entries = sum(1 for t in targets if t.index is not JOINED)
    worst = timings[0] if timings else None
    print(f"summary: {len(targets)} patterns ({entries} entries, {len(targets) - entries} as run), "
          f"{sum(t.searches for t in timings)} searches in {elapsed:.1f} s; "
          f"{len(slow)} over {args.threshold_ms:g} ms at {CONFIRM_LENGTH} chars"
          + (f"; worst {worst.target.label} {worst.ms_long:.1f} ms" if worst else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
