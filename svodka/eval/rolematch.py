"""When a predicted role matches a gold one: person, role and place compared by lemma.

* **Person.**  Words are compared in every form they may take: folded (lower
  case, ё as е) and lemmatised (pymorphy, so NEREL's "Клинтона" is
  "клинтон").  Gold's last name (all its words: "Ле Пен") must equal the
  last words of the system's name (or the system entity's ``last``); when
  gold and the system both give a first name, it must match too.  Gold with
  only a first name compares it with the system's first word.  Failing
  that, the same words in any order match ("Ху Цзиньтао" = last Ху, first
  Цзиньтао).
* **Role.**  A role's head is the lemma of its first noun ("заместителем
  министра" -> "заместитель", "генеральный директор" -> "директор"; "Экс-премьера" ->
  "премьер", as svodka writes a former title "бывший премьер").  A
  predicted role matches a gold variant when their heads are equal, or when
  the predicted role's lemmas stand, in order, inside the gold text's lemmas
  ("министр торговли" in "министр торговли Китая").
* **Where.**  Compared only when gold gives one.  A prediction without an
  organisation then does not match.  It matches a gold variant when the
  lemmas of one are a subset of the other's ("МИД" in "МИД России"; "Белого
  дома" = "Белый дом").  Abbreviations and synonyms ("РФ" vs "Россия") do
  not match.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .found import FoundRole
from .gold import GoldRole

_WORD = re.compile(r"[\w]+(?:-[\w]+)*")


def fold(value: str) -> str:
    return value.lower().replace("ё", "е")


def words(value: str) -> list[str]:
    return _WORD.findall(value)


@lru_cache(maxsize=100_000)
def _parses(word: str) -> tuple[tuple[str, str], ...]:
    from ..annotate.morph import parses
    return tuple((p.normal.replace("ё", "е"), p.pos) for p in parses(word))


def lemma(word: str) -> str:
    found = _parses(word)
    return found[0][0] if found else fold(word)


def forms(word: str) -> set[str]:
    """The word folded and every lemma pymorphy reads it as (names are often guessed)."""
    return {fold(word)} | {normal for normal, _ in _parses(word)}


def lemmas(value: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in words(value))


def head_lemma(value: str) -> str:
    """The lemma of the first noun, else of the last word; '' for no words.  "Экс-" is
    dropped from the lemma: "экс-премьер" is the same title as svodka's "бывший премьер"."""
    found = words(value)
    head = ""
    for word in found:
        parses = _parses(word)
        if parses and parses[0][1] == "NOUN":
            head = parses[0][0]
            break
    else:
        head = lemma(found[-1]) if found else ""
    return head.removeprefix("экс-")

def _same(a: str, b: str) -> bool:
    return bool(forms(a) & forms(b))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return n > 0 and any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def person_matches(pred: FoundRole, gold: GoldRole) -> bool:
    name = words(pred.person)
    last = words(pred.last) or name[-1:]
    first = words(pred.first) or name[:-len(last)][:1]
    if not name and not last:
        return False
    if gold.last:
        if not any(_last_matches(last, name, words(g)) for g in gold.last):
            return _any_order(name, gold)
        return not (gold.first and first) or any(_same(first[0], g) for g in gold.first)
    return bool(gold.first and (first or name)) and any(_same((first or name)[0], g) for g in gold.first)


def _last_matches(last: list[str], name: list[str], gold_last: list[str]) -> bool:
    n = len(gold_last)
    theirs = last if len(last) == n else name[-n:] if len(name) >= n else []
    return len(theirs) == n and all(_same(a, b) for a, b in zip(theirs, gold_last))


def _any_order(name: list[str], gold: GoldRole) -> bool:
    for first in (sorted(gold.first) or [""]):
        for last in gold.last:
            expected = words(first) + words(last)
            if len(expected) == len(name) > 1 and all(any(_same(w, e) for w in name) for e in expected):
                return True
    return False


def role_matches(pred: str, gold_roles: list[str]) -> bool:
    head, mine = head_lemma(pred), lemmas(pred)
    return bool(head) and any(head == head_lemma(g) or _contains(lemmas(g), mine) for g in gold_roles)


def where_matches(pred: str, gold_where: list[str]) -> bool:
    if not gold_where:
        return True
    mine = set(lemmas(pred))
    return bool(mine) and any(mine <= set(lemmas(g)) or set(lemmas(g)) <= mine
                              for g in gold_where if lemmas(g))


def role_key(role: GoldRole) -> tuple[str, str]:
    """Gold roles with the same key are one fact: the person's last-name lemma and the role's head."""
    last = min(role.last, default="") or min(role.first, default="") or role.person
    return " ".join(lemmas(last)), head_lemma(role.roles[0]) if role.roles else ""


def pred_key(pred: FoundRole) -> tuple[str, str, tuple[str, ...]]:
    return fold(pred.person), head_lemma(pred.role), lemmas(pred.org)
