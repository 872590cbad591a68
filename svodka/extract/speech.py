"""Speech grammar: the ``data/speech_*.txt`` lexicons, a view of a ``Doc``
that the statement rules read, and where the phrase naming a speaker ends.

``DocView`` indexes what the rules need once per document: sentences as
token ranges, the mention under each token, dependency children, and the
pairs of quotation marks (``«»``, ``„“``, ``“”``, straight quotes), matched
across sentences and paragraphs so that a quote running over several
sentences is one span.
"""
from __future__ import annotations

from .. import wordlists

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..records import Doc
from ..resolve.names import fold_lookalikes
from .role_lexicon import doc_countries, lexicon as role_lexicon
from .speaker_names import Speaker


DATA = Path(__file__).resolve().parent / "data"
QUOTE_CHARS = re.compile(r'[«»„“”"]')
OPENERS = frozenset("«„“\"")
UNQUOTE = str.maketrans("", "", "«»„“”\"")
CLOSERS = frozenset("»“”\"")
DASHES = frozenset({"—", "–", "-", "--", "−", "―"})     # em, en, hyphen, minus sign, bar
LOOSE_RELS = frozenset({"acl", "acl:relcl", "parataxis", "punct", "ccomp", "advcl", "obl", "advmod"})


def read_items(name: str) -> list[str]:
    """Non-blank lines of ``data/<name>`` without ``#`` comments."""
    return list(wordlists.read_items(DATA / name))


def read_words(name: str) -> frozenset[str]:
    """The words of a list, lower case, each also with ё written е (the tagger's lemmas drop ё)."""
    words = [item.lower() for item in read_items(name)]
    return frozenset(words) | {w.replace("ё", "е") for w in words}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the statement rules use (see ``data/speech_*.txt``)."""

    verbs: frozenset[str]
    dash_verbs: frozenset[str]          # only after a quote: "«...», — вспоминает он"
    negative: frozenset[str]
    impersonal: frozenset[str]
    phase: frozenset[str]
    quote_verbs: frozenset[str]
    according: frozenset[str]
    coref: frozenset[str]
    documents: frozenset[str]
    medium_documents: frozenset[str]    # "в статье": written by a medium
    roles: frozenset[str]
    media: frozenset[str]
    medium_nouns: frozenset[str]
    sources: frozenset[str]
    citing: frozenset[str]
    spokespeople: frozenset[str]
    pronouns: dict
    role_synonyms: dict
    ministries: dict                    # "минздрав" -> "министр здравоохранения"
    back_people: frozenset[str]         # "эксперт": the person who spoke just before
    expert_bodies: frozenset[str]       # "директор института": a post that makes an expert
    publish_verbs: frozenset[str]       # "опубликовал заявление": its subject wrote it
    relational: frozenset[str]          # "адвокат X", "сын X": someone else than X
    cue_objects: frozenset[str]         # "обратила внимание": the noun ends the cue
    bodies: frozenset[str]              # "в правительстве заявили": the body that speaks as one
    platforms: frozenset[str]           # "в Twitter": where, never who
    platform_places: frozenset[str]     # "в микроблоге Twitter": the place on it
    gendered: dict                      # "женщина" -> Fem: whom the noun can stand for
    latter: frozenset[str]              # "а последний заявил": the person named last
    medium_verbs: frozenset[str]        # "передает X": X is a medium
    acts: frozenset[str]                # "пригрозил ..., передает CNN": the subject speaks
    member_groups: frozenset[str]       # "Члены КПРФ заявили": the party
    trades: frozenset[str]              # "Актриса сообщила": the actress the document names
    coref_kinds: dict                   # "министерство" -> how a ministry's name may begin
    members: dict                       # "судья" -> "суд": "Судьи отметили" is the court
    short_forms: dict                   # "сказано" -> "говориться"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The speech lexicons, read once per process."""
    pronouns = dict(item.lower().split()[:2] for item in read_items("speech_pronouns.txt"))
    dash_verbs = read_words("speech_dash_verbs.txt") - read_words("speech_verbs.txt")
    return Lexicon(
        verbs=read_words("speech_verbs.txt") | dash_verbs, dash_verbs=dash_verbs, negative=read_words("speech_negative.txt"),
        impersonal=read_words("speech_impersonal.txt"), phase=read_words("speech_phase.txt"),
        quote_verbs=read_words("speech_quote_verbs.txt"), according=read_words("speech_according.txt"),
        coref=read_words("speech_coref.txt"), documents=read_words("speech_documents.txt"),
        medium_documents=read_words("speech_medium_documents.txt"),
        roles=read_words("speech_roles.txt"), media=read_words("speech_media.txt"),
        medium_nouns=read_words("speech_medium_nouns.txt"), sources=read_words("speech_sources.txt"),
        citing=read_words("speech_citing.txt"), spokespeople=read_words("speech_spokespeople.txt"),
        pronouns={k: v.capitalize() for k, v in pronouns.items()},
        role_synonyms=read_synonyms("speech_role_synonyms.txt"),
        ministries=dict(tuple(part.strip().lower() for part in item.split("|"))[:2]
                        for item in read_items("speech_ministries.txt")),
        back_people=read_words("speech_back_people.txt"), expert_bodies=read_words("speech_expert_bodies.txt"),
        publish_verbs=read_words("speech_publish_verbs.txt"),
        relational=read_words("speech_relational.txt") | role_lexicon().relations,
        cue_objects=read_words("speech_cue_objects.txt"), bodies=read_words("speech_bodies.txt"),
        platforms=read_words("speech_platforms.txt"), platform_places=read_words("speech_platform_places.txt"),
        gendered=dict(item.lower().split()[:2] for item in read_items("speech_gendered_nouns.txt")),
        latter=read_words("speech_latter.txt"), medium_verbs=read_words("speech_medium_verbs.txt"),
        acts=read_words("speech_acts.txt"), member_groups=read_words("speech_member_groups.txt"),
        trades=read_words("speech_trades.txt"),
        coref_kinds={noun.strip().lower(): tuple(p.strip() for p in starts.split(",") if p.strip())
                     for noun, starts in (item.split("|", 1) for item in read_items("speech_coref_kinds.txt"))},
        members=dict(item.lower().split()[:2] for item in read_items("speech_members.txt")),
        short_forms=dict(item.lower().split()[:2] for item in read_items("speech_short_forms.txt")))


def read_synonyms(name: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """``noun | role | org prefixes`` rows: noun -> [(role, prefixes)]."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for item in read_items(name):
        noun, role, *rest = [part.strip().lower() for part in item.split("|")]
        out.setdefault(noun, []).append((role, tuple(rest[0].split()) if rest else ()))
    return out


def pair_quotes(text: str) -> dict[int, int]:
    """Matching quotation marks: ``{open: close, close: open}`` as char offsets.

    Nested marks pair inside out.  A « that opens a paragraph while a quote
    from an earlier paragraph is still open continues that quote (the Russian
    convention for quotes over several paragraphs).
    """
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for m in QUOTE_CHARS.finditer(text):
        ch, pos = m.group(), m.start()
        top = stack[-1][0] if stack else ""
        if ch == '"':
            if top == '"':
                pairs[stack.pop()[1]] = pos
            elif pos == 0 or not text[pos - 1].isalnum():
                stack.append((ch, pos))
        elif ch == "«":
            if top == "«" and _opens_paragraph(text, pos) and "\n" in text[stack[-1][1]:pos]:
                continue
            stack.append((ch, pos))
        elif ch == "„" or (ch == "“" and top != "„"):
            stack.append((ch, pos))
        else:
            want = {"»": "«", "“": "„", "”": "“„"}[ch]
            while stack and stack[-1][0] not in want and any(c in want for c, _ in stack):
                stack.pop()
            if stack and stack[-1][0] in want:
                pairs[stack.pop()[1]] = pos
    pairs.update({close: open_ for open_, close in list(pairs.items())})
    return pairs


def _opens_paragraph(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos].rstrip(" \t")
    return not before or before.endswith("\n")


class DocView:
    """Indexes over a ``Doc`` for the statement rules (built once per document)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.lex = lexicon()
        self.quotes = pair_quotes(doc.text)
        tokens = self.tokens
        self.low = [t.text.lower() for t in tokens]
        self.lemma = [t.lemma.lower() if t.lemma else low for t, low in zip(tokens, self.low)]
        self.lemma = [self._title_head(lemma) for lemma in self.lemma]
        self.starts = [t.start for t in tokens]
        self.tok_at = {start: i for i, start in enumerate(self.starts)}
        self.sent_first: dict[int, int] = {}
        self.sent_stop: dict[int, int] = {}
        for i, t in enumerate(tokens):
            if t.sent not in self.sent_first:
                self.sent_first[t.sent] = i
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].sent not in self.sent_stop:
                self.sent_stop[tokens[i].sent] = i + 1
        self._children: dict[int, list[int]] = {}
        self.mention_of = [-1] * len(tokens)
        self.mention_tokens: list[tuple[int, int]] = []
        self._index_mentions()
        self.mention_starts = [m.start for m in doc.mentions]
        self.quote_spans = sorted((a, b) for a, b in self.quotes.items() if a < b)
        self.said: list[tuple[int, Speaker]] = []     # (cue token, speaker) of the statements so far
        self.sources: list[tuple[int, Speaker]] = []  # the same, with media that relay ("пишет X" at the end)
        self.lead_medium = -1                         # mention of the medium the article's lead cites
        self.media_seen: set[int] = set()             # organisations that spoke as media ("передает X")
        self.genders: dict[int, str] = {}             # entity -> Masc | Fem | ""
        self.names: dict[int, int] = {}               # entity -> the entity with its fullest name
        self._countries: dict[int, str] | None = None

    def _title_head(self, lemma: str) -> str:
        """"сенатор-республиканец" reads as its title "сенатор" (a role noun of the lexicon)."""
        if "-" not in lemma or lemma in self.lex.roles:
            return lemma
        head = lemma.split("-", 1)[0]
        return head if head in self.lex.roles else lemma

    def countries(self) -> dict[int, str]:
        """The entities that are countries (``data/roles_countries.txt``): index -> name."""
        if self._countries is None:
            self._countries = doc_countries(self.doc)
        return self._countries

    def children(self, j: int) -> list[int]:
        """Dependents of token ``j`` (heads never cross sentences)."""
        if j not in self._children:
            a, b = self.sentence_tokens(j)
            self._children[j] = [c for c in range(a, b) if self.tokens[c].head == j]
        return self._children[j]

    def _index_mentions(self) -> None:
        starts = self.starts
        for mi, m in enumerate(self.doc.mentions):
            i = first = max(bisect.bisect_right(starts, m.start) - 1, 0)
            while i < len(self.tokens) and self.tokens[i].start < m.stop:
                if self.tokens[i].stop > m.start:
                    self.mention_of[i] = mi
                else:
                    first = i + 1
                i += 1
            self.mention_tokens.append((first, max(i, first)))

    def token_at(self, pos: int) -> int:
        """The index of the token that holds (or last starts before) char ``pos``."""
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def mention_before(self, pos: int) -> int:
        """How many mentions start before char ``pos`` (mentions are in text order)."""
        return bisect.bisect_left(self.mention_starts, pos)

    def medium_noun(self, k: int) -> bool:
        """Whether token ``k`` is a medium noun: "газета", "онлайн-газета", "телеканал"."""
        lemma = self.lemma[k]
        return lemma in self.lex.medium_nouns or lemma.rsplit("-", 1)[-1] in self.lex.medium_nouns

    def is_platform(self, mi: int) -> bool:
        """Whether mention ``mi`` is a platform named as where a post appeared ("в Twitter"),
        not a speaker ("Facebook объявил" is the company)."""
        first = self.mention_tokens[mi][0]
        if fold_lookalikes(self.doc.mentions[mi].text).lower() not in self.lex.platforms:
            return False
        k = first - 1
        if k > 0 and self.lemma[k] in self.lex.platform_places:
            k -= 1                      # "в своем микроблоге Twitter", "на странице Facebook"
            while k > 0 and self.tokens[k].pos in ("ADJ", "DET") and self.tokens[k].text.islower():
                k -= 1
            return self.low[k] in ("в", "во", "на")
        return k >= 0 and self.low[k] in ("в", "во")

    def org_named_after(self, i: int, b: int) -> int:
        """The organisation (or a place the tagger took for one: "Кремля") whose mention starts
        right after the noun at token ``i``, opening quotes aside ("представитель Кремля",
        'корреспондент "Эха Москвы"', "компании «Нафтогаз»"), before token ``b``; -1 when none:
        not a person ("компании Илона Маска" is his company), not "Корреспондент Би-би-си в
        Вашингтоне"."""
        k = i + 1
        while k < b and self.low[k] in OPENERS:
            k += 1
        mi = self.mention_of[k] if k < b else -1
        if mi < 0 or self.mention_tokens[mi][0] != k or self.doc.mentions[mi].type not in ("ORG", "LOC"):
            return -1
        return mi

    def is_medium_mention(self, mi: int) -> bool:
        """Whether mention ``mi`` is a medium: a known one, one a medium noun introduces ("газета
        Guardian"), or one that spoke as a medium earlier in the document ("передает The Telegraph")."""
        m, first = self.doc.mentions[mi], self.mention_tokens[mi][0]
        return m.type == "ORG" and (self.is_media_name(m.text) or first > 0 and self.medium_noun(first - 1)
                                    or m.entity in self.media_seen)

    def is_media_name(self, text: str) -> bool:
        """Whether ``text`` names a known medium (``data/speech_media.txt``): "ТАСС", "СNN"."""
        name = " ".join(fold_lookalikes(text).lower().translate(UNQUOTE).split())
        return name in self.lex.media       # "РИА «Новости»" is "риа новости"

    def in_quote(self, pos: int, outside: int) -> bool:
        """Whether char ``pos`` sits inside a quote that does not also hold char ``outside``."""
        for a, b in self.quote_spans:
            if a >= pos:
                break
            if pos < b and not a < outside < b:
                return True
        return False

    # --- sentences and tokens ---------------------------------------------
    def sentence_tokens(self, i: int) -> tuple[int, int]:
        s = self.tokens[i].sent
        return self.sent_first[s], self.sent_stop[s]

    def sentence_span(self, s: int) -> tuple[int, int]:
        sent = self.doc.sentences[s] if 0 <= s < len(self.doc.sentences) else None
        if sent is not None:
            return sent.start, sent.stop
        return self.tokens[self.sent_first[s]].start, self.tokens[self.sent_stop[s] - 1].stop

    def feat(self, i: int, name: str) -> str:
        return self.tokens[i].feats.get(name, "")

    def is_punct(self, i: int) -> bool:
        return self.tokens[i].pos == "PUNCT"

    def is_dash(self, i: int) -> bool:
        return self.tokens[i].text in DASHES

    def in_date(self, i: int) -> bool:
        """Whether token ``i`` is part of a date expression ("31 октября")."""
        start = self.tokens[i].start
        return any(d.start <= start < d.stop for d in self.doc.dates)

    def quote_close(self, i: int) -> int:
        """The token index that closes the quote opened at token ``i`` (-1 if none)."""
        t = self.tokens[i]
        if t.text and t.text[0] in OPENERS and t.start in self.quotes and self.quotes[t.start] > t.start:
            return self.tok_at.get(self.quotes[t.start], -1)
        return -1

    def quote_open(self, i: int) -> int:
        """The token index that opens the quote closed at token ``i`` (-1 if none)."""
        t = self.tokens[i]
        if t.text and t.text[-1] in CLOSERS and t.stop - 1 in self.quotes and self.quotes[t.stop - 1] < t.stop - 1:
            return self.tok_at.get(self.quotes[t.stop - 1], -1)
        return -1

    def enclosing_quote(self, start: int) -> tuple[int, int] | None:
        """The innermost quote pair (open, close) around char ``start``."""
        best = None
        for a, b in self.quotes.items():
            if a < start < b and (best is None or a > best[0]):
                best = (a, b)
        return best

    def subtree(self, k: int, lo: int, hi: int) -> tuple[int, int]:
        """Token range of ``k`` and its nominal dependents within ``[lo, hi)``."""
        first = last = k
        todo, seen = [k], {k}
        while todo:
            j = todo.pop()
            for c in self.children(j):
                if lo <= c < hi and c not in seen and self.tokens[c].rel not in LOOSE_RELS:
                    first, last = min(first, c), max(last, c)
                    todo.append(c)
                    seen.add(c)         # a parse with a cycle must not loop
        return first, last + 1


# --- the phrases that name a speaker ------------------------------------------
PHRASE_STOPS = frozenset({",", ":", ";", "(", ")", "—", "–", "−", "―", "«", "»", '"', "“", "”", "„"})


def left_phrase(view: DocView, first: int, a: int) -> tuple[int, int]:
    j = first
    while j > a and first - j < 12:
        if _stops_phrase(view, j - 1):
            opened = _quoted_name_start(view, j - 1, a)
            if opened < 0:
                break
            j = opened                  # "В «Нафтогазе» сообщили": a quoted name is part of it
            continue
        j -= 1
    return j, first


def _quoted_name_start(view: DocView, close: int, a: int) -> int:
    """The token opening the short quoted name that token ``close`` closes, -1 when it is none."""
    opened = view.quotes.get(view.tokens[close].start, -1)
    if opened < 0 or opened >= view.tokens[close].start:
        return -1
    k = view.tok_at.get(opened, -1)
    if k < a or close - k > 6 or not any(view.mention_of[i] >= 0 for i in range(k + 1, close)):
        return -1
    return k


def right_phrase(view: DocView, last: int, b: int) -> tuple[int, int]:
    j = last + 1
    while j < b and j - last < 11 and (view.low[j] not in (".", "!", "?") or _initial_dot(view, j, b)):
        if _stops_phrase(view, j):
            close = _quoted_name_end(view, j, b)
            if close < 0:
                break
            j = close                   # "рассказал ФБА «Экономика сегодня» экономист Борис Пивовар"
        j += 1
    return last + 1, j


def _initial_dot(view: DocView, j: int, b: int) -> bool:
    """The dot of an initial glued to a surname: "Х.Мааса"."""
    t = view.tokens
    return view.low[j] == "." and j + 1 < b and len(t[j - 1].text) == 1 and t[j - 1].text.isupper() \
        and t[j].stop == t[j + 1].start and t[j + 1].text[:1].isupper()


def _quoted_name_end(view: DocView, opened: int, b: int) -> int:
    """The token closing the short quoted name that token ``opened`` opens, -1 when it is none."""
    close = view.quotes.get(view.tokens[opened].start, -1)
    if close <= view.tokens[opened].start:
        return -1
    k = view.tok_at.get(close, -1)
    if k < 0 or k >= b or k - opened > 6 or not any(view.mention_of[i] >= 0 for i in range(opened + 1, k)):
        return -1
    return k


def _stops_phrase(view: DocView, j: int) -> bool:
    t = view.tokens[j]
    return t.text in PHRASE_STOPS or t.pos == "SCONJ" or view.low[j] == "как"
