"""Titles: reading a title phrase from tokens (the lexicons are in ``role_lexicon``).

A title phrase is what names a position, with what it is a position of::

    первого президента Казахстана   -> role "первый президент", org mention "Казахстана"
    глава кыргызского МИД           -> role "глава", org mention "МИД"
    министра иностранных дел        -> role "министр иностранных дел"
    президент страны                -> role "президент", refers to a country
    управляющий компанией «Вега»    -> role "управляющий", org mention "Вега" (instrumental)
    одного из основателей «Яндекса» -> role "основатель", singular, agrees through "одного"
    посол ЕС на Кавказе Иван Петров -> the phrase reaches the name across "на Кавказе"

``read_phrases(view)`` finds them all, left to right, without overlaps; which
person a phrase belongs to is decided in ``roles.py``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..annotate import morph
from ..records import Doc
from .role_lexicon import Title, is_occupation, lexicon, norm, read_rows  # noqa: F401 (re-exported)

PREFIXES = {"экс-": "former", "вице-": "vice"}
QUOTES_OPEN, QUOTES_CLOSE = set("«\"“„"), set("»\"”")
ACTING = re.compile(r"(?:\bврио|\bи\.\s?о\.|\b(?:временно\s+)?исполняющ[а-яё]*\s+обязанности)\s*$", re.I)
MAX_COMPLEMENT = 5


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
    first, kept, former, country = read_modifiers(view, i, head)
    phrase = Phrase(first, stop, head, "", title.kind, country=country, anchor=head,
                    plural=view.tokens[head].feats.get("Number") == "Plur", relational=title.takes)
    if phrase.plural:
        one_of(view, phrase)
    governed = read_instrumental(view, phrase) if title.governs else []
    complement = [view.tokens[k] for k in governed + read_complement(view, phrase)]
    words = [t.text.lower() for t in complement]
    if words and (title.governs or title.kind == "position") and not (
            title.takes or phrase.org_mention >= 0 or phrase.refers or phrase.inner >= 0):
        phrase.org_text, words = nominative_phrase(complement), []
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


def read_instrumental(view: View, phrase: Phrase) -> list[int]:
    """The instrumental object of "управляющий", "заведующий": a mention or a noun group."""
    k, end, tokens = phrase.stop, view.sent_stop[phrase.head], view.tokens
    if view.mention_at(k, ("ORG", "LOC")) >= 0:
        phrase.org_mention = view.mention_at(k, ("ORG", "LOC"))
        phrase.stop = view.mention_tokens[phrase.org_mention][1]
        return []
    words = []
    while k < end and tokens[k].feats.get("Case") == "Ins" and tokens[k].pos in ("ADJ", "NOUN") \
            and view.mention_of[k] < 0:
        words.append(k)
        k += 1
        if tokens[k - 1].pos == "NOUN":
            break
    if words and tokens[words[-1]].pos == "NOUN":
        phrase.stop = k
        if view.mention_at(k, ("ORG", "LOC")) >= 0:          # "компанией «Вега»"
            phrase.org_mention = view.mention_at(k, ("ORG", "LOC"))
            phrase.stop = view.mention_tokens[phrase.org_mention][1]
        return words
    return []


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
    """An adjective before a title, "45-летний" and participles ("управляющий директор") included."""
    return token.pos in ("ADJ", "DET") or (token.pos == "NUM" and "-" in token.text
                                            and token.text[-1:].isalpha()) \
        or (token.pos == "VERB" and "Case" in token.feats)


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
                or take_genitive(view, phrase, k, words, pending) or take_topic(view, phrase, k, words)
                or take_and(view, phrase, k, words))
        if not step:
            break
        k = step
    reach_name(view, phrase, words)
    return words


def take_and(view: View, phrase: Phrase, k: int, words: list) -> int:
    """"министр связи и коммуникаций": "и" between two genitive nouns of the complement."""
    tokens = view.tokens
    if norm(tokens[k].text) != "и" or not words or k != phrase.stop or phrase.org_mention >= 0 \
            or tokens[words[-1]].pos != "NOUN" or k + 1 >= view.sent_stop[k]:
        return 0
    after = tokens[k + 1]
    if after.feats.get("Case") != "Gen" or after.pos not in ("ADJ", "NOUN") or not after.text[:1].islower() \
            or match_title(view, k + 1):
        return 0
    words.append(k)
    return k + 1


def reach_name(view: View, phrase: Phrase, words: list) -> None:
    """Let the phrase reach a name across a place or an abbreviation: "посол ЕС на Кавказе Иван
    Петров", "член палаты от штата Огайо Джон Смит", "секретарь Союза (СЖР) Иван Петров"."""
    tokens, k = view.tokens, phrase.stop
    end = min(view.sent_stop[phrase.head], k + 8)
    if k >= end or view.mention_at(k, ("PER",)) >= 0:
        return
    word, place = norm(tokens[k].text), -1
    if word in lexicon().linking:
        j = k + 1
        while j < end and view.mention_at(j, ("PER",)) < 0 and not next_title(view, j, k) and (
                view.mention_of[j] >= 0 or tokens[j].pos in ("NOUN", "ADJ", "PROPN", "DET", "NUM")
                or tokens[j].text in QUOTES_OPEN | QUOTES_CLOSE or norm(tokens[j].text) == "и"):
            if place < 0 and view.mention_at(j, ("ORG", "LOC")) >= 0:
                place = view.mention_at(j, ("ORG", "LOC"))
            j += 1
    elif word in ("(", "—", "–", ":"):
        j = k + 1
        if word == "(":
            while j < end and tokens[j].text != ")":
                j += 1
            j += 1
    else:
        return
    if word in lexicon().linking and next_title(view, j, k):
        while tokens[j - 1].pos == "ADJ":           # "от ОБСЕ | португальский парламентарий"
            j -= 1
        if j <= k + 1:
            return
    elif not (k < j < len(tokens) and view.mention_at(j, ("PER",)) >= 0):
        return
    phrase.stop = j
    if place >= 0 and word != "по" and phrase.org_mention < 0 and not phrase.refers \
            and (phrase.relational or not words):
        phrase.org_mention = place


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
    if token.pos == "ADV" and token.text[:1].islower() and k + 1 < view.sent_stop[k] \
            and view.tokens[k + 1].pos == "ADJ" and view.tokens[k + 1].feats.get("Case") == "Gen":
        pending.append(k)           # "крайне правого"
        return k + 1
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


def next_title(view: View, j: int, k: int) -> bool:
    """Whether a title noun starts at ``j``, after a place group begun at ``k``."""
    return k + 1 < j < len(view.tokens) and view.tokens[j].pos == "NOUN" and view.mention_of[j] < 0 \
        and match_title(view, j) is not None


def take_topic(view: View, phrase: Phrase, k: int, words: list) -> int:
    """"министр по делам разведки", "помощник по европейским делам": part of the title."""
    tokens, end = view.tokens, view.sent_stop[k]
    if norm(tokens[k].text) != "по" or k != phrase.stop or words:
        return 0
    j = k + 1
    while j < end and tokens[j].feats.get("Case") == "Dat" and tokens[j].pos == "ADJ" \
            or j < end and norm(tokens[j].text) == "и" and j > k + 1:
        j += 1
    if j < end and tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Dat":
        words += list(range(k, j + 1))
        phrase.stop = j + 1
        return j + 1
    return 0


def genitive_mention(view: View, mi: int) -> bool:
    """Whether an ORG/LOC mention can depend on a title ("глава МИД", "президент России")."""
    m = view.doc.mentions[mi]
    first, stop = view.mention_tokens[mi]
    if first > 0 and view.tokens[first - 1].text in QUOTES_OPEN:
        return True
    cases = {view.tokens[k].feats.get("Case") for k in range(first, stop)}
    return "Gen" in cases or m.text.isupper() or m.text == m.normal
