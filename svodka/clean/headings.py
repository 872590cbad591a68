"""Glued sub-headings: "... в Казахстане. Итоги недели Дело в том, что ...".

When a page loses its layout, a sub-heading ends up inside the running text
with no punctuation, and the capitalised first word of the next sentence
looks like a name.  A heading is a run of 1-7 words after a sentence end (or
a line start) that has no punctuation and no predicate, directly followed by
a capitalised word that would not be capitalised inside a sentence (a
preposition, pronoun, adverb, common noun, ...).  It is split off by turning
the space before it and the space after it into line breaks (same length).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .boilerplate import match_line
from .lexicon import read_words
from .morph import word_facts

MAX_WORDS = 7
WINDOW = 400  # chars looked at after a candidate start (8 words fit easily)
# candidate heading starts: a line start, or spaces after a sentence end
_START = re.compile(r"^|(?<=[.!?…»]) +", re.MULTILINE)
_TOKEN = re.compile(r"\S+")
_CAPITAL = re.compile(r"[«\"]?[А-ЯЁA-Z]")
_FOLLOW = re.compile(r"([А-ЯЁ][а-яё]*(?:-[а-яё]+)*)[,:]?")
_BREAKING = re.compile(r"[.,;:!?…()\[\]—–]")  # punctuation a heading word cannot carry
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "COMP", "INTJ"})
_DECLINED_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str]]:
    return read_words("capitalised.txt"), read_words("name_cues.txt")


def find_headings(text: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of each glued heading in ``text``, in order."""
    found: list[tuple[int, int]] = []
    done = 0
    for m in _START.finditer(text):
        start = m.end()
        while start >= done:
            hit = _heading_at(text, start)
            if hit is None:
                break
            found.append(hit[:2])
            start = done = hit[2]  # the next sentence may itself open with a heading
    return found


def split_headings(text: str, headings: list[tuple[int, int]]) -> str:
    """Put each heading on its own line: the space before and after it becomes a line break."""
    if not headings:
        return text
    pieces, last = [], 0
    for start, stop in headings:
        if start > last:  # else the break before it was set by the heading before
            pieces.append(text[last:start - 1] + "\n")
            last = start
        pieces.append(text[last:stop] + "\n")
        last = stop + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _heading_at(text: str, start: int) -> tuple[int, int, int] | None:
    """A heading starting at ``start``: ``(start, stop, start of the next sentence)``."""
    if not _CAPITAL.match(text, start) or _after_initial(text, start):
        return None
    end = text.find("\n", start, start + WINDOW)
    end = min(len(text), start + WINDOW) if end < 0 else end
    tokens = []
    for t in _TOKEN.finditer(text, start, end):
        if t.end() == start + WINDOW:
            break  # may be cut by the window
        tokens.append(t)
        if len(tokens) > MAX_WORDS + 1:
            break
    if not tokens or not _fits_heading(tokens[0].group()):
        return None
    for k in range(1, min(len(tokens) - 1, MAX_WORDS + 1)):
        word, run = tokens[k], tokens[:k]
        if _starts_sentence(word.group(), run[-1].group()) and _closed(run):
            stop = run[-1].end()
            if text[stop] == " " and not match_line(text[start:stop]):
                return start, stop, word.start()
        if not _fits_heading(word.group()):
            return None
    return None


def _after_initial(text: str, start: int) -> bool:
    """True when the sentence end before ``start`` is an initial or abbreviation ("А. ", "г. ")."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i >= 2 and text[i - 1] == "." and text[i - 2].isalpha() and (i < 3 or not text[i - 3].isalpha())


def _fits_heading(token: str) -> bool:
    """A token can be part of a heading: no breaking punctuation, not a predicate."""
    if _BREAKING.search(token):
        return False
    word = token.strip("«»\"")
    return not (word.isalpha() and word_facts(word).predicate)


def _closed(run: list[re.Match]) -> bool:
    """The run opens no quote it does not close."""
    text = " ".join(t.group() for t in run)
    return text.count("«") == text.count("»") and text.count('"') % 2 == 0


def _starts_sentence(token: str, before: str) -> bool:
    """``token`` is capitalised although it is a common word, so it opens a new sentence."""
    m = _FOLLOW.fullmatch(token)
    if m is None:
        return False
    word = m.group(1)
    if len(word) > 1 and word.isupper():
        return False
    facts = word_facts(word)
    capitalised, cues = _lexicons()
    if not facts.known or facts.proper or facts.lemma in capitalised or word.lower() in capitalised:
        return False
    if facts.pos in _FUNCTION_POS:
        return True
    last = before.strip("«»\"")
    if last.isalpha() and (word_facts(last).lemma in cues or word_facts(last).first_name):
        return False            # "Питер Бон", "Марио Мерен" (read as a short adjective): a surname
    if facts.pos in _DECLINED_POS:
        if not facts.nominative:
            return False
        if last[:1].isupper() and last.isalpha() and word_facts(last).pos == "ADJF":
            return False        # "Европейская Комиссия": a name, capitalised as one
    return bool(facts.pos)
