"""Counting and scoring: exact spans, tokens as naeval counts them, sets, accuracy.

Precision, recall and F1 are micro-averaged: counts are summed over
documents (and over types for ``overall``) before dividing; an empty
denominator gives 0, as in naeval.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

Span = tuple[int, int, str]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        return self

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass(slots=True)
class Accuracy:
    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.n += 1

    @property
    def value(self) -> float:
        return self.right / self.n if self.n else 0.0

    def as_json(self) -> dict:
        return {"accuracy": round(self.value, 4), "n": self.n, "right": self.right}


def count_sets(gold: Iterable, pred: Iterable) -> Counts:
    """Items in both, against each set's size."""
    gold, pred = set(gold), set(pred)
    return Counts(tp=len(gold & pred), pred=len(pred), gold=len(gold))


def count_exact(gold: Iterable[Span], pred: Iterable[Span], type: str) -> Counts:
    """Spans of ``type`` whose start and stop both match."""
    return count_sets(((s, e) for s, e, t in gold if t == type),
                      ((s, e) for s, e, t in pred if t == type))


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[tuple[int, int], ...]:
    """razdel tokens, as naeval tokenises both gold and prediction."""
    from razdel import tokenize as razdel_tokenize
    return tuple((t.start, t.stop) for t in razdel_tokenize(text))


def tag_tokens(tokens: tuple[tuple[int, int], ...], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indexes of tokens inside some span: a token is in a span when its start is.

    This is naeval's ``spans_io`` for spans aligned to tokens; it also takes
    overlapping spans (their union).
    """
    starts = [t[0] for t in tokens]
    inside: set[int] = set()
    for start, stop in spans:
        inside.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)))
    return inside


def count_tokens(text: str, gold: Iterable[Span], pred: Iterable[Span], type: str) -> Counts:
    """Tokens tagged ``type`` by gold and by the system, as naeval's ``tag_f1``."""
    tokens = tokenize(text)
    gold_tags = tag_tokens(tokens, ((s, e) for s, e, t in gold if t == type))
    pred_tags = tag_tokens(tokens, ((s, e) for s, e, t in pred if t == type))
    return count_sets(gold_tags, pred_tags)


def count_relaxed(groups: dict[str, set], pred: set) -> Counts:
    """BSNLP relaxed: a gold entity is found when any of its forms is predicted.

    ``groups`` maps a gold entity to its (form, type) pairs; ``pred`` is the
    system's (form, type) pairs.  A prediction of a gold form counts once, as
    its entity; any other prediction is a false positive.
    """
    forms = set().union(*groups.values()) if groups else set()
    found = sum(1 for g in groups.values() if g & pred)
    wrong = len(pred - forms)
    return Counts(tp=found, pred=found + wrong, gold=len(groups))


def pair_greedily(pairs) -> dict[int, int]:
    """One-to-one matching from ``(-shared, gold, pred)`` candidates, largest overlap first
    (``-shared`` may be a tuple that breaks ties):
    gold index -> prediction index."""
    found, used = {}, set()
    for _, g, p in sorted(pairs):
        if g not in found and p not in used:
            found[g] = p
            used.add(p)
    return found
