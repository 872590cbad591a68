"""Score attributed statements against the svodka gold set (GOLD_FORMAT.md).

* **Found.**  A gold quote is found when a predicted statement's content
  overlaps the gold content by at least half of the gold content's length.
  Each prediction finds at most one gold quote and each gold quote is found
  at most once: candidate pairs are taken largest overlap first and, among
  equal overlaps, the prediction with the least content outside the gold
  first (a statement nested in a wider one goes to the tighter prediction).  ``found``
  P/R/F1: found quotes over predictions and over gold quotes (micro, summed
  over articles).
* **Speaker accuracy**, over found quotes whose gold ``speaker`` is given:
  the predicted speaker's canonical name (``speaker_name``; the speaker as
  written when there is none) equals ``speaker``, case-insensitive, ё as е,
  spaces collapsed.
* **Cue accuracy**, over found quotes with a gold cue: the predicted cue
  span overlaps the gold cue span (a prediction without a cue span: the
  same cue text).
* **Content F1**: per found quote, the F1 of the razdel tokens inside the
  predicted and gold content spans, averaged over found quotes.
* ``by_kind``: recall per gold kind (direct, indirect, mixed).
"""
from __future__ import annotations

from collections import defaultdict

from .found import FoundStatement, SystemDoc
from .gold import normal_text
from .goldset import GoldArticle
from .metrics import Accuracy, Counts, count_sets, tag_tokens, tokenize, pair_greedily


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_statements(gold: list[dict], pred: list[FoundStatement]) -> dict[int, int]:
    """gold index -> prediction index for the found gold quotes."""
    pairs = []
    for g, quote in enumerate(gold):
        span = (quote["content_start"], quote["content_end"])
        for p, statement in enumerate(pred):
            shared = overlap(span, (statement.content_start, statement.content_stop))
            if shared > 0 and 2 * shared >= span[1] - span[0]:
                spare = statement.content_stop - statement.content_start - shared
                pairs.append(((-shared, spare), g, p))
    return pair_greedily(pairs)


def speaker_right(quote: dict, statement: FoundStatement) -> bool:
    return normal_text(statement.speaker_name) == normal_text(quote["speaker"])


def cue_right(quote: dict, statement: FoundStatement) -> bool:
    if statement.cue_start >= 0:
        return overlap((quote["cue_start"], quote["cue_end"]), (statement.cue_start, statement.cue_stop)) > 0
    return normal_text(statement.cue) == normal_text(quote.get("cue") or "")


def content_f1(text: str, quote: dict, statement: FoundStatement) -> float:
    tokens = tokenize(text)
    gold = tag_tokens(tokens, [(quote["content_start"], quote["content_end"])])
    pred = tag_tokens(tokens, [(statement.content_start, statement.content_stop)])
    return count_sets(gold, pred).f1


def score_statements(golds: list[GoldArticle], outputs: list[SystemDoc]) -> dict:
    found, speaker, cue = Counts(), Accuracy(), Accuracy()
    f1s: list[float] = []
    kinds: dict[str, Counts] = defaultdict(Counts)
    for gold, out in zip(golds, outputs, strict=True):
        matched = match_statements(gold.quotes, out.statements)
        found.add(Counts(tp=len(matched), pred=len(out.statements), gold=len(gold.quotes)))
        for g, quote in enumerate(gold.quotes):
            kinds[quote.get("kind") or "unknown"].add(Counts(tp=int(g in matched), gold=1))
        for g, p in matched.items():
            quote, statement = gold.quotes[g], out.statements[p]
            if quote.get("speaker"):
                speaker.add(speaker_right(quote, statement))
            if quote.get("cue_start") is not None:
                cue.add(cue_right(quote, statement))
            f1s.append(content_f1(gold.text, quote, statement))
    return {"found": found.as_json(),
            "speaker_accuracy": round(speaker.value, 4), "speaker": speaker.as_json(),
            "cue_accuracy": round(cue.value, 4), "cue": cue.as_json(),
            "content_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "n_gold": found.gold, "n_pred": found.pred,
            "by_kind": {k: {"recall": round(c.r, 4), "found": c.tp, "gold": c.gold}
                        for k, c in sorted(kinds.items())}}


def statements_report(golds: list[GoldArticle], results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval statements --json`` prints."""
    return {"task": "statements", "format": "gold", "documents": len(golds),
            "systems": {name: score_statements(golds, outs) for name, outs in results.items()},
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
