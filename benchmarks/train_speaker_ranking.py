"""Fit the speaker ranking model (svodka/extract/speaker_ranking.py) to a gold set.

    .venv/bin/python benchmarks/train_speaker_ranking.py --gold gold/bsnlp_dev.jsonl \
        --texts ../shared/datasets/bsnlp [--out svodka/extract/data/speaker_ranking.json] [--folds 5]

Runs the pipeline with the model switched off, collects every pronoun or unnamed
speaker the rules leave to the model, labels each candidate with the gold
speaker (GOLD_FORMAT.md: the canonical name equals the gold ``speaker``), and
fits a conditional logit with an L2 penalty.  Before writing the weights it
prints a cross-validation by article: how often the rules and the model pick
the gold speaker among those cases.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from svodka.eval.gold import normal_text
from svodka.eval.goldset import read_gold_set
from svodka.eval.statements import match_statements
from svodka.eval.systems import adapt_svodka, load_pipeline
from svodka.extract import speaker_ranking, statement_merge
from svodka.records import Doc

L2 = 1.0


@dataclass
class Case:
    article: int
    options: list[dict]         # feature dicts
    names: list[str]            # the name each option gives
    rule: int                   # the option the rules chose
    gold: str = ""

    def right(self, k: int) -> bool:
        return normal_text(self.names[k]) == self.gold


def collect(gold_path: str, texts: str) -> list[Case]:
    """The ranked cases of the gold articles, each labelled with its gold speaker."""
    found: dict[tuple[int, int], Case] = {}
    article = [0]

    def record(view, sp, cue, lemma, avoid=(0, 0)):
        if sp is None or sp.how not in speaker_ranking.RANKED:
            return sp
        options = speaker_ranking.speaker_options(view, sp, cue, lemma, avoid)
        if not options:
            return sp
        names, rule = [], -1
        for k, o in enumerate(options):
            if o.entity < 0:
                names.append(sp.name or sp.text)
                rule = k if sp.entity < 0 else rule
            else:
                mi = speaker_ranking.last_mention(view, o.entity, cue)
                names.append(view.doc.entities[o.entity].name if mi < 0 else
                             speaker_ranking.from_mention(view, mi).name)
                if o.entity == speaker_ranking.fullest(view, sp.entity):
                    rule = k
        found[(id(view.doc), view.tokens[cue].stop)] = Case(article[0], [o.features for o in options], names, rule)
        return sp

    statement_merge.rank_speaker = record
    golds = read_gold_set(gold_path, texts)
    pipe = load_pipeline(None)
    cases = []
    for n, g in enumerate(golds):
        article[0] = n
        doc = next(iter(pipe.run([g.article])))
        if not isinstance(doc, Doc):
            continue
        sysdoc = adapt_svodka(doc)
        for gi, pi in match_statements(g.quotes, sysdoc.statements).items():
            quote, st = g.quotes[gi], doc.statements[pi]
            case = found.get((id(doc), st.cue_stop))
            if case is not None and quote.get("speaker"):
                case.gold = normal_text(quote["speaker"])
                cases.append(case)
        found.clear()
    return cases


def vectorise(cases: list[Case], names: list[str]) -> list[np.ndarray]:
    index = {n: i for i, n in enumerate(names)}
    out = []
    for c in cases:
        x = np.zeros((len(c.options), len(names)))
        for k, feats in enumerate(c.options):
            for n, v in feats.items():
                if n in index:
                    x[k, index[n]] = v
        out.append(x)
    return out


def fit(cases: list[Case], names: list[str]) -> np.ndarray:
    """Weights of the conditional logit: every right option against the case's options."""
    xs = vectorise(cases, names)
    labels = [np.array([c.right(k) for k in range(len(c.options))], dtype=float) for c in cases]
    keep = [i for i, y in enumerate(labels) if y.any()]

    def loss(w):
        total, grad = L2 * w @ w / 2, L2 * w
        for i in keep:
            s = xs[i] @ w
            s -= s.max()
            p = np.exp(s) / np.exp(s).sum()
            total -= np.log((p * (labels[i] > 0)).sum())
            q = p * (labels[i] > 0)
            q /= q.sum()
            grad += xs[i].T @ (p - q)
        return total, grad

    return minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x


def pick(x: np.ndarray, w: np.ndarray) -> int:
    return int(np.argmax(x @ w))


WITHOUT: tuple[str, ...] = ()


def feature_names(cases: list[Case]) -> list[str]:
    return sorted({n for c in cases for feats in c.options for n in feats if not n.startswith(WITHOUT)})


def cross_validate(cases: list[Case], folds: int) -> None:
    articles = sorted({c.article for c in cases})
    random.Random(7).shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    rules = model = 0
    for k in range(folds):
        train = [c for c in cases if fold_of[c.article] != k]
        test = [c for c in cases if fold_of[c.article] == k]
        names = feature_names(train)
        w = fit(train, names)
        for c, x in zip(test, vectorise(test, names)):
            model += c.right(pick(x, w))
            rules += c.rule >= 0 and c.right(c.rule)
    n = len(cases)
    print(f"cross-validation over {n} cases in {len(articles)} articles, {folds} folds:")
    print(f"  rules right {rules} ({rules / n:.1%}), model right {model} ({model / n:.1%})")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--out", default=str(speaker_ranking.WEIGHTS))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--without", nargs="*", default=[], help="leave out features with these prefixes")
    args = ap.parse_args(argv)
    global WITHOUT
    WITHOUT = tuple(args.without)
    cases = collect(args.gold, args.texts)
    print(f"{len(cases)} cases, {sum(any(c.right(k) for k in range(len(c.options))) for c in cases)} "
          f"with the gold speaker among the options")
    cross_validate(cases, args.folds)
    names = feature_names(cases)
    w = fit(cases, names)
    for n, v in sorted(zip(names, w), key=lambda p: -abs(p[1])):
        print(f"  {v:+.3f} {n}")
    if not args.no_write:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"trained_on": args.gold, "cases": len(cases), "l2": L2,
                       "weights": {n: round(float(v), 4) for n, v in zip(names, w)}},
                      f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
