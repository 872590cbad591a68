"""pymorphy3, wrapped: one analyzer per process, parses in UD terms, cached.

Other stages ask this module about words (``parses``, ``lemmatize``,
``inflect``); no pymorphy3 type leaves it.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymorphy3

OC_UD_POS = {
    "ADJF": "ADJ", "ADJS": "ADJ", "ADVB": "ADV", "COMP": "ADV", "VERB": "VERB", "GRND": "VERB",
    "INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB", "NOUN": "NOUN", "NPRO": "PRON", "NUMR": "NUM",
    "NUMB": "NUM", "Apro": "DET", "CONJ": "CCONJ", "INTJ": "INTJ", "PRCL": "PART", "PREP": "ADP",
}
CASES = {"nomn": "Nom", "gent": "Gen", "gen1": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc",
         "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Nom"}
GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut", "ms-f": "Common"}
NUMBERS = {"sing": "Sing", "plur": "Plur"}
UD_CASE_OC = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr")


@dataclass(frozen=True, slots=True)
class Parse:
    """One reading of a word: its normal form, UD part of speech and features."""

    word: str
    normal: str
    pos: str
    case: str
    gender: str
    number: str
    tags: frozenset     # OpenCorpora grammemes, for Name/Surn/Patr/Geox/...
    score: float
    known: bool         # in the dictionary, not guessed by a predictor

    def has(self, tag: str) -> bool:
        return tag in self.tags


_analyzer = None


def analyzer() -> "pymorphy3.MorphAnalyzer":
    global _analyzer
    if _analyzer is None:
        _analyzer = pymorphy3.MorphAnalyzer()
    return _analyzer


def _adapt(p, known: bool) -> Parse:
    tag = p.tag
    return Parse(p.word, p.normal_form, OC_UD_POS.get(tag.POS or "", "X"), CASES.get(tag.case, ""),
                 GENDERS.get(tag.gender, ""), NUMBERS.get(tag.number, ""),
                 tag.grammemes, float(p.score), known)


@lru_cache(maxsize=300_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All readings of ``word`` (lower-cased inside), most likely first."""
    word = word.lower().replace("ё", "е")
    morph = analyzer()
    found = morph.parse(word)
    known = bool(found) and morph.word_is_known(word)
    return tuple(_adapt(p, known) for p in found)


def _pos_match(a: str, b: str) -> bool:
    norm = {"PROPN": "NOUN"}
    return norm.get(a, a) == norm.get(b, b)


def select(word: str, pos: str, feats: dict) -> Parse | None:
    """The reading that agrees with a tagger's POS and case/gender/number."""
    options = parses(word)
    case, gender, number = feats.get("Case", ""), feats.get("Gender", ""), feats.get("Number", "")
    for p in options:
        if _pos_match(p.pos, pos) and p.case == case and (not gender or p.gender == gender) \
                and (not number or p.number == number):
            return p
    for p in options:
        if _pos_match(p.pos, pos) and (not case or p.case == case):
            return p
    return None


@lru_cache(maxsize=300_000)
def _lemma(word: str, pos: str, case: str, gender: str, number: str) -> str:
    if pos in ("PUNCT", "NUM", "SYM", "X") or not any(ch.isalpha() for ch in word):
        return word.lower()
    p = select(word, pos, {"Case": case, "Gender": gender, "Number": number})
    if p is None:
        options = parses(word)
        p = options[0] if options else None
    return (p.normal if p else word.lower()).replace("ё", "е")


def lemmatize(word: str, pos: str = "", feats: dict | None = None) -> str:
    feats = feats or {}
    return _lemma(word, pos, feats.get("Case", ""), feats.get("Gender", ""), feats.get("Number", ""))


@lru_cache(maxsize=200_000)
def inflect(word: str, normal: str, pos: str, case: str, gender: str, number: str, to_case: str = "Nom") -> str | None:
    """``word`` (read as ``normal``/``pos``/``case``...) put into ``to_case``; None when unknown."""
    target = UD_CASE_OC[to_case]
    for p, a in zip(analyzer().parse(word.lower().replace("ё", "е")), parses(word)):
        if a.normal == normal and _pos_match(a.pos, pos) and a.case == case \
                and (not gender or a.gender == gender or not a.gender) and (not number or a.number == number):
            grams = {target} | ({"sing"} if number == "Sing" else {"plur"} if number == "Plur" else set())
            form = p.inflect(grams) or p.inflect({target})
            if form is not None:
                return form.word
    return None


class Lemmatizer:
    """Lemmas for tagged tokens; a thin object so the annotator can take one in."""

    _shared: "Lemmatizer | None" = None

    @classmethod
    def shared(cls) -> "Lemmatizer":
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def lemmatize(self, word: str, pos: str, feats: dict) -> str:
        return lemmatize(word, pos, feats)


PREFERRED = {"first": ("Name",), "middle": ("Patr",), "last": ("Surn",), "any": ()}


@lru_cache(maxsize=200_000)
def nominative(word: str, case: str, gender: str = "", role: str = "any", pos: str = "",
               number: str = "") -> str | None:
    """``word`` read in ``case`` (and ``gender``) put into the nominative singular.

    ``role`` prefers readings tagged as a first name, patronymic or surname.
    Returns None when no reading fits, so the caller keeps the surface form.
    """
    target = "nomn"
    wanted = PREFERRED.get(role, ())
    best = None
    for p, a in zip(analyzer().parse(word.lower().replace("ё", "е")), parses(word)):
        if case and a.case != case:
            continue
        if gender and a.gender and a.gender not in (gender, "Common"):
            continue
        if pos and not _pos_match(a.pos, pos) and not (pos == "PROPN" and a.pos == "NOUN"):
            continue
        rank = (any(a.has(t) for t in wanted), a.score)
        if best is None or rank > best[0]:
            best = (rank, p, a)
    if best is None:
        return None
    _, p, a = best
    grams = {target}
    if number == "Plur" and a.number == "Plur":
        grams.add("plur")
    elif a.number == "Sing" or role != "any":
        grams.add("sing")
    if gender in ("Masc", "Fem") and role in ("first", "middle", "last"):
        grams.add({"Masc": "masc", "Fem": "femn"}[gender])
    form = p.inflect(grams) or p.inflect({target})
    return form.word if form is not None else None


def recover_shape(word: str, like: str) -> str:
    """Give ``word`` the letter case of ``like`` (Title, UPPER, lower, Hyphen-Title)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if "-" in like and "-" in word:
        return "-".join(recover_shape(w, l) for w, l in zip(word.split("-"), like.split("-")))
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def name_gender(word: str) -> str:
    """Gender of a known first name or patronymic, else ''."""
    for a in parses(word):
        if a.known and (a.has("Name") or a.has("Patr")) and a.gender in ("Masc", "Fem"):
            return a.gender
    return ""


def _load_endings() -> dict[tuple[str, str], list[tuple[str, str]]]:
    from pathlib import Path
    rules: dict[tuple[str, str], list[tuple[str, str]]] = {}
    path = Path(__file__).resolve().parent.parent / "resolve" / "data" / "endings.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) == 4:
            case, gender, ending, nominative_ending = line
            rules.setdefault((case, gender), []).append(
                (ending, "" if nominative_ending == "-" else nominative_ending))
    for value in rules.values():
        value.sort(key=lambda r: -len(r[0]))
    return rules


_ENDINGS: dict | None = None
VOWELS = "аеёиоуыэюя"


def is_known(word: str) -> bool:
    """Whether the dictionary knows ``word`` (rather than guessing its readings)."""
    options = parses(word)
    return bool(options) and options[0].known


def guess_nominative(word: str, case: str, gender: str) -> str | None:
    """Nominative of a word by ending rules (resolve/data/endings.txt), for words the dictionary
    does not know; pymorphy3's own guesses for such words are often wrong ("Рааба" -> "рааба")."""
    global _ENDINGS
    if _ENDINGS is None:
        _ENDINGS = _load_endings()
    if case in ("", "Nom"):
        return None
    lower = word.lower()
    for ending, nominative_ending in _ENDINGS.get((case, gender), ()):
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            form = lower[: len(lower) - len(ending)] + nominative_ending
            if not (form.endswith("ь") and form[-2:-1] in VOWELS):   # no Russian word ends in "иь"
                return form
    return None


def is_plain_verb(word: str) -> bool:
    """A dictionary word whose readings are all verb forms, none a name ("Родился", "Заявил")."""
    options = parses(word)
    return bool(options) and options[0].known and all(p.pos == "VERB" and not any(
        p.has(t) for t in NAME_TAGS) for p in options)
