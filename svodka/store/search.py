"""Search terms: any word form finds every form.

Each word of a text gets two keys, both lower-cased with ё as е and й as и
(what SQLite's ``unicode61 remove_diacritics 2`` does too):

- its **lemma**, pymorphy3's first normal form ("задержанного" -> "задержать");
- its **stem**, the word less one inflection ending from ``data/endings.txt``
  ("Токаеву" -> "токаев").

Neither alone is enough: pymorphy3 reads "Токаев" as a plural of "токай" and
"Токаеву" as the name "Токаева", while a stem does not join "отца" and "отец".
The index holds both sequences; a query matches when its lemmas *or* its
stems occur as a phrase.  Indexing and querying use the same functions, so
forms meet.  Spans map each key back to the surface text for snippets.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[а-яё]")
FOLD = str.maketrans({"ё": "е", "й": "и"})
MIN_STEM = 2
SNIPPET_CHARS = 160
MARKS = ("«", "»")



class Terms(NamedTuple):
    """The search keys of a text, one per word, and each word's surface span."""

    lemmas: list[str]
    stems: list[str]
    spans: list[tuple[int, int]]


def read_list(name: str) -> list[str]:
    """Load a word list from ``data/``: one item a line, ``#`` comments."""
    path = Path(__file__).resolve().parent / "data" / name
    items = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [item for item in items if item]


ENDINGS = tuple(sorted(set(read_list("endings.txt")), key=len, reverse=True))


def morph():
    """The pymorphy3 analyzer, built once per process on first use."""
    from ..annotate.morph import analyzer
    return analyzer()


def fold(text: str) -> str:
    """ё -> е, й -> и, and accents off, as the FTS5 tokenizer folds them."""
    text = text.translate(FOLD)
    if text.isascii() or not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text)):
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def stem(word: str) -> str:
    """Strip the longest inflection ending that leaves ``MIN_STEM`` letters."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, str]:
    """(lemma, stem) of one lower-cased word."""
    word = word.replace("ё", "е")
    if not CYRILLIC.search(word):
        key = fold(word)
        return key, key
    lemma = morph().parse(word)[0].normal_form.replace("ё", "е")
    return fold(lemma), fold(stem(word))


def index_terms(text: str) -> Terms:
    """Lemmas, stems and spans of every word in ``text``."""
    lemmas, stems, spans = [], [], []
    for match in WORD.finditer(text):
        lemma, stem_ = word_keys(match.group().lower())
        lemmas.append(lemma)
        stems.append(stem_)
        spans.append(match.span())
    return Terms(lemmas, stems, spans)


def lemmatize_for_search(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The space-joined lemmas of ``text`` and each lemma's surface span."""
    terms = index_terms(text)
    return " ".join(terms.lemmas), terms.spans


def find_match(terms: Terms, query: Terms) -> tuple[int, int] | None:
    """Word indexes (first, last) of the first place ``query`` occurs as a phrase."""
    n = len(query.lemmas)
    if not n:
        return None
    for i in range(len(terms.lemmas) - n + 1):
        if terms.lemmas[i:i + n] == query.lemmas or terms.stems[i:i + n] == query.stems:
            return i, i + n - 1
    return None


def make_snippet(text: str, spans: list[tuple[int, int]], hit: tuple[int, int] | None,
                 width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of surface text around ``hit``, the match in «»."""
    if hit is None:
        return _squash(_cut(text, 0, min(len(text), width)))
    start, stop = spans[hit[0]][0], spans[hit[1]][1]
    room = max(width - (stop - start), 0)
    left = max(0, start - room // 2)
    right = min(len(text), stop + room - (start - left))
    left = max(0, min(left, right - width))
    body = text[left:start] + MARKS[0] + text[start:stop] + MARKS[1] + text[stop:right]
    return _squash(("…" if left > 0 else "") + _trim(body, left > 0, right < len(text))
                   + ("…" if right < len(text) else ""))


def _cut(text: str, left: int, right: int) -> str:
    return _trim(text[left:right], left > 0, right < len(text)) + ("…" if right < len(text) else "")


def _trim(body: str, cut_left: bool, cut_right: bool) -> str:
    """Drop the partial words at the cut edges (never the marked match)."""
    if cut_left and " " in body[: body.find(MARKS[0]) if MARKS[0] in body else len(body)]:
        body = body[body.index(" ") + 1:]
    if cut_right:
        tail = body[body.rfind(MARKS[1]) + 1:] if MARKS[1] in body else body
        if " " in tail:
            body = body[: len(body) - len(tail) + tail.rindex(" ")]
    return body


def _squash(text: str) -> str:
    return " ".join(text.split())
