"""Merging frames into statements: speakers resolved, media folded into the
statements they report, nested frames dropped.
"""
from __future__ import annotations

from .speaker_names import Speaker, entity_gender, from_mention, plain_speaker
from .speaker_roles import resolve_pronoun, subject_between
from .speaker_salience import salient_speaker
from .speakers import find_speaker, resolve_phrase
from .speaker_subjects import syntax_subject
from .speech import DocView
from .syntax import SUBJECT_RELS
from .statement_rules import CLAUSE_PUNCT, Frame, frame, trim

SOURCE_RULES = frozenset({"as_said", "according", "about_this"})
KEEP_WITHOUT_SPEAKER = frozenset({"dash_quote", "dash_split", "dash_plain", "colon_quote", "colon",
                                  "that", "about", "quote_fragment"})
# rules whose cue, with no subject of its own, goes on with the last speaker ("— и добавил, что ..."):
# the dash rules always, the others when no one else became a subject since (``someone_since``)
DASH_CONTINUING = frozenset({"dash_quote", "dash_split", "dash_plain"})
CONTINUING = DASH_CONTINUING | {"that", "about", "colon", "colon_quote"}
SUBORDINATORS = frozenset({"если", "когда", "что", "чтобы", "пока", "хотя", "потому", "поскольку", "который",
                           "где", "как", "будто", "ли", "куда", "откуда", "чей", "кто"})
MAIN_CLAUSE_RELS = frozenset({"root", "parataxis", "conj", "advcl"})   # advcl: a gerund ("назвав")


def merge_frames(view: DocView, frames: list[Frame]) -> list[Frame]:
    """Resolve speakers, fold media into the statements they report, drop nested frames."""
    kept = []
    for f in frames:
        f.speaker = find_speaker(view, f.cue_first, f.cue_last, f.side, f.phrase, f.any_case, (f.start, f.stop))
        if f.speaker is None and f.rule == "name_colon":
            f.speaker = plain_speaker(view, *f.phrase)
        if f.speaker is None and f.rule not in KEEP_WITHOUT_SPEAKER:
            continue
        if f.speaker is None and f.rule in CONTINUING:
            f.speaker = continued_speaker(view, f)
        f.speaker = salient_speaker(view, f.speaker, f.cue_last, f.lemma)
        if f.lemma in view.lex.citing:
            cited = cited_speaker(view, f)
            if cited is None and is_medium(view, f.speaker):
                cited = continued_speaker(view, f, cited=True)   # "«...», — цитирует издание": who spoke
            if cited is not None:
                f.medium, f.speaker = f.speaker, cited
        if f.speaker is not None and not (f.tail and is_medium(view, f.speaker)):
            view.said.append((f.cue_first, f.speaker))
        if f.speaker is not None:
            view.sources.append((f.cue_first, f.speaker))
        note_medium(view, f)
        note_lead_medium(view, f)
        kept.append(f)
    kept = fold_sources(view, fold_media(view, kept))
    follow_links(view, kept)
    name_titles_ahead(view, kept)
    return drop_nested(view, kept)


def name_titles_ahead(view: DocView, frames: list[Frame]) -> None:
    """"..., сказал министр иностранных дел Украины. ... считает Павел Климкин": a title that
    speaks unresolved is the person named as the next speaker, at most two sentences on, when
    no other person is named in between, that person has no title of their own in the document
    and the verbs agree in gender."""
    for n, f in enumerate(frames):
        sp = f.speaker
        k = view.tok_at.get(sp.start, -1) if sp is not None and sp.described else -1
        if k < 0 or view.lemma[k] not in view.lex.roles or view.feat(k, "Number") == "Plur":
            continue
        nxt = next((g for g in frames[n + 1:] if g.speaker is not None and g.speaker.start > sp.stop
                    and not (g.speaker.how == "pronoun" and g.speaker.entity < 0)), None)   # "По его словам"
        if nxt is None or nxt.speaker.entity < 0 or nxt.speaker.how != "mention" \
                or view.tokens[nxt.cue_first].sent > view.tokens[f.cue_first].sent + 2:
            continue
        entity = nxt.speaker.entity
        if view.doc.entities[entity].type != "PER" or any(r.person_entity == entity for r in view.doc.roles) \
                or entity_gender(view, entity) not in (view.feat(f.cue_last, "Gender"), ""):
            continue
        if any(m.type == "PER" and m.entity != entity and sp.stop <= m.start < nxt.speaker.start
               and not view.in_quote(m.start, sp.start) for m in view.doc.mentions):
            continue
        f.speaker = Speaker(sp.start, sp.stop, sp.text, entity, nxt.speaker.name, "role")
        for g in frames[n + 1:frames.index(nxt)]:     # "По его словам" between them: the same person
            if g.speaker is not None and g.speaker.how == "pronoun" and g.speaker.entity < 0 \
                    and view.lex.pronouns.get(g.speaker.text.lower()) == entity_gender(view, entity):
                g.speaker.entity, g.speaker.name = entity, nxt.speaker.name


LEAD_SENTENCES = 4      # the title and the lead: where "передает The Guardian" names the article's source


def note_medium(view: DocView, f: Frame) -> None:
    """Remember an organisation that speaks with a medium's verb ("передает The Telegraph")."""
    sp = f.medium if f.medium is not None else f.speaker
    if sp is not None and sp.entity >= 0 and view.doc.entities[sp.entity].type == "ORG" \
            and (f.lemma in view.lex.medium_verbs or f.medium is not None):
        view.media_seen.add(sp.entity)


def note_lead_medium(view: DocView, f: Frame) -> None:
    """Remember the medium the lead cites ("..., передает The Guardian"): later, "издание" and
    "в статье" with no medium named just before mean that one."""
    if view.lead_medium >= 0 or view.tokens[f.cue_first].sent >= LEAD_SENTENCES or not is_medium(view, f.speaker):
        return
    k = view.tok_at.get(f.speaker.start, -1)
    if k >= 0 and view.mention_of[k] >= 0:
        view.lead_medium = view.mention_of[k]


def continued_speaker(view: DocView, f: Frame, cited: bool = False) -> Speaker | None:
    """"«...», — добавил." with no subject: the previous statement's person goes on speaking,
    if that statement is at most one sentence back and agrees with the verb in gender.
    ``cited``: the verb's subject is the medium citing that person ("— цитирует издание")."""
    cue = f.cue_last
    if not view.said or not cited and any(view.tokens[c].rel in SUBJECT_RELS for c in view.children(cue)):
        return None
    if not cited and (view.feat(cue, "Tense") != "Past" or view.feat(cue, "Number") != "Sing"):
        return None
    prev_cue, sp = view.said[-1]
    if sp.entity < 0 or view.tokens[prev_cue].sent < view.tokens[cue].sent - 1:
        return None
    if f.rule not in DASH_CONTINUING and not cited and someone_since(view, prev_cue, cue):
        return None
    if view.doc.entities[sp.entity].type != "PER" \
            or not cited and entity_gender(view, sp.entity) not in (view.feat(cue, "Gender"), ""):
        return None
    return Speaker(-1, -1, "", sp.entity, sp.name, "continued")      # no span: the speaker is unwritten


def someone_since(view: DocView, prev_cue: int, cue: int) -> bool:
    """Whether someone else became a main-clause subject between the last statement's cue and
    ``cue`` ("— сказал Петров. Министр прибыл в Сирию, где заявил, что ..."), or the cue sits in
    a relative clause."""
    return view.tokens[cue].rel.startswith("acl") or subject_between(view, prev_cue, cue, MAIN_CLAUSE_RELS)


def cited_speaker(view: DocView, f: Frame) -> Speaker | None:
    """"цитирует Reuters министра": the object of a citing verb is the speaker."""
    a, b = view.sentence_tokens(f.cue_first)
    for c in view.children(f.cue_last):
        if view.tokens[c].rel in ("obj", "iobj"):
            lo, hi = view.subtree(c, a, b)
            found = resolve_phrase(view, lo, hi, c, any_case=True)
            owner = next((k for k in range(lo, hi) if view.low[k] in view.lex.pronouns
                          and view.feat(k, "Case") != "Nom"), -1)
            if (found is None or found.described) and owner >= 0:     # "цитирует выдержки из его речи"
                found = resolve_pronoun(view, owner, view.lex.pronouns[view.low[owner]], "", (f.start, f.stop))
            person = next((view.mention_of[k] for k in range(lo, hi) if view.mention_of[k] >= 0
                           and view.doc.mentions[view.mention_of[k]].type == "PER"), -1)
            if (found is None or found.described) and person >= 0:   # "цитирует слова Армстронга"
                found = from_mention(view, person)
            if found is not None:
                return found
    return None


def fold_media(view: DocView, frames: list[Frame]) -> list[Frame]:
    """"..., передает ТАСС" / "Об этом сообщает ТАСС" after a statement: its medium."""
    out: list[Frame] = []
    for f in frames:
        host = media_host(view, f, out)
        if host is None:
            acted = act_frame(view, f) if f.tail and is_medium(view, f.speaker) else None
            out.append(f if acted is None else acted)
            continue
        if is_person(view, f.speaker) and (is_medium(view, host.speaker) or is_org(view, host.speaker)):
            take_speaker(host, f)       # "USA Today пишет: «..., заявил Марк Цукерберг»"
        else:
            set_medium(host, f.speaker)
        if f.tail:
            cut = view.tokens[f.cue_first].start
            if host.start < cut < host.stop:
                retrim(view, host, boundary(view, f))
    return out


def act_frame(view: DocView, f: Frame) -> Frame | None:
    """"Движение пригрозило вывести людей на улицы, передает CNN": a medium relays what the
    subject of a verb of saying (``speech_acts.txt`` or a speech verb with no content of its
    own) said; that subject is the speaker, the verb the cue, the medium its medium."""
    a = view.sentence_tokens(f.cue_first)[0]
    end = boundary(view, f)
    for k in range(a, f.cue_first):
        if view.tokens[k].start >= end:
            break
        lemma = view.lemma[k]
        if lemma not in view.lex.acts and (lemma not in view.lex.verbs or lemma in view.lex.dash_verbs) \
                or view.feat(k, "VerbForm") not in ("Fin", "Conv") or view.in_quote(view.tokens[k].start, -1) \
                or view.tokens[k].rel not in MAIN_CLAUSE_RELS \
                or view.tokens[k].rel == "advcl" and view.feat(k, "VerbForm") != "Conv":
            continue                    # not "X, который критиковал Y, ...", "Когда X потребовал ..., ..."
        subj = syntax_subject(view, k, k)
        if not a <= subj < k or view.feat(subj, "Case") not in ("Nom", "") \
                or any(c > k and view.tokens[c].rel in SUBJECT_RELS for c in view.children(k)):
            continue                    # "Его считали ...", "..., заявил ее адвокат X": not that one
        start = view.tokens[k + 1].start
        stop = min(end, next_clause(view, k, end))    # not "..., а полиция задержала ...", "... и открыл парк"
        speaker = find_speaker(view, k, k, "left", avoid=(start, stop))
        lo, hi = view.subtree(subj, a, k)
        if speaker is None or speaker.entity < 0 or speaker.described or is_medium(view, speaker) \
                or not view.tokens[lo].start <= speaker.start < view.tokens[hi - 1].stop:
            continue                    # the subject's phrase names the speaker
        acted = frame(view, k, k, view.lemma[k], (start, stop), "direct" if f.kind == "direct" else "indirect", "act_tail")
        if acted is not None:
            acted.speaker, acted.medium = speaker, f.speaker
            return acted
    return None


def next_clause(view: DocView, k: int, end: int) -> int:
    """Where the clause of the verb at token ``k`` ends before char ``end``: at the comma or
    conjunction before the next finite verb that is not its own (a coordinated "и открыл парк",
    a clause "а полиция задержала")."""
    for v in range(k + 1, len(view.tokens)):
        if view.tokens[v].start >= end:
            break
        if view.feat(v, "VerbForm") == "Fin" and view.tokens[v].pos in ("VERB", "AUX") \
                and not view.in_quote(view.tokens[v].start, -1):
            c = next((c for c in range(v - 1, k, -1) if view.low[c] in (",", "и", "а", "но", ";")), -1)
            if c < 0 or view.low[c + 1] in SUBORDINATORS or view.lemma[c + 1] in SUBORDINATORS:
                continue                # "..., если женщину освободят": part of what was said
            return view.tokens[c].start
    return end


def is_person(view: DocView, sp: Speaker | None) -> bool:
    return sp is not None and sp.entity >= 0 and view.doc.entities[sp.entity].type == "PER"


def is_org(view: DocView, sp: Speaker | None) -> bool:
    return sp is not None and sp.entity >= 0 and view.doc.entities[sp.entity].type == "ORG"


def take_speaker(host: Frame, f: Frame) -> None:
    """A medium's frame quoting a person who speaks inside it: the person is the speaker,
    the medium its medium, the person's cue the cue."""
    host.medium, host.speaker = host.speaker, f.speaker
    host.cue_first, host.cue_last, host.lemma, host.negated = f.cue_first, f.cue_last, f.lemma, f.negated


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
        if f.rule in SOURCE_RULES and not (f.rule != "about_this" and is_person(view, f.speaker)):
            # "По его словам, Путин заверил, что ...": a person reports, both statements stay
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
    if view.is_media_name(sp.name) or view.is_media_name(sp.text) or sp.entity in view.media_seen:
        return True
    k = view.tok_at.get(sp.start, -1)
    if k >= 0 and sp.described and view.medium_noun(k):
        return True                 # "издание", "газета" with no name
    return k > 0 and view.medium_noun(k - 1)


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
    """A statement whose cue lies inside another statement's content is part of it, unless its
    speaker is named there ("сообщалось, что Борис Джонсон заявил, что ..."): then it is a
    statement of its own as well, reported inside the other."""
    def inside(f: Frame, g: Frame) -> bool:
        return g.start <= view.tokens[f.cue_first].start < g.stop

    return [f for f in frames
            if names_own_speaker(f)
            or not any(g is not f and inside(f, g) and (not inside(g, f) or g.cue_first < f.cue_first)
                       for g in frames)]


def names_own_speaker(f: Frame) -> bool:
    return f.speaker is not None and f.speaker.entity >= 0 and f.speaker.how == "mention"
