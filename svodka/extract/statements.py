"""Who said what: attributed statements in Russian news.

    >>> doc = extract_statements(doc)      # after annotation and entity resolution
    >>> [(s.speaker_name, s.cue, s.kind) for s in doc.statements]
    [('МВД', 'заявили', 'mixed')]

Each statement records the rule that found it (``Statement.rule``):

==============  ==================================  ==================
rule            shape                               kind
==============  ==================================  ==================
dash_quote      «...», — заявил X                   direct
dash_split      «..., — сказал X. — ...»            direct
dash_plain      ..., — сказал он                    direct
colon_quote     X сказал: «...»                     direct
colon           X заявил: ...                       indirect / mixed
that            X заявил, что ...                   indirect / mixed
about           X сообщил о ...                     indirect
about_this      Об этом заявил X                    indirect (content: the sentence before)
quote_fragment  X назвал «...» ...                  mixed
tail            ..., сообщил X                      indirect / direct
as_said         как отметил X, ...                  indirect / direct
according       по словам X, ...                    indirect / mixed
name_colon      X: ...                              indirect / direct
dash_name       «...» — X                           direct
==============  ==================================  ==================

Speech verbs and the other word lists are data (``data/speech_*.txt``); the
speaker is the cue's subject (syntax first, then the phrase beside the cue),
resolved to an entity through mentions, pronouns, "в ведомстве" and role nouns
(``speech.py``).  A source cited at the end ("..., передает ТАСС", "со
ссылкой на ...") becomes the ``medium`` of the statement it reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Doc, Statement
from .speech import DocView, Speaker, find_speaker, plain_speaker, resolve_phrase

__all__ = ["extract_statements", "find_statements", "StatementExtractor"]


def find_statements(doc: Doc) -> list[Statement]:
    """Every attributed statement of an annotated, entity-resolved ``doc``, in text order."""
    if not doc.tokens:
        return []
    view = DocView(doc)
    frames = merge_frames(view, read_frames(view))
    return [build_statement(view, f) for f in frames]


def extract_statements(doc: Doc) -> Doc:
    """Set ``doc.statements`` (the pipeline stage)."""
    doc.statements = find_statements(doc)
    return doc


class StatementExtractor:
    """The stage as an object, for pipelines that hold processors."""

    def __call__(self, doc: Doc) -> Doc:
        return extract_statements(doc)


def build_statement(view: DocView, f: Frame) -> Statement:
    tokens = view.tokens
    cue_start, cue_stop = tokens[f.cue_first].start, tokens[f.cue_last].stop
    sp = f.speaker or Speaker(-1, -1, "")
    md = f.medium or Speaker(-1, -1, "")
    return Statement(
        speaker_start=sp.start, speaker_stop=sp.stop,
        cue_start=cue_start, cue_stop=cue_stop,
        content_start=f.start, content_stop=f.stop, kind=f.kind,
        speaker=sp.text, speaker_entity=sp.entity, speaker_name=sp.name,
        cue=view.text[cue_start:cue_stop], cue_lemma=f.lemma,
        content=view.text[f.start:f.stop],
        medium=md.name or md.text, medium_start=md.start, medium_stop=md.stop,
        negated=f.negated, rule=f.rule)


# --- frames: a cue with its content, before the speaker is resolved ----------
THAT = frozenset({"что", "будто", "чтобы"})
ABOUT = frozenset({"о", "об", "про"})
THIS = frozenset({"этом", "том"})
CLAUSE_PUNCT = frozenset({",", ":", ";", "(", ")", "—", "–", "«", "»", "\"", "“", "”", "„"})
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


def read_frames(view: DocView) -> list[Frame]:
    """Frames of every rule, in text order (at most one per cue)."""
    frames = []
    for first, last, lemma in find_cues(view):
        f = read_verb_frame(view, first, last, lemma)
        if f is not None:
            frames.append(f)
    frames += according_frames(view)
    frames += name_colon_frames(view)
    frames += dash_name_frames(view)
    return sorted(frames, key=lambda f: f.cue_first)


def find_cues(view: DocView):
    """(first, last, lemma) of every speech verb; "начало убеждать" is one cue."""
    lex = view.lex
    for i, tok in enumerate(view.tokens):
        if tok.pos != "VERB" and tok.pos != "AUX":
            continue
        lemma = view.lemma[i]
        if view.low[i].endswith(("ся", "сь")) and not lemma.endswith("ся") and lemma + "ся" in lex.verbs:
            lemma = view.lemma[i] = lemma + "ся"       # "говорилось" read as "говорить"
        if lemma not in lex.verbs:
            continue
        form = view.feat(i, "VerbForm")
        if form == "Inf":
            if i > 0 and view.lemma[i - 1] in lex.phase and view.feat(i - 1, "VerbForm") == "Fin":
                yield i - 1, i, f"{view.lemma[i - 1]} {lemma}"
        elif form in ("Fin", "Conv", "") and view.feat(i, "Mood") != "Imp":
            yield i, i, lemma


def read_verb_frame(view: DocView, first: int, last: int, lemma: str) -> Frame | None:
    a, b = view.sentence_tokens(first)
    gerund = view.feat(last, "VerbForm") == "Conv"
    rules = (colon_rule, that_rule) if gerund else VERB_RULES
    for rule in rules:
        f = rule(view, first, last, lemma, a, b)
        if f is not None:
            f.negated = (first > 0 and view.low[first - 1] == "не") or lemma.split()[-1] in view.lex.negative
            f.any_case = f.any_case or lemma in view.lex.impersonal
            return f
    return None


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
            return frame(view, first, last, lemma, content_from(view, j + 1, b), "indirect", "that")
        if w in (":", ";", ".") or view.is_dash(j):
            return None
        if view.tokens[j].pos in ("VERB", "AUX") and (view.feat(j, "VerbForm") in ("Fin", "Conv")
                                                       or view.lemma[j] in view.lex.verbs):
            return None
        close = view.quote_close(j)
        j = close + 1 if close > j else j + 1
        steps += 1
    return None


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


def as_said_rule(view, first, last, lemma, a, b):
    """Как отметил X, ...  /  ..., как сообщил X."""
    j = first - 1
    while j > a and view.tokens[j].pos == "ADV" and first - j <= 2:
        j -= 1
    if j < a or view.low[j] != "как":
        return None
    end = last + 1
    while end < b and view.low[end] not in CLAUSE_PUNCT and view.low[end] not in (".", "!", "?"):
        end += 1
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
    """Content before the attribution: a quote that ends at ``comma``, else the sentence so far."""
    opened = view.quote_open(comma - 1) if comma > a else -1
    if opened >= 0:
        span = view.tokens[opened].stop, view.tokens[comma - 1].start
        return frame(view, first, last, lemma, span, "direct", rule, **kw)
    return frame(view, first, last, lemma, (view.tokens[a].start, view.tokens[comma].start), "indirect", rule, **kw)


VERB_RULES = (dash_rule, as_said_rule, colon_rule, that_rule, about_this_rule,
              quote_fragment_rule, about_rule, tail_rule)


# --- rules without a speech verb ----------------------------------------------
def according_frames(view: DocView) -> list[Frame]:
    """По словам X, ...  /  ..., по данным X.  /  По его словам, ..."""
    frames = []
    lex = view.lex
    n = len(view.tokens)
    for i in range(n - 2):
        if view.low[i] != "по":
            continue
        w = i + 2 if view.low[i + 1] in lex.pronouns else i + 1
        if w >= n or view.low[w] not in lex.according:
            continue
        a, b = view.sentence_tokens(i)
        phrase_start = i + 1 if w == i + 2 else w + 1
        end = w + 1
        while end < b and view.low[end] not in CLAUSE_PUNCT and view.low[end] not in (".", "!", "?"):
            end += 1
        if any(view.tokens[k].pos in ("VERB", "AUX") for k in range(phrase_start, end)):
            continue
        phrase = (phrase_start, end) if w == i + 1 else (i + 1, i + 2)
        lemma = f"по {view.low[w]}"
        kw = dict(phrase=phrase, any_case=True)
        comma_before = i > a and view.low[i - 1] == ","
        comma_after = end < b - 1 and view.low[end] == ","
        if comma_before and (not comma_after or i - a > b - end):
            f = leading_content(view, i, w, lemma, a, i - 1, "according", **kw)
        elif comma_after:
            f = frame(view, i, w, lemma, content_from(view, end + 1, b), "indirect", "according", **kw)
        else:
            continue
        if f is not None:
            frames.append(f)
    return frames


def name_colon_frames(view: DocView) -> list[Frame]:
    """Песков: Кремль не планирует ... (a name, then a colon, at the start of a sentence)."""
    frames = []
    for s in sorted(view.sent_first):
        a, b = view.sent_first[s], view.sent_stop[s]
        c = next((j for j in range(a + 1, min(b, a + 7)) if view.low[j] == ":"), -1)
        if c < 0 or c + 3 >= b or not view.text[view.tokens[a].start].isupper():
            continue
        if not all(names_speaker(view, j) for j in range(a, c)):
            continue
        quoted = view.quote_close(c + 1) > c + 1
        if not quoted and not any(view.tokens[j].pos in ("VERB", "AUX") for j in range(c + 1, b)):
            continue
        f = frame(view, c, c, ":", content_from(view, c + 1, b), "indirect", "name_colon", phrase=(a, c))
        if f is not None:
            close = view.quote_close(c + 1)
            if close > c and view.tokens[close].stop >= f.stop:
                f.kind = "direct"
            frames.append(f)
    return frames


def names_speaker(view: DocView, j: int) -> bool:
    """Can token ``j`` be part of a "Name:" heading (a name, a title, a role)?"""
    t = view.tokens[j]
    if view.mention_of[j] >= 0:
        return view.doc.mentions[view.mention_of[j]].type in ("PER", "ORG")
    if t.pos == "PROPN":
        return t.text[:1].isupper() and not t.text.isupper()
    return view.lemma[j] in view.lex.roles or t.pos == "ADJ"


def dash_name_frames(view: DocView) -> list[Frame]:
    """«...» — Иван Петров. (a quote that opens a sentence, then a dash and a name, no verb)"""
    frames = []
    closers = sorted(view.tok_at[c] for o, c in view.quotes.items() if o < c and c in view.tok_at)
    for k in closers:
        opened = view.quote_open(k)
        if opened < 0 or not starts_sentence(view, opened):
            continue
        d = k + 2 if k + 1 < len(view.tokens) and view.low[k + 1] == "," else k + 1
        if d >= len(view.tokens) or not view.is_dash(d):
            continue
        a, b = view.sentence_tokens(d)
        rest = range(d + 1, b)
        if not rest or len(rest) > 10 or any(view.tokens[j].pos in ("VERB", "AUX") for j in rest):
            continue
        if not any(view.mention_of[j] >= 0 or view.tokens[j].pos == "PROPN" for j in rest):
            continue
        span = view.tokens[opened].stop, view.tokens[k].start
        f = frame(view, d, d, "—", span, "direct", "dash_name", phrase=(d + 1, b), side="right")
        if f is not None:
            frames.append(f)
    return frames


def starts_sentence(view: DocView, i: int) -> bool:
    k = view.tokens[i].start - 1
    while k >= 0 and view.text[k] in " \t":
        k -= 1
    return k < 0 or view.text[k] in ".!?…»\n" or view.sent_first.get(view.tokens[i].sent) == i


# --- merging: speakers, media, nesting ---------------------------------------
SOURCE_RULES = frozenset({"as_said", "according", "about_this"})
KEEP_WITHOUT_SPEAKER = frozenset({"dash_quote", "dash_split", "dash_plain", "colon_quote", "colon",
                                  "that", "about", "quote_fragment"})


def merge_frames(view: DocView, frames: list[Frame]) -> list[Frame]:
    """Resolve speakers, fold media into the statements they report, drop nested frames."""
    kept = []
    for f in frames:
        f.speaker = find_speaker(view, f.cue_first, f.cue_last, f.side, f.phrase, f.any_case, (f.start, f.stop))
        if f.speaker is None and f.rule == "name_colon":
            f.speaker = plain_speaker(view, *f.phrase)
        if f.speaker is None and f.rule not in KEEP_WITHOUT_SPEAKER:
            continue
        if f.lemma in view.lex.citing:
            cited = cited_speaker(view, f)
            if cited is not None:
                f.medium, f.speaker = f.speaker, cited
        kept.append(f)
    kept = fold_sources(view, fold_media(view, kept))
    follow_links(view, kept)
    return drop_nested(view, kept)


def cited_speaker(view: DocView, f: Frame) -> Speaker | None:
    """"цитирует Reuters министра": the object of a citing verb is the speaker."""
    a, b = view.sentence_tokens(f.cue_first)
    for c in view.children(f.cue_last):
        if view.tokens[c].rel in ("obj", "iobj"):
            found = resolve_phrase(view, *view.subtree(c, a, b), c, any_case=True)
            if found is not None:
                return found
    return None


def fold_media(view: DocView, frames: list[Frame]) -> list[Frame]:
    """"..., передает ТАСС" / "Об этом сообщает ТАСС" after a statement: its medium."""
    out: list[Frame] = []
    for f in frames:
        host = media_host(view, f, out)
        if host is None:
            out.append(f)
            continue
        set_medium(host, f.speaker)
        if f.tail:
            cut = view.tokens[f.cue_first].start
            if host.start < cut < host.stop:
                retrim(view, host, boundary(view, f))
    return out


def media_host(view: DocView, f: Frame, before: list[Frame]) -> Frame | None:
    if f.speaker is None:
        return None
    if f.tail:
        s = view.tokens[f.cue_first].sent
        hosts = [g for g in before if view.tokens[g.cue_first].sent == s]
        return hosts[-1] if hosts else None
    return None


def fold_sources(view: DocView, frames: list[Frame]) -> list[Frame]:
    """"По сообщению X, Y заявил, что ..." / "Как передает X, ...": X is the medium of Y's statement."""
    out = []
    for f in frames:
        if f.rule in SOURCE_RULES:
            inner = [g for g in frames if (g.cue_first > f.cue_first or f.rule == "about_this")
                     and g is not f and f.start <= view.tokens[g.cue_first].start < f.stop]
            if inner and f.speaker is not None:
                for g in inner:
                    if f.rule != "about_this" or is_medium(view, f.speaker):
                        set_medium(g, f.speaker)
                continue
        out.append(f)
    return out


def retrim(view: DocView, f: Frame, stop: int) -> None:
    """Cut ``f``'s content at ``stop`` (an attribution inside it) and re-read its kind."""
    f.start, f.stop, quoted = trim(view, f.start, min(f.stop, stop), keep_end=f.kind == "direct")
    if f.kind in ("indirect", "mixed") and f.rule != "quote_fragment":
        f.kind = "mixed" if quoted else "indirect"


def set_medium(f: Frame, medium: Speaker | None) -> None:
    """Give ``f`` its medium, unless it has one or the medium is its own speaker."""
    if f.medium is not None or medium is None:
        return
    if f.speaker is not None and (f.speaker.name == medium.name
                                  or (f.speaker.entity >= 0 and f.speaker.entity == medium.entity)):
        return
    f.medium = medium


def boundary(view: DocView, f: Frame) -> int:
    """Where a tail attribution begins: the comma (or "как") before its cue."""
    j = f.cue_first - 1
    while j > 0 and view.low[j] not in (",", "—", "–"):
        j -= 1
    return view.tokens[j].start


def is_medium(view: DocView, sp: Speaker | None) -> bool:
    if sp is None:
        return False
    media = view.lex.media
    if sp.name.lower() in media or sp.text.lower() in media:
        return True
    k = view.tok_at.get(sp.start, 0)
    return k > 0 and view.lemma[k - 1] in view.lex.medium_nouns


def follow_links(view: DocView, frames: list[Frame]) -> None:
    """"со ссылкой на X": X is the source when the frame's speaker is a medium, else the medium."""
    by_sent: dict[int, Frame] = {}
    for f in frames:
        by_sent.setdefault(view.tokens[f.cue_first].sent, f)
    for i in range(len(view.tokens) - 2):
        if not (view.low[i] in ("ссылкой", "ссылаясь") and view.low[i + 1] == "на"):
            continue
        f = by_sent.get(view.tokens[i].sent)
        if f is None:
            continue
        a, b = view.sentence_tokens(i)
        end = i + 2
        while end < b and view.low[end] not in CLAUSE_PUNCT and view.low[end] not in (".", "!", "?"):
            end += 1
        target = resolve_phrase(view, i + 2, end, i, any_case=True)
        if target is None or (target.described and view.lemma[view.tok_at[target.start]] not in view.lex.sources):
            continue
        if is_medium(view, f.speaker) and f.medium is None:
            f.medium, f.speaker = f.speaker, target
        else:
            set_medium(f, target)
        start = view.tokens[i - 1 if view.low[i - 1] == "со" else i].start
        if f.start < start < f.stop:
            retrim(view, f, start)


def drop_nested(view: DocView, frames: list[Frame]) -> list[Frame]:
    """A statement whose cue lies inside another statement's content is part of it."""
    def inside(f: Frame, g: Frame) -> bool:
        return g.start <= view.tokens[f.cue_first].start < g.stop

    return [f for f in frames
            if not any(g is not f and inside(f, g) and (not inside(g, f) or g.cue_first < f.cue_first)
                       for g in frames)]
