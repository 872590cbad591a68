"""Role places: the organisation or country a title is a position of (``Role.org``).

What the phrase names comes first (``title_complement.py``): an organisation or
place mention, a quoted name NER missed ("директор фестиваля «Белые ночи»"),
"страны" (the country of the sentence, else the last country named, else the
most named), a country adjective ("британский премьер" -> Великобритания), or
an unnamed organisation ("городская больница").  A bare noun stands for the
name it introduced before ("концерн «Вега» ... глава концерна" -> Вега), and a
rank after a title holds that title's place ("представитель армии полковник").

A title the text gives no place gets one by these guesses, each marked on the
rule: a national title (roles_national.txt) the one country of its sentence
(named, or by an adjective or people: "итальянцы"), else of the whole doc, not
counting countries that are other titles' places (``+where:sentence``,
``+where:doc``), or the appointer's country ("президент Казахстана назначил X
премьер-министром", ``+where:appointer``); another position the one
organisation its sentence names (``+where:sentence``).
"""
from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from ..annotate import morph
from ..records import Role
from .role_lexicon import doc_countries, lexicon, norm
from .title_complement import QUOTES_OPEN, quoted_name

if TYPE_CHECKING:
    from .titles import Phrase, View


def place_of(view: View, phrase: Phrase) -> tuple[str, int, str]:
    """The place of a title phrase: (name, entity or -1, "+where:<source>" when guessed)."""
    if phrase.org_mention >= 0:
        return org_name(view, phrase.org_mention) + ("",)
    if phrase.refers == "country":
        return resolve_country(view, phrase.head) + ("",)
    if phrase.refers == "place":
        return resolve_place(view, phrase.head) + ("",)
    if phrase.country:
        return adjective_country(view, phrase.country) + ("",)
    if phrase.org_text:
        named = antecedent(view, phrase.org_word) if phrase.org_word >= 0 else None
        return named + ("",) if named else (phrase.org_text, -1, "")
    if phrase.role.removeprefix("бывший ") in lexicon().national:
        org, org_entity, source = national_country(view, phrase.head)
        return org, org_entity, f"+where:{source}" if org else ""
    if phrase.kind == "position":
        org, org_entity = sentence_org(view, phrase)
        return org, org_entity, "+where:sentence" if org else ""
    return "", -1, ""


def inherit_country(view: View, found: list, roles: list[Role]) -> None:
    """"Президент Казахстана назначил X премьер-министром": a national title given by an
    appointment takes the appointer's country when the text gives it none."""
    for (phrase, _, _), role in zip(found, roles):
        appointer = view.appointers.get(id(phrase), -1)
        if role.org or appointer < 0 or role.role.removeprefix("бывший ") not in lexicon().national:
            continue
        entity = view.doc.mentions[appointer].entity
        for other in roles:
            if other.person_entity == entity >= 0 and other.org_entity in country_entities(view):
                role.org, role.org_entity, role.rule = other.org, other.org_entity, role.rule + "+where:appointer"
                break


def object_name(view: View, k: int) -> tuple[str, int, tuple[int, int]]:
    """The organisation a verb's object names: (name, entity, span)."""
    mi = view.mention_of[k]
    if mi >= 0 and view.doc.mentions[mi].type in ("ORG", "LOC"):
        m = view.doc.mentions[mi]
        return org_name(view, mi) + ((m.start, m.stop),)
    token, words, j = view.tokens[k], [], k + 1
    while j < view.sent_stop[k] and view.tokens[j].feats.get("Case") == "Gen" \
            and view.tokens[j].pos in ("NOUN", "ADJ", "PROPN") and len(words) < 4:
        words.append(view.tokens[j].text)
        j += 1
    head = morph.nominative(token.text, token.feats.get("Case", ""), pos="NOUN") or token.lemma
    return " ".join([head] + words), -1, (token.start, view.tokens[j - 1].stop)


def org_name(view: View, mi: int) -> tuple[str, int]:
    m = view.doc.mentions[mi]
    if 0 <= m.entity < len(view.doc.entities):
        return view.doc.entities[m.entity].name, m.entity
    return (m.normal or m.text), -1


def antecedent(view: View, k: int) -> tuple[str, int] | None:
    """The organisation a bare noun complement ("глава партии") stands for: the last name that
    followed the same noun before it ("партия «Яблоко»", "концерн «Фольксваген»"), if any."""
    lemma = view.tokens[k].lemma
    for j in range(k - 1, -1, -1):
        if view.tokens[j].lemma == lemma:
            named = name_after(view, j + 1)
            if named:
                return named
    return None


def name_after(view: View, k: int) -> tuple[str, int] | None:
    """The name at token ``k``: an organisation, in quotes or not, or any name in quotes (not
    "кланов Нью-Йорка", where the place is a complement)."""
    tokens = view.tokens
    quoted = k < len(tokens) and tokens[k].text in QUOTES_OPEN
    mi = view.mention_at(k + quoted, ("ORG", "LOC") if quoted else ("ORG",))
    if mi >= 0:
        return org_name(view, mi)
    close = quoted_name(view, k)
    if close > 0:
        return view.doc.text[tokens[k + 1].start:tokens[close - 1].stop], -1
    return None


def country_entities(view: View) -> dict[int, str]:
    """Entities of the doc that are countries: entity index -> name."""
    if view.countries is None:
        view.countries = doc_countries(view.doc)
    return view.countries


def resolve_country(view: View, token: int) -> tuple[str, int]:
    """The country "страны" points at: of the sentence, else the last named, else the most named."""
    return country_at(view.doc, country_entities(view), token)


def country_at(doc, countries: dict[int, str], token: int) -> tuple[str, int]:
    """``resolve_country`` for any view of ``doc``: ``countries`` maps entity index -> name."""
    if not countries:
        return "", -1
    here = doc.tokens[token]
    sentence = doc.sentences[here.sent] if doc.sentences else None
    before = [m for m in doc.mentions if m.entity in countries and m.start < here.start]
    inside = [m for m in before if sentence and m.start >= sentence.start]
    if inside or before:
        entity = (inside or before)[-1].entity
    else:
        counts = Counter(m.entity for m in doc.mentions if m.entity in countries)
        entity = counts.most_common(1)[0][0]
    return countries[entity], entity


def resolve_place(view: View, token: int) -> tuple[str, int]:
    """The place "города" or "области" points at: the last place named before the title that is
    not a country ("нужны ли Москве ... мэр города Лужков" -> Москва); nothing when none is."""
    countries, here = country_entities(view), view.tokens[token]
    before = [m for m in view.doc.mentions
              if m.type == "LOC" and m.entity >= 0 and m.entity not in countries and m.stop <= here.start]
    if not before:
        return "", -1
    entity = before[-1].entity
    return view.doc.entities[entity].name, entity


def free_countries(view: View, start: int = 0, stop: int | None = None) -> dict:
    """Countries named between ``start`` and ``stop``: canonical name -> the doc's entity most
    named for it ("Британия", "Великобритания" are one), leaving out mentions that are another
    title's place ("премьер-министром Турции" does not make Турция the sentence's)."""
    countries, canonical = country_entities(view), lexicon().countries
    stop = len(view.doc.text) if stop is None else stop
    counts = Counter(m.entity for mi, m in enumerate(view.doc.mentions)
                     if m.entity in countries and start <= m.start < stop and mi not in view.taken)
    named: dict[str, int] = {}
    for entity, _ in counts.most_common():
        named.setdefault(canonical[norm(countries[entity])], entity)
    return named


def national_country(view: View, token: int) -> tuple[str, int, str]:
    """The country of a national title given without one: the one country its sentence names
    ("В Грузии ... президент Михаил Саакашвили"), by name, adjective or people ("итальянцы"),
    else the one country the whole doc names; nothing when there are none or several.
    Returns (name, entity, where it came from)."""
    if not view.doc.sentences:
        return "", -1, ""
    sentence = view.doc.sentences[view.tokens[token].sent]
    here = free_countries(view, sentence.start, sentence.stop)
    for country in sentence_adjectives(view, token):
        here.setdefault(country, adjective_country(view, country)[1])
    for named, source in ((here, "sentence"), (free_countries(view), "doc")):
        if len(named) == 1:
            ((country, entity),) = named.items()
            return (country_entities(view)[entity] if entity >= 0 else country), entity, source
        if named and source == "sentence":
            return "", -1, ""
    entity = dominant_country(view)
    return (country_entities(view)[entity], entity, "dominant") if entity >= 0 else ("", -1, "")


def dominant_country(view: View) -> int:
    """The country the doc is about: named at least twice as often as any other (and at least
    twice), not counting mentions that are another title's place; -1 when there is none."""
    countries, canonical = country_entities(view), lexicon().countries
    counts = Counter()
    for mi, m in enumerate(view.doc.mentions):
        if m.entity in countries and mi not in view.taken:
            counts[canonical[norm(countries[m.entity])]] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return -1
    return free_countries(view)[ranked[0][0]]


def sentence_adjectives(view: View, token: int) -> set[str]:
    """Countries the sentence of ``token`` names by an adjective or a people ("американских
    компаний", "итальянцы"), leaving out adjectives that are a title's place."""
    lex, tokens = lexicon(), view.tokens
    sent, out = tokens[token].sent, set()
    k = token
    while k > 0 and tokens[k - 1].sent == sent:
        k -= 1
    for j in range(k, view.sent_stop[token]):
        lemma = norm(tokens[j].lemma)
        country = lex.adjectives.get(lemma) or lex.peoples.get(lemma)
        if country and j not in view.country_words and view.mention_of[j] < 0:
            out.add(country)
    return out


def adjective_country(view: View, country: str) -> tuple[str, int]:
    """A country from an adjective, as the doc's own entity when it names that country."""
    countries = lexicon().countries
    for i, name in country_entities(view).items():
        if countries[norm(name)] == country:
            return name, i
    return country, -1


def sentence_org(view: View, phrase: Phrase) -> tuple[str, int]:
    """The one organisation its sentence names, for a position given without one ("В Сенате,
    где ..., спикер Гарри Рид"); none when the sentence names several or none."""
    sentence = view.doc.sentences[view.tokens[phrase.head].sent] if view.doc.sentences else None
    if sentence is None:
        return "", -1
    named = {view.doc.mentions[mi].entity: mi for mi in range(len(view.doc.mentions))
             if view.doc.mentions[mi].type == "ORG" and mi not in view.taken
             and sentence.start <= view.doc.mentions[mi].start < sentence.stop
             and not owned(view, mi, phrase) and not in_clause_after(view, phrase.head, mi)}
    if len(named) != 1:
        return "", -1
    return org_name(view, named.popitem()[1])


def in_clause_after(view: View, head: int, mi: int) -> bool:
    """Whether a mention sits in a clause that opens after the title ("Адвокат ... заявила, что
    ... будет обжаловано в Верховном суде"): that organisation is not the title's place."""
    start = view.doc.mentions[mi].start
    for k in range(head + 1, len(view.tokens)):
        if view.tokens[k].start >= start:
            return False
        if view.tokens[k].pos == "SCONJ" or view.tokens[k].text.lower() in ("что", "а"):
            return True
    return False


def owned(view: View, mi: int, phrase: Phrase) -> bool:
    """Whether a mention depends on a common noun other than the title ("роспуск Думы")."""
    first, stop = view.mention_tokens.get(mi, (0, 0))
    for k in range(first, stop):
        head = view.tokens[k].head
        if not first <= head < stop:
            return view.tokens[k].rel == "nmod" and head >= 0 and view.tokens[head].pos == "NOUN" \
                and not phrase.first <= head < phrase.stop
    return False


def share_place(chain: list[Phrase]) -> None:
    """"представитель армии полковник X": a rank right after a title with a place holds it."""
    for before, rank in zip(chain, chain[1:]):
        if rank.role in lexicon().ranks and rank.first == before.stop and not has_place(rank):
            rank.org_mention, rank.org_text, rank.org_word = before.org_mention, before.org_text, before.org_word
            rank.refers, rank.country = before.refers, before.country


def has_place(p: Phrase) -> bool:
    return p.org_mention >= 0 or bool(p.org_text or p.refers or p.country)


def drop_held_guesses(roles: list[Role]) -> list[Role]:
    """A guessed place ("+where:") is dropped when another person of the doc holds the same
    title there ("президент Казахстана Токаев" ... "президент Садыр Жапаров": not Казахстан)."""
    held = {(r.role, r.org): r for r in roles
            if r.org and "+where:" not in r.rule and not r.role.startswith("бывший ")}
    for r in roles:
        if "+where:" not in r.rule or r.role.startswith("бывший "):
            continue                    # a country has had many former presidents
        holder = held.get((r.role, r.org))
        if holder is not None and holder.person_entity != r.person_entity \
                and SequenceMatcher(None, holder.person, r.person).ratio() < 0.9:    # not a misspelling
            r.org, r.org_entity, r.rule = "", -1, r.rule.split("+where:")[0]
    return roles


def dedupe(roles: list[Role]) -> list[Role]:
    """One Role per (person, role, org), the first in the text; drop org-less duplicates, and
    roles whose place was only guessed ("+where:") when the text gives that person's title one."""
    roles = sorted(roles, key=lambda r: (r.start, r.stop))
    seen, out = set(), []
    for r in roles:
        key = (r.person_entity, r.person, r.role, r.org)
        if key not in seen:
            seen.add(key)
            out.append(r)
    with_org = {(r.person_entity, r.person, r.role) for r in out if r.org}
    given = {(r.person_entity, r.person, r.role) for r in out if r.org and "+where:" not in r.rule}
    return [r for r in out if (r.org or (r.person_entity, r.person, r.role) not in with_org)
            and ("+where:" not in r.rule or (r.person_entity, r.person, r.role) not in given)]
