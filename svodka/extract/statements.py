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
about_before    О своих планах заявил X             indirect
quote_fragment  X назвал «...» ...                  mixed
tail            ..., сообщил X                      indirect / direct
act_tail        X пригрозил ..., передает CNN       indirect (X speaks, CNN is the medium)
as_said         как отметил X, ...                  indirect / direct
according       по словам X, ...                    indirect / mixed
name_colon      X: ...                              indirect / direct
dash_name       «...» — X                           direct
quote_after     X ... . «...».                      direct (the speaker of the sentence before)
==============  ==================================  ==================

Speech verbs and the other word lists are data (``data/speech_*.txt``); the
speaker is the cue's subject (syntax first, then the phrase beside the cue),
resolved to an entity through mentions, pronouns, "в ведомстве" and role nouns
(``speakers.py``).  The rules live in ``statement_rules.py`` (verb rules) and
here (rules without a verb); merging in ``statement_merge.py``.  A source cited at the end ("..., передает ТАСС", "со
ссылкой на ...") becomes the ``medium`` of the statement it reports.
"""
from __future__ import annotations

from ..records import Doc, Statement
from .speaker_names import Speaker
from .speakers import resolve_phrase
from .speech import DocView
from .statement_merge import merge_frames
from .statement_rules import (VERB_RULES, Frame, colon_rule, content_from, dash_rule, frame, leading_content,
                              phrase_end, that_rule)

__all__ = ["extract_statements", "find_statements", "StatementExtractor"]


def find_statements(doc: Doc) -> list[Statement]:
    """Every attributed statement of an annotated, entity-resolved ``doc``, in text order."""
    if not doc.tokens:
        return []
    view = DocView(doc)
    frames = merge_frames(view, read_frames(view))
    frames = sorted(frames + following_quotes(view, frames), key=lambda f: f.cue_first)
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
        form = view.feat(i, "VerbForm")
        if form == "Part" and view.feat(i, "Variant") == "Short" and view.low[i] in lex.short_forms:
            view.lemma[i] = lex.short_forms[view.low[i]]     # "в иске сказано, что"
            yield i, i, view.lemma[i]
            continue
        if lemma not in lex.verbs:
            continue
        if form == "Inf":
            if i > 0 and view.lemma[i - 1] in lex.phase and view.feat(i - 1, "VerbForm") == "Fin":
                yield i - 1, i, f"{view.lemma[i - 1]} {lemma}"
        elif form in ("Fin", "Conv", "") and view.feat(i, "Mood") != "Imp" and view.feat(i, "Person") != "1":
            # not the author's "Напомним, что" nor "я считаю" inside a quote; "обратила внимание" is one cue
            last = i + 1 if i + 1 < len(view.tokens) and view.lemma[i + 1] in lex.cue_objects else i
            yield i, last, lemma


def read_verb_frame(view: DocView, first: int, last: int, lemma: str) -> Frame | None:
    a, b = view.sentence_tokens(first)
    gerund = view.feat(last, "VerbForm") == "Conv"
    rules = (colon_rule, that_rule) if gerund else VERB_RULES
    if lemma in view.lex.dash_verbs:
        rules = (dash_rule,)
    for rule in rules:
        f = rule(view, first, last, lemma, a, b)
        if f is not None:
            f.negated = (first > 0 and view.low[first - 1] == "не") or lemma.split()[-1] in view.lex.negative
            f.any_case = f.any_case or lemma in view.lex.impersonal
            return f
    return None


# --- rules without a speech verb ----------------------------------------------
# "согласно данным издания", "согласно заявлению министерства": the nouns "согласно" takes (lemmas)
SOGLASNO = {"согласно": frozenset({"данные", "заявление", "объявление", "сообщение", "информация",
                                   "оценка", "версия", "документ", "отчет", "отчёт", "доклад"})}


def according_frames(view: DocView) -> list[Frame]:
    """По словам X, ...  /  ..., по данным X.  /  По его словам, ...  /  Согласно данным X, ..."""
    frames = []
    lex = view.lex
    n = len(view.tokens)
    for i in range(n - 2):
        w = viewpoint_word(view, i)
        if w < 0 and view.low[i] not in ("по", "согласно"):
            continue
        if w < 0:
            w = i + 2 if view.low[i + 1] in lex.pronouns else i + 1
            while w < min(n, i + 3) and view.tokens[w].pos == "ADJ" and view.low[w] not in lex.according:
                w += 1                      # "по последним данным", "по неофициальным данным"
            if w >= n or view.low[w] not in lex.according and view.lemma[w] not in SOGLASNO.get(view.low[i], ()):
                continue
        a, b = view.sentence_tokens(i)
        pronoun = view.low[i + 1] in lex.pronouns
        phrase_start = i + 1 if pronoun else w + 1
        end = phrase_end(view, w + 1, b)
        if any(view.tokens[k].pos in ("VERB", "AUX") for k in range(phrase_start, end)):
            continue
        phrase = (i + 1, i + 2) if pronoun else (phrase_start, end)
        if view.low[w] == "зрения" and (not pronoun and not names_someone(view, phrase_start, end)
                                         or i > a and view.low[i - 1] != ","):
            continue                    # "с точки зрения экономики": no one's view; "оценили проект
                                        # с точки зрения России": how, not who says
        lemma = VIEWPOINT if view.low[w] == "зрения" else f"{view.low[i]} {view.low[w]}"
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


VIEWPOINT = "с точки зрения"


def viewpoint_word(view: DocView, i: int) -> int:
    """"С точки зрения Джонсона, ...", "с его точки зрения": the token of "зрения" when the
    phrase starts at ``i``, else -1."""
    k = i + 2 if i + 1 < len(view.low) and view.low[i + 1] in view.lex.pronouns else i + 1
    if view.low[i] in ("с", "со") and view.low[k:k + 2] == ["точки", "зрения"]:
        return k + 1
    return -1


def names_someone(view: DocView, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` is headed by a person or a body: its first noun is a name, an
    animate noun or a body noun ("Джонсона", "экспертов", "правительства"), not "безопасности
    пассажиров" or "интересов России"."""
    k = next((k for k in range(a, b) if view.tokens[k].pos in ("NOUN", "PROPN")), -1)
    if k < 0:
        return False
    mi = view.mention_of[k]
    return mi >= 0 and view.doc.mentions[mi].type in ("PER", "ORG", "LOC") \
        or view.feat(k, "Animacy") == "Anim" or view.lemma[k] in view.lex.bodies


def name_colon_frames(view: DocView) -> list[Frame]:
    """Песков: Кремль не планирует ... (a name, then a colon, at the start of a sentence)."""
    frames = []
    for s in sorted(view.sent_first):
        a, b = view.sent_first[s], view.sent_stop[s]
        c = next((j for j in range(a + 1, min(b, a + 7)) if view.low[j] == ":"), -1)
        if c < 0 or c + 3 >= b or not view.text[view.tokens[a].start].isupper():
            continue
        if not all(names_speaker(view, j, j > a) for j in range(a, c)):
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


def names_speaker(view: DocView, j: int, qualifier: bool = False) -> bool:
    """Can token ``j`` be part of a "Name:" heading (a name, a title, a role)?  A place
    only as a ``qualifier`` after the head ("МИД Польши:")."""
    t = view.tokens[j]
    if view.mention_of[j] >= 0:
        return view.doc.mentions[view.mention_of[j]].type in (("PER", "ORG", "LOC") if qualifier else ("PER", "ORG"))
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


# --- a quote that stands alone after the sentence naming its speaker ----------
def following_quotes(view: DocView, frames: list[Frame]) -> list[Frame]:
    """"Министр был краток. «Мы не отступим»." / "«...», — сказал он. «...»": a quote that is
    a whole sentence, without a cue, speaks for the person the sentence before names as
    its subject, or who spoke in it.  Only a person with a name (or a role holder) counts."""
    out: list[Frame] = []
    taken = [(f.start, f.stop) for f in frames]
    by_sent = {view.tokens[f.cue_first].sent: f for f in frames}
    for s in sorted(view.sent_first):
        o = view.sent_first[s]
        while o < view.sent_stop[s] and view.is_dash(o):
            o += 1
        close = view.quote_close(o) if o < view.sent_stop[s] else -1
        if close < o + 4 or not ends_alone(view, close) or s == 0:
            continue
        span = view.tokens[o].stop, view.tokens[close].start
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        speaker = sentence_speaker(view, s - 1, by_sent.get(s - 1))
        if speaker is None:
            continue
        f = frame(view, o, o, view.tokens[o].text, span, "direct", "quote_after")
        if f is not None:
            f.speaker = speaker
            out.append(f)
            by_sent[view.tokens[close].sent] = f
    return out


def ends_alone(view: DocView, close: int) -> bool:
    """Whether the quote closed at token ``close`` ends its sentence and no cue follows it."""
    s = view.tokens[close].sent
    j = close + 1
    while j < view.sent_stop[s] and view.low[j] in (".", "!", "?", "…"):
        j += 1
    if j < view.sent_stop[s]:
        return False
    return j >= len(view.tokens) or not (view.is_dash(j) or view.low[j] == ",")


def sentence_speaker(view: DocView, s: int, said: Frame | None) -> Speaker | None:
    """The person who spoke in sentence ``s`` (``said``), else the person it names as its subject."""
    if said is not None:
        sp = said.speaker
        if sp is not None and sp.entity >= 0 and view.doc.entities[sp.entity].type == "PER":
            return Speaker(-1, -1, "", sp.entity, sp.name, "continued")
        return None
    if s not in view.sent_first:
        return None
    a, b = view.sent_first[s], view.sent_stop[s]
    root = next((k for k in range(a, b) if view.tokens[k].head < 0 and view.tokens[k].pos in ("VERB", "AUX", "ADJ")), -1)
    subj = next((c for c in view.children(root) if view.tokens[c].rel == "nsubj"), -1) if root >= 0 else -1
    if subj < 0:
        return None
    found = resolve_phrase(view, *view.subtree(subj, a, b), root)
    if found is None or found.entity < 0 or view.doc.entities[found.entity].type != "PER":
        return None
    return found
