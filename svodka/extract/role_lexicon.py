"""The role lexicons of ``data/roles_*.txt``, read once per process.

    >>> lexicon().titles["министр"][0].form
    'министр иностранных дел'

Each file says in its header what a line means; ``Lexicon`` says what each
field holds.  ``is_occupation`` tells a job ("журналист") from a position.
"""
from __future__ import annotations

from .. import wordlists

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..annotate import morph

DATA = Path(__file__).parent / "data"
MARKS = {"+": "genitive", "+title": "title", "+ins": "instrumental"}     # trailing marks of roles_words.txt


def norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def read_rows(name: str) -> list[str]:
    """The non-blank lines of ``data/<name>`` without ``#`` comments."""
    return list(wordlists.read_items(DATA / name))


@dataclass(frozen=True, slots=True)
class Title:
    """One lexicon title: its dictionary form and how its words are matched."""

    form: str                          # "генеральный секретарь"
    keys: tuple[frozenset, ...]        # per word: the forms a token may have (lemma or text)
    head: int                          # the word that inflects
    kind: str                          # position | occupation
    takes: bool = False                # its genitive complement is part of the title
    titles_only: bool = False          # ... only when it is a title ("представитель президента")
    governs: str = ""                  # "instrumental": "заведующий кафедрой" names the org


def word_keys(word: str) -> frozenset:
    options = morph.parses(word)
    return frozenset({norm(word)} | ({norm(options[0].normal)} if options else set()))


def read_title(row: str, kind: str) -> Title:
    """A ``Title`` from a line: words, then an optional mark ("+", "+title", "+ins"), then "= full form"."""
    row, _, full = row.partition("=")
    words = row.split()
    mark = MARKS.get(words[-1], "") if words else ""
    if mark:
        words = words[:-1]
    head = 0
    for i, word in enumerate(words):
        options = morph.parses(word)
        if not options or options[0].case != "Nom" or options[0].pos == "ADP":
            break
        head = i
    keys = tuple(word_keys(w) if i <= head else frozenset({norm(w)}) for i, w in enumerate(words))
    return Title(full.strip() or " ".join(words), keys, head, kind,
                 takes=mark in ("genitive", "title"), titles_only=mark == "title",
                 governs=mark if mark == "instrumental" else "")


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
    peoples: dict = field(default_factory=dict)      # "итальянец" -> canonical country
    national: frozenset = frozenset()                # titles of a country's leaders
    ranks: frozenset = frozenset()                   # "полковник": the place of the title before it
    figurative: dict = field(default_factory=dict)   # title word -> [(lemmas, its index)]: "борец за"
    orgnouns: frozenset = frozenset()                # nouns naming an organisation ("министерство")
    linking: frozenset = frozenset()                 # prepositions between a title and a name


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
    lex.ranks = frozenset(read_rows("roles_ranks.txt"))
    lex.relations = frozenset(read_rows("roles_relations.txt"))
    lex.refnouns = dict(row.split()[:2] for row in read_rows("roles_refnouns.txt"))
    lex.orgnouns = frozenset(norm(row) for row in read_rows("roles_orgnouns.txt"))
    lex.linking = frozenset(norm(row) for row in read_rows("roles_linking.txt"))
    for row in read_rows("roles_figurative.txt"):
        lemmas, at = read_figurative(row, lex.titles)
        lex.figurative.setdefault(lemmas[at], []).append((lemmas, at))
    read_countries(lex)
    return lex


def read_figurative(row: str, titles: dict) -> tuple[tuple[str, ...], int]:
    """A figurative use as (lemmas, index of its last title word): "борец за" -> (("борец", "за"), 0),
    "народный артист" -> (("народный", "артист"), 1)."""
    lemmas = tuple(norm(w) for w in row.split())
    index = max((i for i, w in enumerate(lemmas) if w in titles), default=0)
    return lemmas, index


def read_countries(lex: Lexicon) -> None:
    for row in read_rows("roles_countries.txt"):
        name, others, adjectives, peoples = (part.strip() for part in (row.split("|") + ["", "", ""])[:4])
        for table, words in ((lex.countries, [name] + others.split(",")), (lex.adjectives, adjectives.split(",")),
                             (lex.peoples, peoples.split(","))):
            for word in words:
                if word.strip():
                    table[norm(word.strip())] = name


def is_occupation(role: str) -> bool:
    """Whether ``role`` (as ``extract_roles`` gives it) is a job rather than a position."""
    words = role.split()
    words = words[1:] if words[:1] == ["бывший"] else words
    for n in range(len(words), 0, -1):
        for title in lexicon().titles.get(norm(words[0]), ()):
            if title.form == " ".join(words[:n]):
                return title.kind == "occupation"
    return False


def doc_countries(doc) -> dict[int, str]:
    """The entities of ``doc`` that are countries (``roles_countries.txt``): index -> name."""
    known = lexicon().countries
    return {i: e.name for i, e in enumerate(doc.entities) if e.type == "LOC" and norm(e.name) in known}
