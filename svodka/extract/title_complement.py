"""Title complements: what follows a title word, read into its ``Phrase``.

    министра обороны России        -> words "обороны", org mention "России"
    директора городской больницы   -> org text "городская больница"
    управляющий компанией «Вега»   -> org mention "Вега" (the instrumental object)
    министр по делам разведки      -> words "по делам разведки" (a topic)
    посол ЕС на Кавказе Иван Петров -> the phrase reaches the name across "на Кавказе"

Each ``take_*`` reads one step at token ``k`` and returns the next token, or 0.
``titles.read_phrase`` calls ``read_instrumental`` and ``read_complement``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import morph
from .role_lexicon import lexicon, norm

if TYPE_CHECKING:
    from .titles import Phrase, View

QUOTES_OPEN, QUOTES_CLOSE = set("«\"“„"), set("»\"”")
MAX_COMPLEMENT = 5
MAX_QUOTED = 8          # tokens a quoted name may hold


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
                or take_quoted_name(view, phrase, k, words) or take_genitive(view, phrase, k, words, pending) or take_topic(view, phrase, k, words)
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
            or view.title_at(k + 1):
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


def take_quoted_name(view: View, phrase: Phrase, k: int, words: list) -> int:
    """A quoted name NER did not tag, after a noun of the complement: "лидер партии «Новые
    правые»" names the party (``phrase.named``)."""
    if k != phrase.stop or not words or view.tokens[words[-1]].pos != "NOUN" \
            or phrase.org_mention >= 0 or phrase.refers or phrase.named:
        return 0
    close = quoted_name(view, k)
    if close < 0:
        return 0
    phrase.named = view.doc.text[view.tokens[k + 1].start:view.tokens[close - 1].stop]
    phrase.stop = close + 1
    return close + 1


def quoted_name(view: View, k: int) -> int:
    """The closing quote of a name quoted from token ``k`` (no mention inside), or -1."""
    tokens = view.tokens
    if k >= len(tokens) or tokens[k].text not in QUOTES_OPEN:
        return -1
    end = min(view.sent_stop[k], k + MAX_QUOTED + 2)
    close = next((j for j in range(k + 1, end) if tokens[j].text in QUOTES_CLOSE | QUOTES_OPEN), -1)
    if close <= k + 1 or tokens[close].text not in QUOTES_CLOSE \
            or any(view.mention_of[j] >= 0 for j in range(k + 1, close)):
        return -1
    return close


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
    if token.lemma.endswith(("ть", "ться", "ти", "чь")) and not words:
        phrase.stop = k + 1         # "адвокат обвиняемого": a participle read as a noun is a
        return k + 1                # person the title is for, not its place
    named = phrase.org_mention >= 0 or phrase.refers
    if token.lemma in lex.refnouns:
        phrase.refers = phrase.refers or ("" if named else lex.refnouns[token.lemma])
    elif named or sum(view.tokens[j].pos == "NOUN" for j in words) >= MAX_COMPLEMENT:
        return 0
    else:
        words += pending + [k]
        if view.title_at(k):
            phrase.inner = k
    pending.clear()
    phrase.stop = k + 1
    return k + 1


def next_title(view: View, j: int, k: int) -> bool:
    """Whether a title noun starts at ``j``, after a place group begun at ``k``."""
    return k + 1 < j < len(view.tokens) and view.tokens[j].pos == "NOUN" and view.mention_of[j] < 0 \
        and view.title_at(j)


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
