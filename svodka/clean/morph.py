"""pymorphy3 behind a small cached interface: a word in, plain facts out.

The analyzer is built once per process, on first use; each word is analysed
once per process (``lru_cache``).  No pymorphy3 type leaves this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
PREDICATES = frozenset({"VERB", "PRTS"})
MIN_SCORE = 0.01     # parses less likely than this are ignored for "proper"
VERB_SCORE = 0.2     # a parse this likely makes a word count as a predicate


@dataclass(frozen=True, slots=True)
class WordFacts:
    """What the heading rules need to know about one word."""

    known: bool        # in the dictionary, not guessed
    pos: str           # part of speech of the most likely parse ("" if none)
    lemma: str         # normal form of the most likely parse
    proper: bool       # some plausible parse is a name, place, organisation, brand or abbreviation
    nominative: bool   # some parse is in the nominative case (or the word does not decline)
    predicate: bool    # some likely parse is a finite verb or a short participle
    first_name: bool = False   # some plausible parse is a first name ("Питер")


def analyzer():
    """The process-wide pymorphy3 analyzer, shared with every stage (annotate.morph)."""
    from ..annotate.morph import analyzer as shared
    return shared()


@lru_cache(maxsize=65536)
def word_facts(word: str) -> WordFacts:
    """Facts about ``word`` (case-insensitive; pass it without punctuation)."""
    morph = analyzer()
    low = word.lower()
    parses = morph.parse(low)
    if not parses:
        return WordFacts(False, "", low, False, False, False)
    top = parses[0]
    return WordFacts(
        known=morph.word_is_known(low),
        pos=str(top.tag.POS or ""),
        lemma=top.normal_form,
        proper=any(p.score >= MIN_SCORE and p.tag.grammemes & PROPER for p in parses),
        nominative=any(p.tag.case in (None, "nomn") for p in parses),
        predicate=any(p.score >= VERB_SCORE and p.tag.POS in PREDICATES for p in parses),
        first_name=any(p.score >= MIN_SCORE and "Name" in p.tag.grammemes for p in parses),
    )
