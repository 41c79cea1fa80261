"""Hashed n-gram features and a pure-Python logistic regression (wording-gate experiment).

Part of a one-off experiment, not product code: the model of a learned veto gate that would sit
behind the wording rules (docs/experiments/wording-gate.md; result: no-go, so nothing of it is in
the product). Pure Python and seeded, so every run gives the same scores without numpy/sklearn.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import unicodedata
import zlib

Features = dict[int, float]
Model = tuple[Features, float]

DIM = 1 << 18
WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def normalise(text: str) -> str:
    """NFKC, casefolded, whitespace collapsed: two spellings of one text get one feature set."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def features(text: str, lang: str) -> Features:
    """L2-normalised counts of character 3-5-grams, words and word bigrams (CJK: 1-3-grams).

    Hashed with the language, so the same n-gram in two languages is two features.
    """
    t = normalise(text)
    feats: list[str] = []
    words = WORD.findall(CJK.sub(" ", t))
    for w in words:
        padded = f"<{w}>"
        for n in (3, 4, 5):
            feats.extend("c:" + padded[i:i + n] for i in range(max(1, len(padded) - n + 1)))
    feats.extend("w:" + w for w in words)
    feats.extend("b:" + a + " " + b for a, b in itertools.pairwise(words))
    for run in CJK.findall(t):
        for n in (1, 2, 3):
            feats.extend("z:" + run[i:i + n] for i in range(len(run) - n + 1))
    out: Features = {}
    for f in feats:
        h = zlib.crc32(f"{lang}|{f}".encode()) % DIM
        out[h] = out.get(h, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in out.values())) or 1.0
    return {k: v / norm for k, v in out.items()}


def train(xs: list[Features], ys: list[int], l2: float = 1e-4, epochs: int = 12,
          seed: int = 0, eta0: float = 0.5) -> Model:
    """SGD on the logistic loss with balanced class weights; returns (weights, bias)."""
    n_pos = sum(ys) or 1
    n_neg = (len(ys) - sum(ys)) or 1
    cw = {1: len(ys) / (2 * n_pos), 0: len(ys) / (2 * n_neg)}
    w: Features = {}
    b = 0.0
    order = list(range(len(xs)))
    rng = random.Random(seed)
    t = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            t += 1
            eta = eta0 / (1 + eta0 * l2 * t)
            x, y = xs[i], ys[i]
            z = b + sum(w.get(k, 0.0) * v for k, v in x.items())
            p = 1 / (1 + math.exp(-z)) if z > -30 else 0.0
            g = (p - y) * cw[y]
            shrink = 1 - eta * l2
            for k, v in x.items():
                w[k] = w.get(k, 0.0) * shrink - eta * g * v
            b -= eta * g
    return w, b


def score(model: Model, x: Features) -> float:
    """The model's probability that ``x`` is a positive."""
    w, b = model
    z = b + sum(w.get(k, 0.0) * v for k, v in x.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
