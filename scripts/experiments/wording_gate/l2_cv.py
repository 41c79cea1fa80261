"""The L2 choice: out-of-fold precision at 97 % recall, S19 training data only (wording-gate experiment).

Part of a one-off experiment, not product code (docs/experiments/wording-gate.md; result: no-go).
Regenerates the "L2 chosen by CV" numbers of the doc's Setup: 1e-4 was kept because the three
values hardly differ. Only the training data of the first eval batch is used, never a batch.
"""

from __future__ import annotations

import gate_model
from _repo import Item
from simulate import CHECK_ROLES, EVAL_SETS, FOLDS, Corpus, fold_of, is_positive, relevant

L2_VALUES = (1e-5, 1e-4, 1e-3)


def out_of_fold(corpus: Corpus, train_items: list[Item], check: str,
                l2: float) -> tuple[list[float], list[int]]:
    """Every relevant training item's score from the model that did not see its fold."""
    rel = relevant(train_items, check)
    xs = [corpus.features(i) for i in rel]
    ys = [is_positive(i, check) for i in rel]
    scores = [0.0] * len(rel)
    for k in range(FOLDS):
        tr = [j for j, i in enumerate(rel) if fold_of(i) != k]
        m = gate_model.train([xs[j] for j in tr], [ys[j] for j in tr], l2=l2)
        for j, i in enumerate(rel):
            if fold_of(i) == k:
                scores[j] = gate_model.score(m, xs[j])
    return scores, ys


def precision_at_97_recall(scores: list[float], ys: list[int]) -> float:
    pos = sorted(v for v, t in zip(scores, ys, strict=True) if t)
    kept_pos = len(pos) - int(0.03 * len(pos))
    thr = pos[int(0.03 * len(pos))]
    kept_neg = sum(1 for v, t in zip(scores, ys, strict=True) if not t and v >= thr)
    return kept_pos / (kept_pos + kept_neg)


def l2_table(corpus: Corpus) -> list[str]:
    first = EVAL_SETS[0].after
    lines = ["| training (before S19) | l2 | " + " | ".join(f"{c} P@97R" for c in CHECK_ROLES) + " |",
             "|---|---|" + "---|" * len(CHECK_ROLES)]
    for hand in (False, True):
        train_items = corpus.training(first, hand)
        for l2 in L2_VALUES:
            cells = [f"{precision_at_97_recall(*out_of_fold(corpus, train_items, c, l2)):.3f}"
                     for c in CHECK_ROLES]
            lines.append(f"| {'dev + hand-written' if hand else 'dev only'} | {l2:g} | {' | '.join(cells)} |")
    return lines
