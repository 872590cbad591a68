"""Statement rules: each reads one speech cue and its sentence and gives a ``Frame``
(the cue, the content span, the kind) before the speaker is resolved.

Verb rules take ``(view, first, last, lemma, a, b)``: the cue's tokens
``[first, last]``, its lemma and its sentence's tokens ``[a, b)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .speaker_names import Speaker
from .speech import DocView

THAT = frozenset({"что", "будто", "чтобы"})
ABOUT = frozenset({"о", "об", "про"})
THIS = frozenset({"этом", "том"})
CLAUSE_PUNCT = frozenset({",", ":", ";", "(", ")", "—", "–", "−", "―", "«", "»", "\"", "“", "”", "„"})
SENTENCE_END = " \t\n.;…"
LEAD_JUNK = " \t\n—–-,:"
QUOTE_MARK = re.compile(r'[«„“"]')
QUOTE_CLOSER = re.compile(r'[»“”"]')


@dataclass(slots=True)
class Frame:
    """A cue (token range) and its content (char range), with what rule found them."""

    cue_first: int
    cue_last: int
    lemma: str
    start: int
    stop: int
    kind: str
    rule: str
    side: str = "left"                      # where the subject is looked for first
    phrase: tuple[int, int] | None = None   # explicit subject tokens
    any_case: bool = False
    tail: bool = False                      # "..., сообщил X": may be a medium
    negated: bool = False
    speaker: Speaker | None = None
    medium: Speaker | None = None


def frame(view: DocView, first: int, last: int, lemma: str, span, kind: str, rule: str, **kw) -> Frame | None:
    """A frame with its content trimmed; None when the content is empty."""
    start, stop, quoted = trim(view, *span, keep_end=kind == "direct")
    if stop - start < 2:
        return None
    if kind == "indirect" and quoted:
        kind = "mixed"
    return Frame(first, last, lemma, start, stop, kind, rule, **kw)


def trim(view: DocView, start: int, stop: int, keep_end: bool = False) -> tuple[int, int, bool]:
    """Content without edge punctuation and outer quotation marks; True if it quotes."""
    text = view.text
    while start < stop and text[start] in LEAD_JUNK:
        start += 1
    while stop > start and (text[stop - 1] in " \t\n," or (not keep_end and text[stop - 1] in SENTENCE_END)):
        stop -= 1
    whole = start < stop and view.quotes.get(start) == stop - 1
    if whole:
        start, stop = start + 1, stop - 1
    quoted = whole or any(m.start() in view.quotes for m in QUOTE_MARK.finditer(text, start, stop))
    return start, stop, quoted


def clause_end(view: DocView, start: int, b: int) -> int:
    """End of content that starts at char ``start``: the sentence end, or later if a quote runs on."""
    stop = view.tokens[b - 1].stop
    for m in QUOTE_CLOSER.finditer(view.text, start, stop):
        if view.quotes.get(m.start(), stop) < start:
            stop = m.start()            # the content sits inside a quote that ends here
            break
    for m in QUOTE_MARK.finditer(view.text, start, stop):
        close = view.quotes.get(m.start(), -1)
        if close >= stop:
            nxt = view.tok_at.get(close)
            if nxt is not None:
                return view.tokens[view.sentence_tokens(nxt)[1] - 1].stop
    return stop


def phrase_end(view: DocView, j: int, b: int) -> int:
    """The end of a source phrase starting at token ``j`` ("как заявил глава «Вектора» Иван
    Петров, ..."): the next clause mark, stepping over a short quoted name."""
    while j < b and view.low[j] not in (".", "!", "?"):
        close = view.quote_close(j)
        if 0 < close - j <= 6:
            j = close + 1
            continue
        if view.low[j] in CLAUSE_PUNCT:
            break
        j += 1
    return j


def content_from(view: DocView, j: int, b: int) -> tuple[int, int]:
    start = view.tokens[j].start
    return start, clause_end(view, start, b)


# --- verb rules: each looks at one speech verb and its sentence [a, b) -------
def dash_rule(view, first, last, lemma, a, b):
    """«...», — заявил X  /  ..., — сказал он  /  «..., — сказал X. — ...»"""
    j = first - 1
    while j > a and first - j <= 2 and view.tokens[j].pos in ("ADV", "PART", "PRON"):
        j -= 1
    if j <= a and not (j == a and view.is_dash(j)):
        return None
    if not view.is_dash(j):
        return None
    k = j - 1
    if k < 0 or view.tokens[k].text not in (",", "!", "?", "…") and view.quote_open(k) < 0:
        return None
    if view.low[k] == "," and k > 0 and view.quote_open(k - 1) >= 0:
        k -= 1
    opened = view.quote_open(k)
    kw = dict(side="right")
    if opened >= 0:
        span = view.tokens[opened].stop, view.tokens[k].start
        return frame(view, first, last, lemma, span, "direct", "dash_quote", **kw)
    around = view.enclosing_quote(view.tokens[first].start)
    if around is not None:
        return split_quote(view, first, last, lemma, around, view.tokens[k].stop, b)
    start = view.tokens[a].start
    if view.is_dash(a) or view.quote_close(a) < 0:
        return frame(view, first, last, lemma, (start, view.tokens[k].stop), "direct", "dash_plain", **kw)
    return None


def split_quote(view, first, last, lemma, around, cut, b):
    """«Part one, — сказал X. — Part two»: the longer part is the content."""
    open_, close = around
    second = (close, close)
    for d in range(last + 1, len(view.tokens)):
        if view.tokens[d].start >= close:
            break
        if view.is_dash(d) and view.tokens[d - 1].text in (".", ","):
            second = (view.tokens[d].stop, close)
            break
    one = (open_ + 1, cut)
    span = one if one[1] - one[0] >= second[1] - second[0] else second
    return frame(view, first, last, lemma, span, "direct", "dash_split", side="right")


def colon_rule(view, first, last, lemma, a, b):
    """X сказал: «...»  /  X заявил: ..."""
    for j in range(last + 1, min(b, last + 5)):
        if view.low[j] == ":":
            nxt = j + 1
            close = view.quote_close(nxt) if nxt < len(view.tokens) else -1
            if close > nxt:
                span = view.tokens[nxt].stop, view.tokens[close].start
                return frame(view, first, last, lemma, span, "direct", "colon_quote")
            if nxt >= b:
                return None
            return frame(view, first, last, lemma, content_from(view, nxt, b), "indirect", "colon")
        if view.is_punct(j):
            return None
    return None


def that_rule(view, first, last, lemma, a, b):
    """X заявил (журналистам) (о том), что ..."""
    j, steps = last + 1, 0
    while j < b - 1 and steps < 14:
        w = view.low[j]
        if w in THAT and (j == last + 1 or view.low[j - 1] == ","):
            return frame(view, first, last, lemma, (view.tokens[j + 1].start, gerund_end(view, first, j + 1, b)),
                         "indirect", "that")
        if w in (":", ";", ".") or view.is_dash(j):
            return None
        if view.tokens[j].pos in ("VERB", "AUX") and (view.feat(j, "VerbForm") in ("Fin", "Conv")
                                                       or view.lemma[j] in view.lex.verbs):
            return None
        close = view.quote_close(j)
        j = close + 1 if close > j else j + 1
        steps += 1
    return None


def gerund_end(view, first: int, j: int, b: int) -> int:
    """Where the content of a cue at ``first`` that starts at token ``j`` ends: a leading gerund's
    content ends at the comma before the clause it hangs on ("Напомнив, что ..., Дэвис отметил")."""
    start = view.tokens[j].start
    host = view.tokens[first].head
    if view.feat(first, "VerbForm") != "Conv" or not first < host < b:
        return clause_end(view, start, b)
    subjects = [c for c in view.children(host) if view.tokens[c].rel in ("nsubj", "nsubj:pass") and c > j]
    edge = min(subjects + [host])
    k = edge - 1
    while k > j and view.low[k] != ",":
        k -= 1
    return view.tokens[k].start if k > j else clause_end(view, start, b)


def about_this_rule(view, first, last, lemma, a, b):
    """Об этом заявил X: the content is the sentence before."""
    j = first - 1
    while j >= a and view.low[j] not in CLAUSE_PUNCT:
        j -= 1
    window = list(range(j + 1, first - 1)) + [last + 1]
    if not opens_with_this(view, a, first):
        window = [k for k in window if k + 2 < b and view.low[k] in ABOUT and view.low[k + 1] in THIS
                  and view.low[k + 2] not in (",", "что")]
        if not window:
            return None
    s = view.tokens[first].sent
    if s == 0:
        return None
    start, stop = view.sentence_span(s - 1)
    opened = view.enclosing_quote(start + 1)
    if opened and opened[1] < stop and opened[0] < start:
        start = opened[0]
    return frame(view, first, last, lemma, (start, stop), "indirect", "about_this", side="right")


def opens_with_this(view: DocView, a: int, first: int) -> bool:
    """"Об этом в понедельник, 10 января, сообщил ...": no verb between "об этом" and the cue."""
    return (a + 2 < first and view.low[a] in ABOUT and view.low[a + 1] in THIS and view.low[a + 2] != ","
            and not any(view.tokens[k].pos in ("VERB", "AUX") for k in range(a + 2, first)))


def quote_fragment_rule(view, first, last, lemma, a, b):
    """X назвал «террористами» ...: the quoted words are the statement."""
    if lemma not in view.lex.quote_verbs:
        return None
    for j in range(last + 1, min(b, last + 4)):
        close = view.quote_close(j)
        if close > j:
            return frame(view, first, last, lemma, (view.tokens[j].stop, view.tokens[close].start),
                         "mixed", "quote_fragment")
        if view.is_punct(j):
            return None
    return None


def about_rule(view, first, last, lemma, a, b):
    """X сообщил (журналистам) о своей отставке."""
    for j in range(last + 1, min(b - 1, last + 4)):
        if view.low[j] in ABOUT:
            if view.low[j + 1] in THIS:
                return None
            return frame(view, first, last, lemma, content_from(view, j + 1, b), "indirect", "about")
        if view.is_punct(j) or view.tokens[j].pos in ("VERB", "AUX"):
            return None
    return None


def about_before_rule(view, first, last, lemma, a, b):
    """О своей поддержке стартапов заявил X: the "о" phrase before the verb is the content."""
    for c in view.children(first):
        if not a <= c < first or view.tokens[c].rel not in ("obl", "nmod"):
            continue
        lo, hi = view.subtree(c, a, first)
        if view.low[lo] in ABOUT and hi - lo > 1 and view.low[lo + 1] not in THIS \
                and view.tokens[lo + 1].pos != "PRON" and view.low[b - 1] != "?" \
                and not any(view.is_punct(k) for k in range(hi, first)):
            return frame(view, first, last, lemma, (view.tokens[lo + 1].start, view.tokens[hi - 1].stop),
                         "indirect", "about_before")
    return None


def as_said_rule(view, first, last, lemma, a, b):
    """Как отметил X, ...  /  ..., как сообщил X."""
    j = first - 1
    while j > a and view.tokens[j].pos == "ADV" and first - j <= 2:
        j -= 1
    if j < a or view.low[j] != "как":
        return None
    end = phrase_end(view, last + 1, b)
    kw = dict(side="right", phrase=(last + 1, end), any_case=lemma in view.lex.impersonal)
    comma_before = j > a and view.low[j - 1] == ","
    comma_after = end < b - 1 and view.low[end] == ","
    if comma_before and (not comma_after or j - a > b - end):
        return leading_content(view, first, last, lemma, a, j - 1, "as_said", tail=True, **kw)
    if comma_after:
        return frame(view, first, last, lemma, content_from(view, end + 1, b), "indirect", "as_said", **kw)
    return None


def tail_rule(view, first, last, lemma, a, b):
    """Эвакуация завершится к вечеру, сообщил губернатор."""
    if first - 1 <= a or view.low[first - 1] != ",":
        return None
    subjects = [c for c in view.children(first) if view.tokens[c].rel in ("nsubj", "nsubj:pass")]
    if any(c < first for c in subjects):
        return None
    return leading_content(view, first, last, lemma, a, first - 1, "tail", side="right", tail=True)


def leading_content(view, first, last, lemma, a, comma, rule, **kw):
    """Content before the attribution: a quote that ends at ``comma`` and opens the sentence,
    else the sentence so far ("чем после «Спутника V», предполагают ...": a name, not a quote)."""
    opened = view.quote_open(comma - 1) if comma > a else -1
    if opened >= 0 and all(view.is_punct(k) for k in range(a, opened)):
        span = view.tokens[opened].stop, view.tokens[comma - 1].start
        return frame(view, first, last, lemma, span, "direct", rule, **kw)
    return frame(view, first, last, lemma, (view.tokens[a].start, view.tokens[comma].start), "indirect", rule, **kw)


VERB_RULES = (dash_rule, as_said_rule, colon_rule, that_rule, about_this_rule,
              quote_fragment_rule, about_rule, about_before_rule, tail_rule)
