"""What a speaker is called: the ``Speaker`` record, descriptions of speakers
without an entity ("брат погибшего"), and the fullest name of a person the
document also names short ("Хан", "Д.Дэвис", "Светлана Николаевна").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..annotate.morph import parses
from ..resolve.in_doc import predicate_genders
from ..resolve.names import close_quotes, normalize_phrase
from .role_lexicon import lexicon as role_lexicon, norm
from .role_places import country_at

if TYPE_CHECKING:
    from .speech import DocView


@dataclass(slots=True)
class Speaker:
    """Who a statement is attributed to: a span as written and what it resolves to."""

    start: int
    stop: int
    text: str
    entity: int = -1
    name: str = ""
    how: str = ""          # mention | pronoun | coref | role | description | continued | salient

    @property
    def described(self) -> bool:
        return self.how == "description"


PHRASE_SKIP = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PART", "PUNCT"})
NOMINAL = frozenset({"NOUN", "PROPN", "X"})
NOT_SPEAKERS = frozenset({"который", "это", "что", "кто", "все", "всё"})


def describe(view: DocView, a: int, b: int, any_case: bool = False) -> Speaker | None:
    """A speaker without an entity ("казахские СМИ", "брат погибшего"): the nominal phrase."""
    i = a
    while i < b and (view.tokens[i].pos in PHRASE_SKIP or not (any_case or view.feat(i, "Case") in ("Nom", ""))):
        i += 1
    j = next((k for k in range(i + 1, b - 1) if view.low[k] in ("в", "во") and view.mention_of[k + 1] >= 0
              and view.is_platform(view.mention_of[k + 1])), b)      # "канцелярия ... в Twitter": where
    while j > i and view.tokens[j - 1].pos in PHRASE_SKIP:
        j -= 1
    if i >= j or view.lemma[i] in NOT_SPEAKERS or view.lemma[i] in view.lex.documents:
        return None
    if not any(view.tokens[k].pos in NOMINAL for k in range(i, j)):
        return None
    start, stop = view.tokens[i].start, view.tokens[j - 1].stop
    text = name = view.text[start:stop]
    if view.tokens[i].pos == "NOUN" and view.feat(i, "Case") not in ("Nom", "") and view.tokens[i].lemma:
        head = view.tokens[i].lemma
        head = head[0].upper() + head[1:] if view.tokens[i].text[:1].isupper() else head
        name = head + view.text[view.tokens[i].stop:stop]
    country = next((k for k in range(i + 1, j) if view.lemma[k] == "страна" and view.feat(k, "Case") == "Gen"), -1)
    if country >= 0:                        # "правительство страны" -> "правительство Пакистана"
        written = country_genitive(view, country)
        if written:
            name = name[:view.tokens[country].start - start] + written + name[view.tokens[country].stop - start:]
    return Speaker(start, stop, text, -1, close_quotes(name), "description")


def body_speaker(view: DocView, a: int, b: int, cue: int) -> Speaker | None:
    """"В немецком правительстве пояснили": the body a plural cue without a subject speaks for,
    named by its noun (``data/speech_bodies.txt``) with its adjectives and genitives, in the
    nominative ("немецкое правительство", "канцелярия премьер-министра Великобритании");
    a person named in the genitives ends it."""
    if view.feat(cue, "Number") != "Plur":
        return None
    for k in range(a, b - 1):
        if view.tokens[k].pos in ("NOUN", "PRON") and view.feat(k, "Case") == "Nom":
            return None                 # "Источники газеты в правительстве отметили": the sources
        if view.low[k] not in ("в", "во"):
            continue
        j = k + 1
        while j < b and view.tokens[j].pos == "ADJ" and view.mention_of[j] < 0:
            j += 1
        if j >= b or view.mention_of[j] >= 0 or view.lemma[j] not in view.lex.bodies:
            continue                    # "в понедельник в канцелярии ... сообщили"
        return _body(view, k + 1, genitives_stop(view, j + 1, b))
    return None


def fuller_body(view: DocView, a: int, b: int) -> Speaker | None:
    """"Полиция сообщила" after "Британская полиция возбудила дело": a body noun alone
    (``data/speech_bodies.txt``) is the same body written fuller before as a subject, with a
    country's adjective ("британская полиция") or a place's name after it ("полиция Бостона",
    "федеральная прокуратура Бельгии"), in the nominative; not when its own sentence names a
    place ("в Нью-Йорке полиция сообщила")."""
    words = [k for k in range(a, b) if view.tokens[k].pos not in PHRASE_SKIP]
    if len(words) != 1 or view.lemma[words[0]] not in view.lex.bodies or view.mention_of[words[0]] >= 0 \
            or view.feat(words[0], "Number") == "Plur":
        return None
    i = words[0]
    lo, hi = view.sentence_tokens(i)
    if any(view.mention_of[k] >= 0 and view.doc.mentions[view.mention_of[k]].type == "LOC" for k in range(lo, hi)):
        return None
    national = role_lexicon().adjectives
    for k in range(i - 1, -1, -1):
        if view.lemma[k] != view.lemma[i] or view.mention_of[k] >= 0 or view.feat(k, "Number") == "Plur" \
                or view.feat(k, "Case") != "Nom":
            continue
        stop = k + 1
        if stop < len(view.tokens) and view.mention_of[stop] >= 0 and view.feat(stop, "Case") == "Gen" \
                and view.doc.mentions[view.mention_of[stop]].type == "LOC":
            stop = view.mention_tokens[view.mention_of[stop]][1]
        start = k
        while start > 0 and view.tokens[start - 1].pos == "ADJ" and view.mention_of[start - 1] < 0 \
                and view.tokens[start - 1].head == k \
                and (stop > k + 1 or norm(view.lemma[start - 1]) in national):
            start -= 1
        if start == k and stop == k + 1:
            continue                    # written bare there too
        t = view.tokens[i]
        return Speaker(t.start, t.stop, t.text, -1,
                       normalize_phrase(view.doc, view.tokens[start].start, view.tokens[stop - 1].stop), "description")
    return None


def genitives_stop(view: DocView, k: int, b: int) -> int:
    """Where the genitives from token ``k`` on end ("канцелярии | премьер-министра Великобритании |"),
    at ``b`` at the latest; a person named there ends them ("штаб | Трампа")."""
    while k < b and view.feat(k, "Case") == "Gen" and view.tokens[k].pos in ("NOUN", "PROPN", "ADJ") \
            and (view.mention_of[k] < 0 or view.doc.mentions[view.mention_of[k]].type != "PER"):
        k += 1
    return k


def _body(view: DocView, a: int, b: int) -> Speaker:
    start, end = view.tokens[a].start, view.tokens[b - 1].stop
    return Speaker(start, end, view.text[start:end], -1, normalize_phrase(view.doc, start, end), "description")


def place_body(view: DocView, a: int, b: int) -> Speaker | None:
    """"по данным минздрава Иркутской области", "сайт администрации президента Украины": a body
    noun (``data/speech_bodies.txt``) whose genitives name a place is that place's body, not the
    place ("минздрав Иркутской области", "администрация президента Украины").  The body noun
    must head the phrase, past adjectives, a date and a site or document noun: "Врачи минздрава
    ..." are the doctors."""
    for k in range(a, b - 1):
        if view.tokens[k].pos in ("ADP", "ADJ", "DET", "PUNCT", "NUM") or view.medium_noun(k) \
                or view.lemma[k] in view.lex.documents or view.in_date(k):
            continue                # "официальный сайт", "в заявлении", "16 января"
        if view.lemma[k] not in view.lex.bodies or view.mention_of[k] >= 0 or view.tokens[k].pos != "NOUN":
            return None             # "Врачи минздрава ...", "Источник в правительстве ...": someone in it
        stop = genitives_stop(view, k + 1, b)
        if not any(view.mention_of[j] >= 0 and view.doc.mentions[view.mention_of[j]].type == "LOC"
                   for j in range(k + 1, stop)):
            return None
        start = k
        while start > a and view.tokens[start - 1].pos == "ADJ" and view.mention_of[start - 1] < 0:
            start -= 1                  # "избирательной комиссии Аляски"
        return _body(view, start, stop)
    return None


SIDE_NOUNS = frozenset({"сторона"})


def country_side(view: DocView, a: int, b: int, any_case: bool = False) -> Speaker | None:
    """"Российская сторона заявляла", "по утверждению таджикской стороны": the country its
    adjective names, as the document names it when it does ("Российская Федерация"), else by its
    usual name."""
    for k in range(a + 1, b):
        if view.lemma[k] not in SIDE_NOUNS or not any_case and view.feat(k, "Case") not in ("Nom", ""):
            continue
        country = role_lexicon().adjectives.get(norm(view.lemma[k - 1]), "")
        if not country:
            return None
        start, stop = view.tokens[k - 1].start, view.tokens[k].stop
        entity = next((e for e, name in view.countries().items() if role_lexicon().countries.get(norm(name)) == country), -1)
        name = qualified_name(view, entity) if entity >= 0 else country
        return Speaker(start, stop, view.text[start:stop], entity, name, "coref")
    return None


def country_genitive(view: DocView, k: int) -> str:
    """The country "страны" at token ``k`` points at, as the document writes it in the genitive
    ("Пакистана"); "" when it never does."""
    _, entity = country_at(view.doc, view.countries(), k)
    if entity < 0:
        return ""
    for mi in view.doc.entities[entity].mentions:
        first, stop = view.mention_tokens[mi]
        if stop - first == 1 and view.feat(first, "Case") == "Gen":
            return view.doc.mentions[mi].text
    return ""


def plain_speaker(view: DocView, a: int, b: int) -> Speaker:
    """The tokens ``[a, b)`` as written, as a speaker without an entity."""
    start, stop = view.tokens[a].start, view.tokens[b - 1].stop
    text = view.text[start:stop]
    return Speaker(start, stop, text, -1, text, "description")


def from_mention(view: DocView, mi: int, how: str = "mention", span: tuple[int, int] | None = None) -> Speaker:
    """The speaker a mention names: its entity under the entity's fullest name."""
    m = view.doc.mentions[mi]
    entity = fullest(view, m.entity) if 0 <= m.entity < len(view.doc.entities) else -1
    start, stop = span or (m.start, m.stop)
    name = view.doc.entities[entity].name if entity >= 0 else (m.normal or m.text)
    if entity >= 0 and view.doc.entities[entity].type in ("ORG", "LOC"):
        name = qualified_name(view, entity, mi)
        after = view.mention_tokens[mi][1]
        if view.doc.entities[entity].type == "ORG" and name == view.doc.entities[entity].name \
                and after < len(view.tokens) and view.lemma[after] == "страна" and view.feat(after, "Case") == "Gen":
            written = country_genitive(view, after)         # "представитель МИД страны": "МИД Франции"
            name = f"{name} {written}" if written else name
    return Speaker(start, stop, view.text[start:stop], entity, name, how)


def spelled_out(view: DocView, entity: int) -> str:
    """The fullest name the document gives an organisation or country it also names short:
    an abbreviation spelled out elsewhere ("AP" -> "Associated Press", "ЕС" -> "Европейский
    союз"), a country's other name ("ФРГ" -> "Германия", "РФ" -> "Российская Федерация");
    the entity's own name when there is none."""
    ent = view.doc.entities[entity]
    if ent.type == "LOC" and entity in view.countries():
        from .role_lexicon import lexicon as role_lexicon, norm
        canonical = role_lexicon().countries
        same = [e.name for e in view.doc.entities
                if e.type == "LOC" and canonical.get(norm(e.name)) == canonical[norm(ent.name)]]
        return max(same, key=lambda n: (len(n.split()), len(n)))
    if ent.name.isupper() and 2 <= len(ent.name) <= 6:
        for other in view.doc.entities:
            words = [w for w in other.name.replace("-", " ").split() if w[:1].isalpha()]
            if other.type in ("ORG", "LOC") and len(words) == len(ent.name) \
                    and "".join(w[0] for w in words).upper() == ent.name.upper():
                return other.name
    return ent.name

def qualified_name(view: DocView, entity: int, mi: int = -1) -> str:
    """An organisation under the fullest name the document gives it: with the country written
    right after one of its mentions ("Минфин США", "МИД России"; the longest such country name:
    "МИД Германии" over "МИД ФРГ"), else the one organisation whose name continues its own
    ("Нафтогаз Украины" for "Нафтогаз"), else its own name.  When the document writes several
    countries after its mentions ("МИД Италии ... МИД РФ"), mention ``mi`` takes the one written
    after it, else after the nearest mention before it."""
    ent = view.doc.entities[entity]
    name = spelled_out(view, entity)
    if ent.type != "ORG" or name != ent.name:
        return name
    countries = view.countries()
    mentions = view.doc.mentions
    after = {k: mentions[k + 1] for k in ent.mentions
             if k + 1 < len(mentions) and mentions[k + 1].entity in countries
             and view.text[mentions[k].stop:mentions[k + 1].start] == " "
             and not name.endswith(mentions[k + 1].text)}
    canonical = role_lexicon().countries
    country = {k: canonical.get(norm(view.doc.entities[m.entity].name), m.entity) for k, m in after.items()}
    written = [m.text for m in after.values()]
    if len(set(country.values())) > 1 and mi >= 0:
        before = [k for k in after if k <= mi]
        if before:                                                      # "МИД Италии ... По данным МИД РФ"
            written = [m.text for k, m in after.items() if country[k] == country[max(before)]]
    if written:
        return f"{name} {max(written, key=lambda w: (len(w.split()), len(w)))}"   # "МИД Германии" over "МИД ФРГ"
    fuller = {e.name for e in view.doc.entities if e.type == "ORG" and e.name.lower().startswith(name.lower() + " ")
              and len(e.name.split()) <= len(name.split()) + 2}
    return fuller.pop() if len(fuller) == 1 else name         # "Нафтогаз" written once as "Нафтогаз Украины"


def entity_gender(view: DocView, entity: int, mi: int = -1) -> str:
    """Masc or Fem: the gender the verbs the entity's mentions are the subject of show, else the
    one most tokens of its mentions carry ("" when unclear)."""
    key = entity if entity >= 0 else -2 - mi
    if key not in view.genders:
        mentions = view.doc.entities[entity].mentions if entity >= 0 else [mi]
        told = predicate_genders(view.doc, mentions)
        if len(told) == 1:
            view.genders[key] = next(iter(told))      # "рассказала ... Александра Филиппенко"
            return view.genders[key]
        votes = {"Masc": 0, "Fem": 0}
        for m in mentions:
            first, stop = view.mention_tokens[m] if m < len(view.mention_tokens) else (0, 0)
            for k in range(first, stop):
                g = view.feat(k, "Gender")
                if g in votes:
                    votes[g] += 1
        masc, fem = votes["Masc"], votes["Fem"]
        view.genders[key] = "Masc" if masc > fem else "Fem" if fem > masc else \
            first_name_gender(view.doc.entities[entity].name) if entity >= 0 else ""
    return view.genders[key]


def first_name_gender(name: str) -> str:
    """The gender a person's base form shows by its first name when the tags tie: a first name the
    dictionary does not know as a nominative one, ending in -ия/-ья ("Асия"), is a woman's; anything else is
    unsure ("", as is a one-word name): the dictionary's own reading of a foreign name may be
    wrong ("Андреа")."""
    words = name.split()
    if len(words) < 2:
        return ""
    first = words[0]
    if any(p.known and p.has("Name") and p.case == "Nom" for p in parses(first)):
        return ""
    return "Fem" if first.lower().endswith(("ия", "ья")) else ""


def inflected(m) -> bool:
    """A person's mention whose first word differs from its base form's ("Асии Норани"):
    not in the nominative, whatever the tagger says."""
    text, normal = m.text.lower().replace("ё", "е").split(), m.normal.lower().replace("ё", "е").split()
    return m.type == "PER" and bool(text) and bool(normal) and len(text) == len(normal) and text[0] != normal[0]


# --- the fullest form of a person the resolver left apart ----------------------
PATRONYMIC = ("вич", "вна", "ична", "чна")


def fullest(view: DocView, entity: int) -> int:
    """The entity with the fullest name for a person written "Хан", "Д.Дэвис" or
    "Светлана Николаевна" when the document names exactly one such person in full."""
    if entity < 0:
        return entity
    if entity not in view.names:
        view.names[entity] = _fuller(view, entity)
    return view.names[entity]


def _fuller(view: DocView, entity: int) -> int:
    ent = view.doc.entities[entity]
    short = _words(ent.name.replace(".", ". "))
    if ent.type != "PER" or _short_form(short) is None:
        return entity
    found = {other.id for other in view.doc.entities
             if other.id != entity and other.type == "PER" and _completes(short, _words(other.name))}
    return found.pop() if len(found) == 1 else entity


def _words(name: str) -> list[str]:
    return name.lower().replace("ё", "е").split()


def _short_form(words: list[str]) -> str | None:
    """surname ("хан"), initial ("д. дэвис") or patronymic ("светлана николаевна"); None for a full name."""
    if len(words) == 1:
        return "surname"
    if len(words) == 2 and words[0].endswith(".") and len(words[0]) <= 3:
        return "initial"
    if len(words) == 2 and words[1].endswith(PATRONYMIC) and _patronymic(words[1]):
        return "patronymic"     # "Виктор Фёдорович", not "Виктор Янукович"
    return None


def _patronymic(word: str) -> bool:
    """Whether the dictionary reads ``word`` as a patronymic, or does not know it."""
    found = parses(word)
    return not found or any(p.has("Patr") for p in found)


def _completes(short: list[str], full: list[str]) -> bool:
    """Whether the full name ``full`` (2+ words, no initials) is the person ``short`` names."""
    if len(full) < 2 or full[0].endswith(".") or _short_form(full) is not None:
        return False
    form = _short_form(short)
    if form == "surname":       # "Пайпер" for "Хайдемария Стефанишин-Пайпер", "Завахири" for "Айман аль-Завахири"
        return full[-1] == short[0] or "-" not in short[0] and full[-1].rsplit("-", 1)[-1] == short[0]
    if form == "initial":
        return full[-1] == short[1] and full[0].startswith(short[0][:-1])
    return full[0] == short[0]
