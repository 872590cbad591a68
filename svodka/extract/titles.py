"""Titles: the role lexicons of ``data/roles_*.txt`` and reading a title phrase from tokens.

A title phrase is what names a position, with what it is a position of::

    первого президента Казахстана   -> role "первый президент", org mention "Казахстана"
    глава кыргызского МИД           -> role "глава", org mention "МИД"
    министра иностранных дел        -> role "министр иностранных дел"
    президент страны                -> role "президент", refers to a country

``read_phrases(view)`` finds them all, left to right, without overlaps; which
person a phrase belongs to is decided in ``roles.py``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..annotate import morph
from ..records import Doc

DATA = Path(__file__).parent / "data"
PREFIXES = {"экс-": "former", "вице-": "vice"}
QUOTES_OPEN, QUOTES_CLOSE = set("«\"“„"), set("»\"”")
ACTING = re.compile(r"(?:\bврио|\bи\.\s?о\.|\b(?:временно\s+)?исполняющ[а-яё]*\s+обязанности)\s*$", re.I)
MAX_COMPLEMENT = 4


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def read_rows(name: str) -> list[str]:
    """The non-blank lines of ``data/<name>`` without ``#`` comments."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line)
    return rows


@dataclass(frozen=True, slots=True)
class Title:
    """One lexicon title: its dictionary form and how its words are matched."""

    form: str                          # "генеральный секретарь"
    keys: tuple[frozenset, ...]        # per word: the forms a token may have (lemma or text)
    head: int                          # the word that inflects
    kind: str                          # position | occupation
    takes: bool = False                # its genitive complement is part of the title


def word_keys(word: str) -> frozenset:
    options = morph.parses(word)
    return frozenset({norm(word)} | ({norm(options[0].normal)} if options else set()))


def read_title(row: str, kind: str) -> Title:
    takes = row.endswith("+")
    form = row.rstrip("+").strip()
    words = form.split()
    head = 0
    for i, word in enumerate(words):
        options = morph.parses(word)
        if not options or options[0].case != "Nom" or options[0].pos == "ADP":
            break
        head = i
    keys = tuple(word_keys(w) if i <= head else frozenset({norm(w)}) for i, w in enumerate(words))
    return Title(form, keys, head, kind, takes)


@dataclass(slots=True)
class Lexicon:
    titles: dict = field(default_factory=dict)       # first word key -> [Title], longest first
    modifiers: dict = field(default_factory=dict)    # adjective -> keep | former | drop
    verbs: dict = field(default_factory=dict)        # verb lemma -> (kind, role)
    posts: frozenset = frozenset()
    relations: frozenset = frozenset()               # "дочь президента X": X is the daughter
    refnouns: dict = field(default_factory=dict)     # noun -> what it refers to
    countries: dict = field(default_factory=dict)    # any country name, normalised -> canonical
    adjectives: dict = field(default_factory=dict)   # country adjective -> canonical country
    national: frozenset = frozenset()                # titles of a country's leaders


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The role lexicons, read once per process."""
    lex = Lexicon()
    for name, kind in (("roles_words.txt", "position"), ("roles_occupations.txt", "occupation")):
        for row in read_rows(name):
            title = read_title(row, kind)
            for key in title.keys[0]:
                lex.titles.setdefault(key, []).append(title)
    for options in lex.titles.values():
        options.sort(key=lambda t: -len(t.keys))
    lex.modifiers = dict(row.split()[:2] for row in read_rows("roles_modifiers.txt"))
    for row in read_rows("roles_verbs.txt"):
        parts = row.split()
        lex.verbs[parts[0]] = (parts[1], " ".join(parts[2:]))
    lex.posts = frozenset(read_rows("roles_posts.txt"))
    lex.national = frozenset(read_rows("roles_national.txt"))
    lex.relations = frozenset(read_rows("roles_relations.txt"))
    lex.refnouns = dict(row.split()[:2] for row in read_rows("roles_refnouns.txt"))
    for row in read_rows("roles_countries.txt"):
        name, others, adjectives = (part.strip() for part in (row.split("|") + ["", ""])[:3])
        for other in [name] + others.split(","):
            if other.strip():
                lex.countries[norm(other.strip())] = name
        for adjective in adjectives.split(","):
            if adjective.strip():
                lex.adjectives[norm(adjective.strip())] = name
    return lex


def is_occupation(role: str) -> bool:
    """Whether ``role`` (as ``extract_roles`` gives it) is a job rather than a position."""
    words = role.split()
    words = words[1:] if words[:1] == ["бывший"] else words
    for n in range(len(words), 0, -1):
        for title in lexicon().titles.get(norm(words[0]), ()):
            if title.form == " ".join(words[:n]):
                return title.kind == "occupation"
    return False


class View:
    """A doc with token-level lookups: which mention a token is in, where sentences end."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens = doc.tokens
        self.mention_of = [-1] * len(doc.tokens)
        self.mention_tokens: dict[int, tuple[int, int]] = {}
        starts = [t.start for t in doc.tokens]
        for mi, m in enumerate(doc.mentions):
            first = bisect.bisect_left(starts, m.start)
            stop = bisect.bisect_left(starts, m.stop)
            if first < stop:
                self.mention_tokens[mi] = (first, stop)
                for k in range(first, stop):
                    self.mention_of[k] = mi
        self._keys: list = [None] * len(doc.tokens)
        self.kids: list[list[int]] = [[] for _ in doc.tokens]
        for k, token in enumerate(doc.tokens):
            if 0 <= token.head < len(doc.tokens):
                self.kids[token.head].append(k)
        self.sent_stop = [0] * len(doc.tokens)
        end = len(doc.tokens)
        for k in range(len(doc.tokens) - 1, -1, -1):
            if k + 1 < len(doc.tokens) and doc.tokens[k + 1].sent != doc.tokens[k].sent:
                end = k + 1
            self.sent_stop[k] = end

    def keys(self, k: int) -> frozenset:
        """The forms token ``k`` is matched by: its lemma and its lower-case text."""
        if self._keys[k] is None:
            self._keys[k] = frozenset((norm(self.tokens[k].lemma), norm(self.tokens[k].text)))
        return self._keys[k]

    def maybe_title(self, k: int) -> bool:
        """A cheap first test: token ``k`` is a title word, or has a prefix ("экс-")."""
        titles, token = lexicon().titles, self.tokens[k]
        return token.lemma in titles or "-" in token.text or token.text.lower() in titles

    def mention_at(self, k: int, types: tuple = ("PER", "ORG", "LOC")) -> int:
        """The mention of one of ``types`` that starts at token ``k``, or -1."""
        mi = self.mention_of[k] if 0 <= k < len(self.tokens) else -1
        if mi >= 0 and self.mention_tokens[mi][0] == k and self.doc.mentions[mi].type in types:
            return mi
        return -1

    def mention_ending(self, k: int, types: tuple = ("PER",)) -> int:
        """The mention of one of ``types`` that ends at token ``k``, or -1."""
        mi = self.mention_of[k] if 0 <= k < len(self.tokens) else -1
        if mi >= 0 and self.mention_tokens[mi][1] == k + 1 and self.doc.mentions[mi].type in types:
            return mi
        return -1


@dataclass(slots=True)
class Phrase:
    """A title phrase in the text: tokens ``first`` to ``stop`` (exclusive)."""

    first: int
    stop: int
    head: int                 # token of the inflecting title noun
    role: str                 # nominative, lower case
    kind: str                 # position | occupation
    org_mention: int = -1     # the organisation or place named after the title
    refers: str = ""          # "country" for "президент страны"
    country: str = ""         # a country adjective before the title ("казахстанский")
    org_text: str = ""        # an unnamed organisation, nominative ("городская больница")
    inner: int = -1           # a title inside the complement ("пресс-секретарь президента")
    plural: bool = False
    acting: bool = False      # "и.о. министра": the title stays in the genitive


def match_title(view: View, i: int) -> tuple[Title, int, str] | None:
    """The longest lexicon title starting at token ``i``: (title, stop token, prefix kind)."""
    if not view.maybe_title(i):
        return None
    lex, keys, end = lexicon(), view.keys, view.sent_stop[i]
    for key in keys(i):
        for title in lex.titles.get(key, ()):
            n = len(title.keys)
            if i + n <= end and all(keys(i + j) & title.keys[j] for j in range(1, n)):
                return title, i + n, ""
    text = norm(view.tokens[i].text)
    for prefix, kind in PREFIXES.items():
        if text.startswith(prefix):
            for title in lex.titles.get(text[len(prefix):], ()):
                if len(title.keys) == 1:
                    return title, i + 1, kind
    return None


def is_head(view: View, k: int) -> bool:
    """A title word used as a noun, not as an adjective or verb ("ведущий эксперт")."""
    token = view.tokens[k]
    if token.pos in ("NOUN", "PROPN"):
        return True
    if token.pos not in ("ADJ", "VERB") or k + 1 >= view.sent_stop[k]:
        return token.pos in ("ADJ", "VERB")
    after = view.tokens[k + 1]
    return not (after.pos == "NOUN" and after.feats.get("Case") == token.feats.get("Case"))


def read_phrases(view: View) -> list[Phrase]:
    """Every title phrase of the doc, left to right, none inside another."""
    phrases, k = [], 0
    while k < len(view.tokens):
        phrase = read_phrase(view, k)
        if phrase is None:
            k += 1
        else:
            phrases.append(phrase)
            k = phrase.stop
    return phrases


def read_phrase(view: View, i: int) -> Phrase | None:
    """The title phrase whose title starts at token ``i``, or None."""
    found = match_title(view, i)
    if found is None or view.mention_of[i] >= 0:
        return None
    title, stop, prefix = found
    head = i + title.head
    if not is_head(view, head):
        return None
    first, kept, former, country = read_modifiers(view, i, head)
    phrase = Phrase(first, stop, head, "", title.kind, country=country,
                    plural=view.tokens[head].feats.get("Number") == "Plur")
    complement = [view.tokens[k] for k in read_complement(view, phrase)]
    words = [t.text.lower() for t in complement]
    if words and title.kind == "position" and not (
            title.takes or phrase.org_mention >= 0 or phrase.refers or phrase.inner >= 0):
        phrase.org_text, words = nominative_phrase(complement), []
    sentence = view.doc.sentences[view.tokens[i].sent] if view.doc.sentences else None
    offset = sentence.start if sentence else 0
    acting = ACTING.search(view.doc.text[offset:view.tokens[first].start])
    if acting:
        written = " ".join(t.text.lower() for t in view.tokens[i:stop])
        phrase.role = " ".join(["исполняющий обязанности", written] + words)
        phrase.first, phrase.acting = _token_at(view, offset + acting.start(), first), True
        return phrase
    form = ("вице-" + title.form) if prefix == "vice" else title.form
    phrase.role = " ".join((["бывший"] if former or prefix == "former" else []) + kept + [form] + words)
    return phrase


def nominative_phrase(chosen: list) -> str:
    """Genitive tokens of a noun phrase put into the nominative ("городской больницы")."""
    out, head_done, gender = [], False, ""
    nouns = [t for t in chosen if t.pos == "NOUN"]
    if nouns:
        gender = nouns[0].feats.get("Gender", "")
    for t in chosen:
        if head_done:
            out.append(t.text)
        elif t.pos == "NOUN":
            out.append(morph.nominative(t.text, t.feats.get("Case", ""), pos="NOUN",
                                        number=t.feats.get("Number", "")) or t.lemma)
            head_done = True
        else:
            out.append(morph.nominative(t.text, t.feats.get("Case", ""), gender, pos="ADJ") or t.lemma)
    return " ".join(out).replace("ё", "е")


def _token_at(view: View, offset: int, default: int) -> int:
    return min(bisect.bisect_left([t.start for t in view.tokens], offset), default)


def read_modifiers(view: View, i: int, head: int) -> tuple[int, list[str], bool, str]:
    """Adjectives before the title: (first token, kept words, former, country)."""
    lex, tokens = lexicon(), view.tokens
    case = tokens[head].feats.get("Case", "")
    gender = tokens[head].feats.get("Gender", "")
    first, kept, former, country = i, [], False, ""
    k = i - 1
    while k >= 0 and tokens[k].sent == tokens[i].sent and is_adjective(tokens[k]) \
            and view.mention_of[k] < 0 and can_be(tokens[k], case):
        lemma = norm(tokens[k].lemma)
        action = lex.modifiers.get(lemma)
        if lemma.startswith("экс-") or action == "former":
            former = True
        elif action == "keep":
            word = morph.nominative(tokens[k].text, case, gender, pos="ADJ") or lemma
            kept.insert(0, word.replace("ё", "е"))
        elif lemma in lex.adjectives:
            country = lex.adjectives[lemma]
        first = k
        k -= 1
    return first, kept, former, country


def is_adjective(token) -> bool:
    """An adjective before a title, "45-летний" included."""
    return token.pos in ("ADJ", "DET") or (token.pos == "NUM" and "-" in token.text
                                            and token.text[-1:].isalpha())


def can_be(token, case: str) -> bool:
    """Whether ``token`` is, or may be read as, in ``case``."""
    have = token.feats.get("Case", "")
    return not case or not have or have == case or any(p.case == case for p in morph.parses(token.text))


def read_complement(view: View, phrase: Phrase) -> list[int]:
    """Read what follows the title: a genitive complement, then the organisation or place.

    Moves ``phrase.stop`` past what was read and sets ``org_mention`` / ``refers``;
    returns the tokens of the genitive complement ("обороны", "иностранных дел").
    """
    words: list[int] = []
    pending: list[int] = []      # genitive adjectives waiting for their noun
    k, end = phrase.stop, view.sent_stop[phrase.head]
    while k < end:
        step = (take_mention(view, phrase, k) or take_quote(view, phrase, k)
                or take_genitive(view, phrase, k, words, pending) or take_place(view, phrase, k, words))
        if not step:
            break
        k = step
    return words


def take_mention(view: View, phrase: Phrase, k: int) -> int:
    """An ORG/LOC mention in the genitive ("глава МИД", "президента России")."""
    mi = view.mention_at(k, ("ORG", "LOC"))
    if mi < 0 or not genitive_mention(view, mi):
        return 0
    if phrase.org_mention < 0 and not phrase.refers:
        phrase.org_mention = mi
    phrase.stop = view.mention_tokens[mi][1]
    return phrase.stop


def take_quote(view: View, phrase: Phrase, k: int) -> int:
    """Quotes around a name: «Газпрома»."""
    text = view.tokens[k].text
    if text in QUOTES_OPEN and view.mention_at(k + 1, ("ORG", "LOC")) >= 0:
        return k + 1
    if text in QUOTES_CLOSE and k == phrase.stop and view.mention_of[k - 1] >= 0:
        phrase.stop = k + 1
        return k + 1
    return 0


def take_genitive(view: View, phrase: Phrase, k: int, words: list, pending: list) -> int:
    """Lower-case genitive adjectives and nouns: kept words, or "страны" that refers."""
    token, lex = view.tokens[k], lexicon()
    if not token.text[:1].islower() or token.feats.get("Case") != "Gen" or view.mention_of[k] >= 0:
        return 0
    if token.pos == "ADJ":
        pending.append(k)
        return k + 1
    if token.pos != "NOUN":
        return 0
    named = phrase.org_mention >= 0 or phrase.refers
    if token.lemma in lex.refnouns:
        phrase.refers = phrase.refers or ("" if named else lex.refnouns[token.lemma])
    elif named or sum(view.tokens[j].pos == "NOUN" for j in words) >= MAX_COMPLEMENT:
        return 0
    else:
        words += pending + [k]
        if match_title(view, k):
            phrase.inner = k
    pending.clear()
    phrase.stop = k + 1
    return k + 1


def take_place(view: View, phrase: Phrase, k: int, words: list) -> int:
    """"посол США в России Джон Салливан", "министр по делам разведки"."""
    tokens, word = view.tokens, norm(view.tokens[k].text)
    if word in ("в", "во", "при") and view.mention_at(k + 1, ("ORG", "LOC")) >= 0:
        after = view.mention_tokens[view.mention_of[k + 1]][1]
        if view.mention_at(after, ("PER",)) >= 0:
            phrase.stop = after
        return 0
    if word == "по" and k == phrase.stop and not words and k + 1 < view.sent_stop[k] \
            and tokens[k + 1].pos == "NOUN" and tokens[k + 1].feats.get("Case") == "Dat":
        words += [k, k + 1]
        phrase.stop = k + 2
        return k + 2
    return 0


def genitive_mention(view: View, mi: int) -> bool:
    """Whether an ORG/LOC mention can depend on a title ("глава МИД", "президент России")."""
    m = view.doc.mentions[mi]
    first, stop = view.mention_tokens[mi]
    if first > 0 and view.tokens[first - 1].text in QUOTES_OPEN:
        return True
    cases = {view.tokens[k].feats.get("Case") for k in range(first, stop)}
    return "Gen" in cases or m.text.isupper() or m.text == m.normal
