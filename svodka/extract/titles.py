"""Titles: reading a title phrase from tokens (the lexicons are in ``role_lexicon``).

A title phrase is what names a position, with what it is a position of::

    первого президента Казахстана   -> role "первый президент", org mention "Казахстана"
    глава кыргызского МИД           -> role "глава", org mention "МИД"
    министра иностранных дел        -> role "министр иностранных дел"
    президент страны                -> role "президент", refers to a country
    управляющий компанией «Вега»    -> role "управляющий", org mention "Вега" (instrumental)
    одного из основателей «Яндекса» -> role "основатель", singular, agrees through "одного"
    посол ЕС на Кавказе Иван Петров -> the phrase reaches the name across "на Кавказе"

``read_phrases(view)`` finds them all, left to right, without overlaps; what
follows a title word is read in ``title_complement.py``; which person a phrase
belongs to is decided in ``roles.py``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..annotate import morph
from ..records import Doc
from .role_lexicon import Title, is_occupation, lexicon, norm, read_rows  # noqa: F401 (re-exported)
from .title_complement import read_complement, read_instrumental, nominative_phrase

PREFIXES = {"экс-": "former", "вице-": "vice"}
ACTING = re.compile(r"(?:\bврио|\bи\.\s?о\.|\b(?:временно\s+)?исполняющ[а-яё]*\s+обязанности)\s*$", re.I)


class View:
    """A doc with token-level lookups: which mention a token is in, where sentences end."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens = doc.tokens
        self.mention_of = [-1] * len(doc.tokens)
        self.mention_tokens: dict[int, tuple[int, int]] = {}
        starts = [t.start for t in doc.tokens]
        titles = lexicon().titles
        for mi, m in enumerate(doc.mentions):
            first = bisect.bisect_left(starts, m.start)
            stop = bisect.bisect_left(starts, m.stop)
            if stop - first == 1 and m.type == "ORG" and norm(doc.tokens[first].lemma) in titles:
                continue            # a title word NER took for an organisation ("Замглавы")
            if first < stop:
                self.mention_tokens[mi] = (first, stop)
                for k in range(first, stop):
                    self.mention_of[k] = mi
        self._keys: list = [None] * len(doc.tokens)
        self.taken: set[int] = set()        # ORG/LOC mentions that are some title's place
        self.countries: dict | None = None  # country entities, filled on first use
        self.country_words: set[int] = set()  # tokens of country adjectives that are a title's place
        self.appointers: dict[int, int] = {}  # id(Phrase) -> PER mention of who gave the title
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

    def title_at(self, k: int) -> bool:
        """Whether a lexicon title starts at token ``k``."""
        return match_title(self, k) is not None

    def children(self, k: int, rels: tuple) -> list[int]:
        """The dependents of token ``k`` with one of the relations ``rels``."""
        return [j for j in self.kids[k] if self.tokens[j].rel in rels]

    def negated(self, k: int) -> bool:
        return any(norm(self.tokens[j].text) == "не" for j in self.kids[k])

    def agree(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` can stand in the same case."""
        ta, tb = self.tokens[a], self.tokens[b]
        ca, cb = ta.feats.get("Case"), tb.feats.get("Case")
        if not ca or not cb or ca == cb:
            return True
        return any(p.case == ca for p in morph.parses(tb.text) if norm(p.normal) == tb.lemma) \
            or any(p.case == cb for p in morph.parses(ta.text) if norm(p.normal) == ta.lemma)

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
    country_at: int = -1      # its token
    org_text: str = ""        # an unnamed organisation, nominative ("городская больница")
    org_word: int = -1        # its token when it is one noun ("партии"): may name one said before
    named: str = ""           # a quoted name after the complement that NER missed
    inner: int = -1           # a title inside the complement ("пресс-секретарь президента")
    plural: bool = False
    acting: bool = False      # "и.о. министра": the title stays in the genitive
    anchor: int = -1          # the token a name agrees with: the head, or "одного" in "одного из"
    relational: bool = False  # its genitive complement is part of it ("помощник министра")


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
    for prefix, kind in PREFIXES.items():
        for key in keys(i):
            if key.startswith(prefix):
                for title in lex.titles.get(key[len(prefix):], ()):
                    if len(title.keys) == 1:
                        return title, i + 1, kind
    return compound_title(view, i)


def compound_title(view: View, i: int) -> tuple[Title, int, str] | None:
    """A hyphenated job ("врач-реаниматолог", "рок-музыкант"): its first or last part is a
    one-word title; the role is the whole word's lemma."""
    lex, lemma = lexicon(), norm(view.tokens[i].lemma)
    parts = lemma.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    for part in (parts[0], parts[-1]):
        for title in lex.titles.get(part, ()):
            if len(title.keys) == 1:
                return Title(lemma, (frozenset({lemma}),), 0, title.kind), i + 1, ""
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
    if not is_head(view, head) or figurative(view, i):
        return None
    first, kept, former, country_at = read_modifiers(view, i, head)
    country = lexicon().adjectives[norm(view.tokens[country_at].lemma)] if country_at >= 0 else ""
    phrase = Phrase(first, stop, head, "", title.kind, country=country, country_at=country_at, anchor=head,
                    plural=view.tokens[head].feats.get("Number") == "Plur", relational=title.takes)
    if phrase.plural:
        one_of(view, phrase)
    governed = read_instrumental(view, phrase) if title.governs else []
    indices = governed + read_complement(view, phrase)
    complement = [view.tokens[k] for k in indices]
    words = [t.text.lower() for t in complement]
    body = names_body(view, complement)
    if body:
        phrase.inner = -1               # "палаты представителей": a body's name, not a title in it
    takes = title.takes and (phrase.inner >= 0 or not title.titles_only) and not body
    if words and (title.governs or title.kind == "position") and not (
            takes or phrase.org_mention >= 0 or phrase.refers or phrase.inner >= 0):
        phrase.org_text, words = nominative_phrase(complement), []
        phrase.org_word = indices[0] if len(indices) == 1 else -1
    if phrase.named:
        phrase.org_text, phrase.org_word = phrase.named, -1
    elif title.governs:
        words = []
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


def names_body(view: View, complement: list) -> bool:
    """Whether a title's complement opens with a noun naming a body ("спикер палаты
    представителей", "председатель комитета"): it is the title's place, not part of the title."""
    nouns = [t for t in complement if t.pos == "NOUN"]
    return bool(nouns) and nouns[0] is complement[0] and norm(nouns[0].lemma) in lexicon().orgnouns


def figurative(view: View, i: int) -> bool:
    """A title word used figuratively ("борец за права", "король поп-музыки", roles_figurative.txt)."""
    uses = lexicon().figurative
    for lemmas, at in (use for key in view.keys(i) for use in uses.get(key, ())):
        start = i - at
        if start < 0 or start + len(lemmas) > view.sent_stop[i]:
            continue
        if all(lemma in view.keys(start + j) for j, lemma in enumerate(lemmas)):
            return True
    return False


def one_of(view: View, phrase: Phrase) -> None:
    """"одного из основателей": a plural title read as one person's, agreeing through "одного"."""
    k = phrase.first
    if k >= 2 and norm(view.tokens[k - 1].text) == "из" and view.tokens[k - 2].lemma in ("один", "одна"):
        phrase.first, phrase.anchor, phrase.plural = k - 2, k - 2, False


def _token_at(view: View, offset: int, default: int) -> int:
    return min(bisect.bisect_left([t.start for t in view.tokens], offset), default)


def read_modifiers(view: View, i: int, head: int) -> tuple[int, list[str], bool, str]:
    """Adjectives before the title: (first token, kept words, former, country adjective token or -1)."""
    lex, tokens = lexicon(), view.tokens
    case = tokens[head].feats.get("Case", "")
    gender = tokens[head].feats.get("Gender", "")
    first, kept, former, country = i, [], False, -1
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
            country = k
        first = k
        k -= 1
    return first, kept, former, country


def is_adjective(token) -> bool:
    """An adjective before a title, "45-летний" and participles ("управляющий директор") included."""
    return token.pos in ("ADJ", "DET") or (token.pos == "NUM" and "-" in token.text
                                            and token.text[-1:].isalpha()) \
        or (token.pos == "VERB" and "Case" in token.feats)


def can_be(token, case: str) -> bool:
    """Whether ``token`` is, or may be read as, in ``case``."""
    have = token.feats.get("Case", "")
    return not case or not have or have == case or any(p.case == case for p in morph.parses(token.text))
