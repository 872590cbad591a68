"""Who a pronoun or an unnamed speaker stands for, ranked by a learned model.

The rules of ``speakers.py`` and ``speaker_salience.py`` tie "он", "эксперт" or
"первая леди" to one person by a fixed order of tests (previous speaker, the
person just named, the leading person).  Each test is right often and wrong
in its own way, and which one to trust depends on the others: how far back
the person was named, whether they spoke before, whether the word is a title
they hold, how many people came in between.  ``rank_speaker`` weighs those
signals together: every person or organisation the document names before the
cue is a candidate, ``features`` describes it, and a conditional logit model
(weights in ``data/speaker_ranking.json``) scores it.  An unnamed speaker may
also stay as written ("полиция", "эксперты"): the candidates must beat that.

The weights are fitted to the development gold set by
``benchmarks/train_speaker_ranking.py``; the features and the model live here,
so training and use read the same code.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .speaker_names import Speaker, entity_gender, from_mention, fullest
from .speaker_roles import wanted_gender
from .speaker_salience import holds_title, person_word
from .speech import DocView
from .syntax import SUBJECT_RELS

WEIGHTS = Path(__file__).resolve().parent / "data" / "speaker_ranking.json"
RANKED = frozenset({"pronoun", "description", "salient"})
TITLE_WINDOW = 3        # tokens before a mention where "эксперт" in "эксперт Малек Дудаков" may stand
DIST_BUCKETS = ((0, "0"), (1, "1"), (2, "2"), (5, "3_5"), (10**9, "6p"))


@dataclass(slots=True)
class Option:
    """A candidate for the speaker: an entity (-1: keep the word unresolved) and its features."""

    entity: int
    features: dict[str, float]


@dataclass(slots=True)
class Mentioned:
    """Where an entity was named before the cue: its mentions' first tokens, in order."""

    entity: int
    tokens: list[int]
    in_content: bool = False    # also named inside the statement's content


def rank_speaker(view: DocView, sp: Speaker | None, cue: int, lemma: str,
                 avoid: tuple[int, int] = (0, 0)) -> Speaker | None:
    """``sp`` resolved by the model when it is a pronoun or an unnamed speaker, else ``sp``."""
    model = load_model()
    if sp is None or sp.how not in RANKED or not model:
        return sp
    options = speaker_options(view, sp, cue, lemma, avoid)
    if not options:
        return sp
    best = max(options, key=lambda o: score(model, o.features))
    if best.entity < 0 or best.entity == fullest(view, sp.entity):
        return sp
    return from_mention(view, last_mention(view, best.entity, cue), "ranked", (sp.start, sp.stop))


def score(model: dict[str, float], features: dict[str, float]) -> float:
    return sum(model.get(name, 0.0) * value for name, value in features.items())


@lru_cache(maxsize=1)
def load_model() -> dict[str, float]:
    """The feature weights of ``data/speaker_ranking.json`` ({} when the file is absent)."""
    if not WEIGHTS.is_file():
        return {}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]


def speaker_options(view: DocView, sp: Speaker, cue: int, lemma: str, avoid: tuple[int, int]) -> list[Option]:
    """The candidates for ``sp`` with their features; for an unnamed speaker also "keep it".

    Only a word ``speaker_salience.person_word`` takes for a single person is ranked (not "адвокат
    Асии Биби", "по его данным", a word for the unnamed subject just before), and only people
    who agree with the verb in gender and, for a title ("сенатор"), hold it."""
    word = person_word(view, sp, lemma)
    if word < 0:
        return []
    kind = "pronoun" if sp.how == "pronoun" or view.low[word] in view.lex.pronouns else "person"
    context = Context(view, sp, word, kind, cue, [])
    context.mentioned = [m for m in mentioned_before(view, cue, avoid) if eligible(context, m)]
    options = [Option(m.entity, candidate_features(context, m, rank)) for rank, m in enumerate(context.mentioned)]
    if options and sp.how == "description" and sp.entity < 0:
        options.append(Option(-1, {}))
    return options


def eligible(c: Context, m: Mentioned) -> bool:
    """Whether the person may be the speaker at all: the gender agrees, a pronoun does not point
    at someone its own sentence names ("В письме к министру X он написал"), and a title or a word
    such as "эксперт" is one the person holds or was called by, or they spoke just before."""
    view = c.view
    if gender_features(c, m.entity).get("gender:clash"):
        return False
    if c.kind == "pronoun":
        return any(view.tokens[k].sent < c.sent for k in m.tokens)
    lemma = view.lemma[c.word]
    if lemma in view.lex.gendered:
        return True
    return bool(title_features(c, m)) or lemma in view.lex.back_people and "said:last_near" in speech_features(c, m.entity)


def mentioned_before(view: DocView, cue: int, avoid: tuple[int, int]) -> list[Mentioned]:
    """People named up to the cue outside the content, most recently named first;
    ``in_content`` marks those the content names too (a speaker seldom names themselves)."""
    seen: dict[int, list[int]] = {}
    quoted: set[int] = set()
    for mi, m in enumerate(view.doc.mentions):
        first = view.mention_tokens[mi][0]
        if m.entity < 0 or m.type != "PER":
            continue
        if avoid[0] <= m.start < avoid[1]:
            quoted.add(fullest(view, m.entity))
        elif first <= cue:
            seen.setdefault(fullest(view, m.entity), []).append(first)
    ranked = sorted(seen.items(), key=lambda item: -item[1][-1])
    return [Mentioned(e, toks, e in quoted) for e, toks in ranked]


@dataclass(slots=True)
class Context:
    view: DocView
    sp: Speaker
    word: int
    kind: str
    cue: int
    mentioned: list[Mentioned]

    @property
    def sent(self) -> int:
        return self.view.tokens[self.cue].sent


def candidate_features(c: Context, m: Mentioned, rank: int) -> dict[str, float]:
    """What speaks for and against entity ``m.entity`` as the speaker."""
    view, e = c.view, m.entity
    last = m.tokens[-1]
    f: dict[str, float] = {f"bias:{c.kind}": 1.0}
    dist = c.sent - view.tokens[last].sent
    f[f"dist:{bucket(dist)}"] = 1.0
    f[f"rank:{min(rank, 3)}"] = 1.0
    f["log_mentions"] = math.log1p(len(m.tokens))
    counts = sorted((len(x.tokens) for x in c.mentioned), reverse=True)
    f["most_named"] = float(len(m.tokens) == counts[0] and (len(counts) == 1 or counts[1] < counts[0]))
    f.update(gender_features(c, e))
    f.update(speech_features(c, e))
    f.update(mention_features(c, m))
    f.update(title_features(c, m))
    if m.in_content:
        f["named_in_content"] = 1.0
    if e == fullest(view, c.sp.entity):
        f[f"rule_pick:{c.sp.how}"] = 1.0
    return f


def bucket(dist: int) -> str:
    return next(name for top, name in DIST_BUCKETS if dist <= top)


def gender_features(c: Context, e: int) -> dict[str, float]:
    view = c.view
    want = wanted_gender(view, c.word, c.cue) if c.kind != "pronoun" else \
        (view.feat(c.cue, "Gender") or view.lex.pronouns.get(view.low[c.word], ""))
    if want not in ("Masc", "Fem"):
        return {}
    got = entity_gender(view, e)
    if not got:
        return {"gender:unknown": 1.0}
    return {"gender:agree" if got == want else "gender:clash": 1.0}


def speech_features(c: Context, e: int) -> dict[str, float]:
    """Whether the entity spoke before: last, recently, ever."""
    view = c.view
    said = [(cue, sp) for cue, sp in view.said if sp.entity >= 0 and fullest(view, sp.entity) == e]
    f: dict[str, float] = {}
    if view.said and view.said[-1][1].entity >= 0 and fullest(view, view.said[-1][1].entity) == e:
        f["said:last"] = 1.0
        if view.tokens[view.said[-1][0]].sent >= c.sent - 1:
            f["said:last_near"] = 1.0
    if said:
        f["said:any"] = 1.0
        f["said:log_count"] = math.log1p(len(said))
    return f


def mention_features(c: Context, m: Mentioned) -> dict[str, float]:
    """How the entity was named last: as a subject, in a quote, in the headline, in this sentence."""
    view, last = c.view, m.tokens[-1]
    f: dict[str, float] = {}
    if view.tokens[last].rel in SUBJECT_RELS or view.feat(last, "Case") == "Nom":
        f["last:nominative"] = 1.0
        f[f"last:nominative:{bucket(min(c.sent - view.tokens[last].sent, 2))}"] = 1.0
    if view.feat(last, "Case") == "Gen":
        f["last:genitive"] = 1.0
    if view.in_quote(view.tokens[last].start, view.tokens[c.cue].start):
        f["last:in_quote"] = 1.0
    if any(view.tokens[k].sent == 0 for k in m.tokens):
        f["headline"] = 1.0
    if view.tokens[last].sent == c.sent:
        f["this_sentence"] = 1.0
        if last > c.cue:
            f["after_cue"] = 1.0
    if any(view.tokens[k].rel in SUBJECT_RELS for k in m.tokens):
        f["ever_subject"] = 1.0
    return f


def title_features(c: Context, m: Mentioned) -> dict[str, float]:
    """Whether the word is a title the entity holds or was called by ("эксперт Малек Дудаков")."""
    if c.kind == "pronoun":
        return {}
    view, lemma = c.view, c.view.lemma[c.word]
    f: dict[str, float] = {}
    for k in m.tokens:
        if any(view.lemma[j] == lemma for j in range(max(0, k - TITLE_WINDOW), k)):
            f["title:before_mention"] = 1.0
            break
    if holds_title(view, m.entity, lemma):
        f["title:holds"] = 1.0
    return f


def last_mention(view: DocView, entity: int, cue: int) -> int:
    """The last mention of ``entity`` (or of an entity it names more fully) at or before the cue."""
    best = -1
    for mi, m in enumerate(view.doc.mentions):
        if view.mention_tokens[mi][0] > cue:
            break
        if m.entity >= 0 and fullest(view, m.entity) == entity:
            best = mi
    return best
