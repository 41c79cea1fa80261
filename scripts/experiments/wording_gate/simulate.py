"""Rules alone vs rules AND a learned veto gate on fresh DEV batches S19-S21 (wording-gate experiment).

Part of a one-off experiment, not product code (docs/experiments/wording-gate.md; result: no-go,
the gate gained +0.31/+0.84 F1 against a bar of +2). Per check, a gate is trained on the dev items
first collected before the eval batch (optionally with the hand-written set); its threshold keeps
:data:`KEEP` of the training positives' out-of-fold scores; a rule hit on an item of a relevant
role is vetoed when the gate scores it below that threshold.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import gate_model
from _repo import Item, dev_items, ew, hand_written_items
from predictions import Predictions

CHECK_ROLES: dict[str, tuple[str, ...]] = {
    "bundled-consent": ("consent_text", "control_label", "action_label"),
    "confirmshaming": ("decline", "control_label", "action_label"),
    "trick-wording": ("consent_text", "control_label"),
}
FOLDS = 5
KEEP = 0.97
"""Fixed in advance: the threshold keeps 97 % of the training positives (out of fold)."""
CURVE_KEEPS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)
"""Post hoc, for scale only: the decision used :data:`KEEP`."""
KINDS = ("rules", "gated", "gate_alone")


@dataclass(frozen=True)
class EvalSet:
    """A fresh batch (dev items first collected after ``after``, before ``before``) and its rules."""

    name: str
    after: int
    before: int | None
    rules: str
    detail: bool = True  # False: a comparison, shown as micro rows only


EVAL_SETS = (EvalSet("S19", 13, 15, "9899681"), EvalSet("S20", 15, 17, "efb4b03"),
             EvalSet("S20", 15, 17, "9899681", detail=False), EvalSet("S21", 17, 18, "efb4b03"))
DECISION_SETS = EVAL_SETS[:2]
"""The decision: micro over S19 judged by 9899681 and S20 judged by efb4b03."""


class Corpus:
    """The dev items with their age, the hand-written set, and a cache of their features."""

    def __init__(self) -> None:
        self.dev = dev_items()
        self.age = {id(item): ew.collected_after(item) for item in self.dev}
        self.hand = hand_written_items()
        self._features: dict[tuple[str, str], gate_model.Features] = {}

    def features(self, item: Item) -> gate_model.Features:
        key = (str(item["lang"]), str(item["text"]))
        if key not in self._features:
            self._features[key] = gate_model.features(key[1], key[0])
        return self._features[key]

    def training(self, before: int, hand: bool) -> list[Item]:
        """Dev items first collected before look ``before``, then (if ``hand``) the hand-written set."""
        return [i for i in self.dev if self.age[id(i)] < before] + (self.hand if hand else [])

    def batch(self, eval_set: EvalSet) -> list[Item]:
        return [i for i in self.dev if self.age[id(i)] >= eval_set.after
                and (eval_set.before is None or self.age[id(i)] < eval_set.before)]


def fold_of(item: Item) -> int:
    """The cross-validation fold, by a hash of the normalised text (never chosen by hand)."""
    return zlib.crc32(gate_model.normalise(str(item["text"])).encode()) % FOLDS


def relevant(items: list[Item], check: str) -> list[Item]:
    return [i for i in items if i["role"] in CHECK_ROLES[check]]


def is_positive(item: Item, check: str) -> int:
    return int(check in (item.get("labels") or []))


@dataclass
class Gate:
    """One check's gate: the model, its threshold, and what it was trained on."""

    model: gate_model.Model
    threshold: float
    n_items: int
    n_positives: int
    oof_positive_scores: list[float]  # sorted; the curve re-derives thresholds from them


def fit_gate(corpus: Corpus, train_items: list[Item], check: str, keep: float = KEEP) -> Gate:
    """Out-of-fold scores of the positives fix the threshold; the final model sees all the data."""
    rel = relevant(train_items, check)
    xs = [corpus.features(i) for i in rel]
    ys = [is_positive(i, check) for i in rel]
    oof_pos: list[float] = []
    for k in range(FOLDS):
        tr = [j for j, i in enumerate(rel) if fold_of(i) != k]
        te = [j for j, i in enumerate(rel) if fold_of(i) == k and ys[j]]
        m = gate_model.train([xs[j] for j in tr], [ys[j] for j in tr])
        oof_pos.extend(gate_model.score(m, xs[j]) for j in te)
    oof_pos.sort()
    return Gate(gate_model.train(xs, ys), threshold_keeping(oof_pos, keep), len(rel), sum(ys), oof_pos)


def threshold_keeping(sorted_scores: list[float], keep: float) -> float:
    """The score at or above which ``keep`` of ``sorted_scores`` (out-of-fold positives) lie."""
    return sorted_scores[int((1 - keep) * len(sorted_scores))] if sorted_scores else 0.0


class Tally(ew.Tally):
    """eval_wording's tally (its precision, recall and F1), counted from booleans and summed."""

    def mark(self, got: bool, want: bool) -> None:
        self.tp += got and want
        self.fp += got and not want
        self.fn += want and not got

    def __iadd__(self, other: ew.Tally) -> Tally:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def prf(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1


@dataclass(frozen=True)
class Hit:
    """A rule hit: the gate's score (None when the item's role is not the check's) and the truth."""

    check: str
    score: float | None
    positive: bool


@dataclass
class SetResult:
    """One eval set under one training choice: tallies by (check, language, kind) and the hits."""

    eval_set: EvalSet
    hand: bool
    gates: dict[str, Gate]
    tallies: dict[tuple[str, str, str], Tally] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)


def judge(corpus: Corpus, eval_set: EvalSet, hand: bool, gates: dict[str, Gate],
          preds: Predictions) -> SetResult:
    """Score every item of the batch: rules alone, rules AND gate, and the gate as a detector."""
    result = SetResult(eval_set, hand, gates)
    tab = result.tallies
    for item in corpus.batch(eval_set):
        got = preds[(item["lang"], ew._real_key(str(item["text"])))]
        want = set(item.get("labels") or [])
        for check, gate in gates.items():
            rel = item["role"] in CHECK_ROLES[check]
            s = gate_model.score(gate.model, corpus.features(item)) if rel else 1.0
            r_hit = check in got
            if r_hit:
                result.hits.append(Hit(check, s if rel else None, check in want))
            g_hit = r_hit and (not rel or s >= gate.threshold)
            alone = rel and s >= gate.threshold
            for lang in (item["lang"], "micro"):
                for kind, hit in zip(KINDS, (r_hit, g_hit, alone), strict=True):
                    tab.setdefault((check, lang, kind), Tally()).mark(hit, check in want)
    for kind in KINDS:
        total = Tally()
        for check in CHECK_ROLES:
            total += tab.get((check, "micro", kind), Tally())
        tab[("ALL", "micro", kind)] = total
    return result


def simulate(corpus: Corpus, preds: dict[str, Predictions]) -> list[SetResult]:
    """Every eval set, without and with the hand-written set in training (gates shared per batch)."""
    results = []
    for hand in (False, True):
        gates_by_batch: dict[int, dict[str, Gate]] = {}
        for eval_set in EVAL_SETS:
            if eval_set.after not in gates_by_batch:
                train_items = corpus.training(eval_set.after, hand)
                gates_by_batch[eval_set.after] = {c: fit_gate(corpus, train_items, c) for c in CHECK_ROLES}
            results.append(judge(corpus, eval_set, hand, gates_by_batch[eval_set.after],
                                 preds[eval_set.rules]))
    return results


def decision_results(results: list[SetResult], hand: bool) -> list[SetResult]:
    return [r for r in results if r.hand == hand and r.eval_set in DECISION_SETS]


def decision(results: list[SetResult], hand: bool) -> tuple[Tally, Tally]:
    """Rules alone and gated, micro over the decision sets."""
    rules, gated = Tally(), Tally()
    for r in decision_results(results, hand):
        rules += r.tallies[("ALL", "micro", "rules")]
        gated += r.tallies[("ALL", "micro", "gated")]
    return rules, gated


def gated_at(results: list[SetResult], hand: bool, keep: float) -> tuple[Tally, Tally]:
    """Like :func:`decision`, with the threshold re-derived for another keep level (post hoc)."""
    rules = Tally()
    fp_removed = fn_extra = 0
    for r in decision_results(results, hand):
        rules += r.tallies[("ALL", "micro", "rules")]
        for hit in r.hits:
            thr = threshold_keeping(r.gates[hit.check].oof_positive_scores, keep)
            if hit.score is not None and hit.score < thr:
                if hit.positive:
                    fn_extra += 1
                else:
                    fp_removed += 1
    gated = Tally(rules.tp - fn_extra, rules.fp - fp_removed, rules.fn + fn_extra)
    return rules, gated


def auc(pos: list[float], neg: list[float]) -> float:
    """Probability that a true hit outscores a false one (ties count half)."""
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
