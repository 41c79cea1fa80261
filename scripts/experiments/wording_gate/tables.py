"""The markdown tables of docs/experiments/wording-gate.md, from the simulation's results.

Part of a one-off experiment, not product code (result: no-go). Kept so that the doc's numbers
are output of code, not hand copies: run.py prints these and the doc shows them verbatim.
"""

from __future__ import annotations

from simulate import CHECK_ROLES, CURVE_KEEPS, DECISION_SETS, SetResult, Tally, auc, decision, gated_at

TRAINING = {False: "dev only", True: "dev + hand-written"}


def _counts(t: Tally) -> str:
    return f"{t.tp}/{t.fp}/{t.fn}"


def _prf(t: Tally) -> str:
    return " / ".join(f"{v:.3f}" for v in t.prf())


def _deltas(rules: Tally, gated: Tally) -> tuple[str, str]:
    (_, r0, f0), (_, r1, f1) = rules.prf(), gated.prf()
    return f"{100 * (f1 - f0):+.2f}", f"{100 * (r1 - r0):+.2f}"


def decision_table(results: list[SetResult]) -> list[str]:
    lines = ["| training | rules TP/FP/FN | rules P / R / F1 | gated TP/FP/FN | gated P / R / F1 "
             "| dF1 | dR |",
             "|---|---|---|---|---|---|---|"]
    for hand in (False, True):
        rules, gated = decision(results, hand)
        d_f1, d_r = _deltas(rules, gated)
        lines.append(f"| {TRAINING[hand]} | {_counts(rules)} | {_prf(rules)} | {_counts(gated)} | "
                     f"{_prf(gated)} | {d_f1} | {d_r} |")
    return lines


def curve_table(results: list[SetResult]) -> list[str]:
    lines = ["| keep | dev only: gated P / R / F1, dF1, dR | dev + hand: gated P / R / F1, dF1, dR |",
             "|---|---|---|"]
    for keep in CURVE_KEEPS:
        cells = []
        for hand in (False, True):
            rules, gated = gated_at(results, hand, keep)
            cells.append(f"{_prf(gated)}, {', '.join(_deltas(rules, gated))}")
        lines.append(f"| {keep:.2f} | {cells[0]} | {cells[1]} |")
    return lines


def auc_lines(results: list[SetResult]) -> list[str]:
    lines = []
    for hand in (False, True):
        for r in results:
            if r.hand != hand or r.eval_set not in DECISION_SETS:
                continue
            scored = [h for h in r.hits if h.score is not None]
            pos = [h.score for h in scored if h.positive and h.score is not None]
            neg = [h.score for h in scored if not h.positive and h.score is not None]
            lines.append(f"* AUC among rule hits, {r.eval_set.name} (rules {r.eval_set.rules}), "
                         f"{TRAINING[hand]}: {auc(pos, neg):.3f} (TP {len(pos)}, FP {len(neg)})")
    return lines


def set_table(r: SetResult) -> list[str]:
    thresholds = {c: (round(g.threshold, 4), g.n_items, g.n_positives) for c, g in r.gates.items()}
    lines = ["", f"#### {r.eval_set.name}, rules {r.eval_set.rules}, hand-written set in training: "
                 f"{'yes' if r.hand else 'no'}", "",
             f"Gate thresholds (check: threshold, training items, training positives): `{thresholds}`", "",
             "| check | lang | rules TP/FP/FN | rules P | rules R | gated TP/FP/FN | gated P | gated R "
             "| gate alone P | gate alone R |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    tab = r.tallies
    langs = sorted({lang for _, lang, _ in tab})
    for check in [*CHECK_ROLES, "ALL"]:
        for lang in langs:
            if (check, lang, "rules") not in tab:
                continue
            rules, gated, alone = (tab[(check, lang, kind)] for kind in ("rules", "gated", "gate_alone"))
            if not (rules.tp or rules.fp or rules.fn or gated.tp or gated.fp or gated.fn):
                continue
            if not r.eval_set.detail and lang != "micro":
                continue
            bold = "**" if lang == "micro" else ""
            (rp, rr, _), (gp, gr, _), (ap, ar, _) = rules.prf(), gated.prf(), alone.prf()
            lines.append(f"| {bold}{check}{bold} | {lang} | {_counts(rules)} | {rp:.3f} | {rr:.3f} | "
                         f"{_counts(gated)} | {gp:.3f} | {gr:.3f} | {ap:.3f} | {ar:.3f} |")
    return lines


def all_tables(results: list[SetResult]) -> list[str]:
    """Decision table, keep-level curve, AUC lines, then every per-set table, as in the doc."""
    lines = ["### Decision numbers", "", *decision_table(results), "", "### Keep-level curve (post hoc)", "",
             *curve_table(results), "", "### AUC among the rules' hits", "", *auc_lines(results), "",
             "### Per eval set, per check and language"]
    for r in results:
        lines.extend(set_table(r))
    return lines
