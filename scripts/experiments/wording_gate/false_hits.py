"""S19's false rule hits and vetoed true hits with their gate scores (wording-gate experiment).

Part of a one-off experiment, not product code (docs/experiments/wording-gate.md; result: no-go).
The list behind "What we saw": which false hits the gate vetoes (few, easy ones) and which it
keeps (the positives' exact shape). Dev items only (they come from simulate's dev-only corpus).
"""

from __future__ import annotations

import gate_model
from _repo import ew
from predictions import Predictions
from simulate import CHECK_ROLES, Corpus, SetResult


def false_hit_lines(corpus: Corpus, result: SetResult, preds: Predictions) -> list[str]:
    """Per check: every false hit and every vetoed true hit on a relevant role, lowest score first."""
    assert all(ew.real_half(str(i["text"])) == "dev" for i in corpus.dev)
    lines = [f"S19 rule hits under {result.eval_set.rules}, gate trained "
             f"{'with' if result.hand else 'without'} the hand-written set"]
    batch = corpus.batch(result.eval_set)
    for check, gate in result.gates.items():
        rows = []
        for item in batch:
            if check in preds[(item["lang"], ew._real_key(str(item["text"])))] \
                    and item["role"] in CHECK_ROLES[check]:
                s = gate_model.score(gate.model, corpus.features(item))
                rows.append((check in (item.get("labels") or []), s, item["lang"], str(item["text"])[:110]))
        lines.append(f"## {check} thr={gate.threshold:.3f}")
        for positive, s, lang, text in sorted(rows, key=lambda row: row[1]):
            if not positive or s < gate.threshold:
                verdict = "VETO" if s < gate.threshold else "keep"
                lines.append(f"  {'TP' if positive else 'FP'} {s:.3f} {verdict} {lang} {text}")
    return lines
