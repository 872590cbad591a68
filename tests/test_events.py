"""Typed events: triggers, arguments, time, modality; grouping of reports; the seed article.

Every sentence here is written for these tests (invented or public events).  The seed
test reads ../shared at run time and never copies its text.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import svodka
from svodka.extract.event_groups import dates_compatible, group_events, same_event
from svodka.extract.events import extract_events, load_lexicon, order_events, read_lines

ROOT = Path(__file__).resolve().parent.parent

# (text, published, events that must be found (field subsets), event types that must not be)
CASES = [
    # protest, riot
    ("В субботу в центре Бишкека прошел митинг сторонников оппозиции.", "2022-03-14",
     [dict(type="protest", subtype="rally", agent="сторонники оппозиции", location="Бишкек",
           date="2022-03-12", date_source="expression", modality="happened")], []),
    ("Несколько сотен жителей Ошского района 3 марта вышли на площадь перед зданием администрации.", "2022-03-14",
     [dict(type="protest", date="2022-03-03", date_source="expression")], []),
    ("Вечером 4 марта в Жанаозене начались массовые беспорядки.", "2022-03-14",
     [dict(type="riot", location="Жанаозен", date="2022-03-04")], ["protest"]),
    # violence: the type follows the target
    ("Силовики открыли огонь по участникам акции в Андижане.", "2022-03-14",
     [dict(type="violence_against_civilians", subtype="shooting", agent="силовики",
           patient="участники акции", location="Андижан")], ["attack"]),
    ("В Алматы стреляли по мирным жителям.", "2022-03-14",
     [dict(type="violence_against_civilians", subtype="shooting", patient="мирные жители", location="Алматы")], []),
    ("Боевики обстреляли блокпост пограничников на юге страны.", "2022-03-14",
     [dict(type="attack", subtype="shelling", agent="боевики")], ["violence_against_civilians"]),
    ("На границе Кыргызстана и Таджикистана 14 марта произошла перестрелка между пограничниками.", "2022-03-15",
     [dict(type="armed_clash", subtype="firefight", location="Кыргызстан", date="2022-03-14")], []),
    ("Как сообщили в пресс-службе МЧС, в Оше произошел взрыв.", "2022-03-14",
     [dict(type="attack", subtype="explosion", location="Ош", modality="reported")], []),
    # arrest
    ("Сотрудники ГКНБ задержали журналиста Болота Темирова в Бишкеке.", "2022-03-14",
     [dict(type="arrest", subtype="detention", agent="сотрудники ГКНБ", location="Бишкек",
           date="2022-03-14", date_source="reported")], []),
    ("Ещё двое активистов были задержаны полицией у здания суда.", "2022-03-14",
     [dict(type="arrest", agent="полиция", patient="двое активистов")], []),
    ("Власти Казахстана задержали в Алматы около двухсот человек.", "2022-03-14",
     [dict(type="arrest", agent="власти Казахстана", location="Алматы")], []),
    # deployment, appeal
    ("Россия направит в Таджикистан дополнительный контингент военных.", "2022-03-14",
     [dict(type="deployment", agent="Россия", location="Таджикистан", modality="planned")], []),
    ("Правительство планирует направить в регион дополнительные силы полиции.", "2022-03-14",
     [dict(type="deployment", agent="правительство", modality="planned")], []),
    ("Президент Садыр Жапаров обратился к ООН с просьбой о гуманитарной помощи.", "2022-03-14",
     [dict(type="appeal", agent="Садыр Жапаров", patient="ООН")], []),
    # accusation, legal action, diplomacy, sanctions
    ("МИД Таджикистана обвинил Кыргызстан в нарушении договоренностей.", "2022-03-14",
     [dict(type="accusation", agent="МИД", patient="Кыргызстан", location="")], []),
    ("Генпрокуратура возбудила уголовное дело против бывшего главы таможни.", "2022-03-14",
     [dict(type="legal_action", subtype="criminal_case", agent="Генпрокуратура", patient="бывший глава таможни",
           trigger="возбудила уголовное дело")], []),
    ("Адвокаты попросили прокуратуру возбудить уголовное дело по факту избиения задержанных.", "2022-03-14",
     [dict(type="legal_action", subtype="criminal_case_request", agent="адвокаты")], ["appeal"]),
    ("МИД Узбекистана вручил послу Казахстана ноту протеста.", "2022-03-14",
     [dict(type="diplomatic_protest", subtype="note", agent="МИД", trigger="ноту протеста", location="")],
     ["protest"]),
    ("Министерство иностранных дел Литвы вызвало посла России.", "2022-03-14",
     [dict(type="diplomatic_protest", subtype="summons", patient="Россия")], []),
    ("Евросоюз ввел санкции против руководства Белоруссии.", "2022-03-14",
     [dict(type="sanction", agent="Евросоюз", patient="Белоруссия")], []),
    # media
    ("Телеканал «Дождь» опубликовал интервью с бывшим министром обороны.", "2022-03-14",
     [dict(type="media_publication", patient="интервью")], []),
    ("Роскомнадзор заблокировал сайт независимого издания «Азаттык».", "2022-03-14",
     [dict(type="media_removal", subtype="blocking", agent="Роскомнадзор")], []),
    # travel, meeting, agreement
    ("Глава МИД России Сергей Лавров прибыл в Ташкент с официальным визитом.", "2022-03-14",
     [dict(type="travel", agent="Сергей Лавров", location="Ташкент")], []),
    ("Министр обороны посетил Ташкент.", "2022-03-14",
     [dict(type="travel", subtype="visit", agent="министр обороны", location="Ташкент", patient="")], []),
    ("Президенты Казахстана и Узбекистана встретились в Самарканде 10 марта.", "2022-03-14",
     [dict(type="meeting", location="Самарканд", date="2022-03-10")], []),
    ("Лидеры двух стран 12 марта провели телефонный разговор.", "2022-03-14",
     [dict(type="meeting", subtype="phone", date="2022-03-12")], []),
    ("Стороны подписали соглашение о прекращении огня.", "2022-03-14",
     [dict(type="agreement", subtype="signing", agent="стороны")], ["attack", "violence_against_civilians"]),
    # appointment, resignation, election
    ("Улукбек Марипов назначен председателем кабинета министров.", "2022-03-14",
     [dict(type="appointment", patient="Улукбек Марипов")], []),
    ("Премьер-министр Армении Никол Пашинян ушел в отставку.", "2022-03-14",
     [dict(type="resignation", agent="Никол Пашинян", trigger="ушел в отставку")], []),
    ("В воскресенье в Казахстане прошел референдум по поправкам в конституцию.", "2022-03-14",
     [dict(type="election", subtype="referendum", location="Казахстан", date="2022-03-13")], []),
    # modality
    ("В МВД опровергли задержание журналиста.", "2022-03-14",
     [dict(type="arrest", patient="журналист", modality="denied")], []),
    ("Полиция не задерживала участников пикета.", "2022-03-14",
     [dict(type="arrest", modality="denied")], []),
    ("В пятницу полиция не стала задерживать участников пикета у здания парламента.", "2022-03-14",
     [dict(type="arrest", modality="denied", date="2022-03-11")], []),
    ("Оппозиция намерена провести митинг в Минске в следующую субботу.", "2022-03-14",
     [dict(type="protest", modality="planned", location="Минск")], []),
    ("По данным правозащитников, в Гомеле задержаны 15 человек.", "2022-03-14",
     [dict(type="arrest", modality="reported", location="Гомель")], []),
    # time: inherited by a cue, by the same actor, by a relative clause; publication date
    ("5 марта в Бишкеке прошел митинг у посольства России. Затем полиция задержала нескольких участников.",
     "2022-03-14",
     [dict(type="protest", location="Бишкек", date="2022-03-05", date_source="expression"),
      dict(type="arrest", agent="полиция", date="2022-03-05", date_source="inherited")], []),
    ("14 марта в Душанбе начались переговоры делегаций. На следующий день стороны подписали соглашение о границе.",
     "2022-03-20",
     [dict(type="meeting", location="Душанбе", date="2022-03-14"),
      dict(type="agreement", date="2022-03-15", date_source="inherited")], []),
    ("Блогер Азамат Исаков 7 марта прилетел в Бишкек. В аэропорту его задержали сотрудники ГКНБ.", "2022-03-14",
     [dict(type="travel", agent="Азамат Исаков", location="Бишкек", date="2022-03-07"),
      dict(type="arrest", patient="Азамат Исаков", agent="сотрудники ГКНБ", date="2022-03-07",
           date_source="inherited")], []),
    ("Журналист, который прилетел в Алматы 3 марта, был задержан в аэропорту.", "2022-03-14",
     [dict(type="travel", agent="журналист", location="Алматы", date="2022-03-03"),
      dict(type="arrest", patient="журналист")], []),
    ("Полиция задержала организатора акции.", "2022-03-15",
     [dict(type="arrest", patient="организатор акции", date="2022-03-15", date_precision="day",
           date_source="reported")], []),
    ("Полиция задержала организатора акции.", "2022-03",
     [dict(type="arrest", date="2022-03", date_precision="month", date_source="reported")], []),
    # coordination: one appeal, not two
    ("Президент Таджикистана обратился к ОДКБ и попросил помощи.", "2022-03-14",
     [dict(type="appeal", agent="президент Таджикистана", patient="ОДКБ", location="")], []),
]

# Sentences with no event at all: statements, generic event nouns, adjectival participles.
NO_EVENTS = [
    "Министр заявил, что ситуация в регионе остается стабильной.",
    "Депутаты обсудили законопроект о митингах и шествиях.",
    "Власти опасаются новых протестов.",
    "Задержанный блогер отказался от комментариев.",
    "Госдума приняла закон о санкциях.",
    "Глава ведомства рассказал журналистам о планах на год.",
]


def run(text: str, published: str):
    return extract_events(svodka.analyze(text, published=published))


def matches(event, want: dict) -> bool:
    return all(getattr(event, key) == value for key, value in want.items())


def show(doc) -> list[tuple]:
    return [(e.type, e.subtype, e.trigger, e.agent, e.patient, e.location, e.date, e.date_source, e.modality)
            for e in doc.events]


@pytest.mark.parametrize("text,published,wanted,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_events(text, published, wanted, absent):
    doc = run(text, published)
    for want in wanted:
        assert any(matches(e, want) for e in doc.events), (want, show(doc))
    assert not {e.type for e in doc.events} & set(absent), show(doc)
    for e in doc.events:
        assert doc.text[e.trigger_start:e.trigger_stop] == e.trigger
        assert e.sentence_start <= e.trigger_start < e.trigger_stop <= e.sentence_stop
        assert e.rule and e.trigger_lemma
        if e.date_source == "expression":
            assert doc.dates[e.date_ref].value == e.date


@pytest.mark.parametrize("text", NO_EVENTS)
def test_no_event(text):
    doc = run(text, "2022-03-14")
    assert doc.events == [], show(doc)


def test_coordinated_triggers_make_one_event():
    doc = run("Президент Таджикистана обратился к ОДКБ и попросил помощи.", "2022-03-14")
    assert [e.type for e in doc.events] == ["appeal"]


def test_entities_are_linked():
    doc = run("Президент Садыр Жапаров обратился к ООН с просьбой о гуманитарной помощи.", "2022-03-14")
    (event,) = doc.events
    assert doc.entities[event.agent_entity].name == "Садыр Жапаров"
    assert doc.entities[event.patient_entity].name == "ООН"
    assert event.location_entity == -1


def test_without_publication_date_an_undated_event_has_no_date():
    doc = run("Полиция задержала организатора акции.", None)
    (event,) = doc.events
    assert event.date is None and event.date_source == ""


def test_order_events_puts_dated_events_first_in_date_order():
    doc = run("Полиция задержала организатора акции. 5 марта в Бишкеке прошел митинг. "
              "3 марта в Оше прошел пикет.", "2022-03-14")
    ordered = order_events(doc.events)
    assert [e.date for e in ordered] == ["2022-03-03", "2022-03-05", "2022-03-14"]
    assert ordered[-1].date_source == "reported"


# --- the lexicon is data, and documented --------------------------------------------------------

def test_lexicon_types_are_declared_and_documented():
    lex = load_lexicon()
    used = {p.type for ps in lex.patterns.values() for p in ps}
    assert used <= set(lex.types)
    assert {"protest", "riot", "violence_against_civilians", "attack", "armed_clash", "arrest", "deployment",
            "appeal", "accusation", "legal_action", "diplomatic_protest", "sanction", "media_publication",
            "media_removal", "travel", "meeting", "agreement", "appointment", "resignation", "election"} <= used
    doc = (ROOT / "docs" / "EVENTS.md").read_text(encoding="utf-8")
    for name in lex.types:
        assert f"`{name}`" in doc, name


def test_data_files_have_no_duplicate_lines():
    for name in ("event_triggers.txt", "event_actors.txt", "event_modality.txt", "event_support.txt"):
        lines = read_lines(name)
        assert len(lines) == len(set(lines)), name


# --- grouping reports of one real event ----------------------------------------------------------

def ev(type_="protest", location="Алматы", date="2022-01-05", precision="day", article="a") -> dict:
    return {"type": type_, "location": location, "date": date, "date_precision": precision, "article": article}


GROUPS = [
    ("same type, place and day across articles", [ev(), ev(article="b")], [[0, 1]]),
    ("different types", [ev(), ev("arrest")], [[0], [1]]),
    ("different places", [ev(), ev(location="Бишкек")], [[0], [1]]),
    ("different days", [ev(), ev(date="2022-01-06")], [[0], [1]]),
    ("a month report inside a day", [ev(), ev(date="2022-01", precision="month", article="b")], [[0, 1]]),
    ("a month report outside the day", [ev(), ev(date="2022-02", precision="month")], [[0], [1]]),
    ("a year report inside", [ev(date="2022", precision="year"), ev()], [[0, 1]]),
    ("place spelled in another case and with ё", [ev(location="Алматы"), ev(location="алматы")], [[0, 1]]),
    ("no place, same day", [ev(location=""), ev()], [[0, 1]]),
    ("no place, month only", [ev(location="", date="2022-01", precision="month"), ev()], [[0], [1]]),
    ("no date joins nothing", [ev(date=None, precision=None), ev()], [[0], [1]]),
    ("a vague report fitting two days stays alone",
     [ev(), ev(date="2022-01-06"), ev(date="2022-01", precision="month")], [[0], [1], [2]]),
    ("a vague report fitting one day joins it",
     [ev(), ev(date="2022-02-06"), ev(date="2022-01", precision="month")], [[0, 2], [1]]),
    ("complete link: no chaining through a month",
     [ev(date="2022-01", precision="month"), ev(), ev(date="2022-01-07")], [[0], [1], [2]]),
]


@pytest.mark.parametrize("events,expected", [g[1:] for g in GROUPS], ids=[g[0] for g in GROUPS])
def test_group_events(events, expected):
    assert group_events(events) == expected


def test_dates_compatible_is_not_a_string_prefix_test():
    assert not dates_compatible(ev(date="2022-01-1", precision="day"), ev(date="2022-01-12"))


PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}
events_strategy = st.lists(st.builds(
    ev, type_=st.sampled_from(["protest", "arrest"]), location=st.sampled_from(["", "Алматы", "Ош"]),
    date=st.sampled_from(["2022-01-05", "2022-01-06", "2022-01", "2022"]), precision=st.just("day"),
    article=st.sampled_from("ab")).map(lambda e: {**e, "date_precision": PRECISION_BY_LENGTH[len(e["date"])]}),
    max_size=12)


@given(events_strategy)
def test_groups_partition_the_events_into_compatible_sets(events):
    groups = group_events(events)
    assert sorted(i for g in groups for i in g) == list(range(len(events)))
    for g in groups:
        assert all(same_event(events[a], events[b]) for a in g for b in g if a != b)


# --- the worked example (shared data, read at run time) ------------------------------------------

@pytest.mark.shared
def test_seed_events(seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    body = re.sub(r"^\s*date\s+\d{4}-\d{2}(-\d{2})?\s*", "", raw, count=1)
    doc = extract_events(svodka.analyze(body, published="2022-01"))
    events = order_events(doc.events)

    def find(**want):
        found = [e for e in events if matches(e, want)]
        assert found, (want, show(doc))
        return found[0]

    protest = find(type="protest", location="Казахстан", date="2022-01-02", date_source="expression")
    travel = find(type="travel", location="Алматы", date="2022-01-02")
    assert travel.agent == "Викрам Рузахунов" or "пианист" in travel.agent
    appeal = find(type="appeal", agent="Касым-Жомарт Токаев", patient="ОДКБ", date="2022-01-05")
    shooting = find(type="violence_against_civilians", subtype="shooting", agent="власти Казахстана",
                    patient="демонстранты", location="Алматы", date="2022-01-06", modality="happened")
    arrest = find(type="arrest", patient="Закир Юбуров", date="2022-01-07")
    assert arrest.date_source in ("expression", "inherited")
    dated = [protest, travel, appeal, shooting, arrest]
    positions = sorted(events.index(e) for e in dated)
    assert [events[p].date for p in positions] == sorted(e.date for e in dated)

    find(type="media_removal", agent="Qazaqstan")
    find(type="diplomatic_protest", agent="МИД", patient="Казахстан")
    find(type="legal_action", subtype="criminal_case_request", agent="Минюст")
    find(type="deployment", agent="ОДКБ", modality="planned")
    assert len([e for e in events if e.type == "deployment"]) == 2
    for e in events:
        assert e.date is not None and e.date_source in ("expression", "inherited", "reported")
        assert e.trigger_lemma.split()[0] not in ("заявить", "сообщить", "назвать")


# --- robustness on hand-made parses --------------------------------------------------------------

def hand_doc(heads: list[int]):
    from svodka.records import Article, Doc, Sentence, Token
    words = [("Полиция", "полиция", "NOUN", "nsubj"), ("задержала", "задержать", "VERB", "root"),
             ("активиста", "активист", "NOUN", "obj"), (".", ".", "PUNCT", "punct")]
    text = "Полиция задержала активиста."
    tokens, pos = [], 0
    for (word, lemma, tag, rel), head in zip(words, heads):
        start = text.index(word, pos)
        pos = start + len(word)
        tokens.append(Token(start, pos, word, lemma, tag, {"Case": "Nom"}, head, rel, 0))
    return Doc(article=Article(text=text, published="2022-03-14", published_precision="day"), text=text,
               sentences=[Sentence(0, len(text))], tokens=tokens)


@pytest.mark.parametrize("heads", [[1, -1, 1, 1], [1, 0, 1, 1], [1, 9, 1, 1]], ids=["tree", "cycle", "bad index"])
def test_hand_made_parses(heads):
    doc = extract_events(hand_doc(heads))
    assert [(e.type, e.trigger, e.date, e.date_source) for e in doc.events] == \
        [("arrest", "задержала", "2022-03-14", "reported")]


def test_empty_doc_has_no_events():
    from svodka.records import Article, Doc
    assert extract_events(Doc(article=Article(text="x"), text="x")).events == []


OCCURRENCES = [
    # text, published, (type, subtype, trigger, date)
    ("Композитор родился в Казани в 1948 году.", "2023-05-02", ("birth", "", "родился", "1948")),
    ("Концерт оркестра состоится 12 мая в филармонии.", "2023-05-02", ("other", "концерт", "Концерт", "2023-05-12")),
    ("В ночь на 19 декабря двое мужчин проникли на крышу вокзала.", "2023-12-20",
     ("other", "проникнуть", "проникли", "2023-12-19")),
    ("Он скончался 10 июня в возрасте 78 лет.", None, ("death", "", "скончался", None)),
]


@pytest.mark.parametrize("text, published, expected", OCCURRENCES, ids=[c[0][:30] for c in OCCURRENCES])
def test_dated_occurrences(text, published, expected):
    doc = extract_events(svodka.analyze(text, published=published))
    found = {(e.type, e.subtype, e.trigger, e.date) for e in doc.events}
    assert expected in found, found
    dated = [e for e in doc.events if e.trigger == expected[2]]
    assert dated[0].date_source == "expression" and dated[0].date_ref >= 0


def test_coordinated_verbs_share_a_date():
    doc = extract_events(svodka.analyze("28 апреля двое прохожих погибли, еще четверо были госпитализированы.",
                                        published="2023-05-02"))
    assert {e.trigger: e.date for e in doc.events}.get("госпитализированы") == "2023-04-28"


# Dated occurrences and time links: one case per rule of occurrences.py and event_time.py.
# (text, published, trigger, date, date_source)
TIME_LINKS = [
    # a date a typed event takes from its coordinated clause still dates its own verb
    ("25 мая бизнесмен сдался полиции и был задержан.", "2021-06-01", "сдался", "2021-05-25", "expression"),
    # a participle or relative clause of happening dates the noun it describes
    ("На состоявшемся 12 марта заседании совета депутаты утвердили бюджет города.", "2022-03-20",
     "заседании", "2022-03-12", "expression"),
    ("Второй тур выборов, который пройдет 14 апреля, решит судьбу кресла мэра.", "2023-04-01",
     "тур", "2023-04-14", "expression"),
    # compounds of listed event nouns; the subject of a verb of happening
    ("Авиакатастрофа 3 сентября унесла жизни семи человек.", "2023-09-10", "Авиакатастрофа", "2023-09-03",
     "expression"),
    ("Финал турнира пройдет 20 июня в Казани.", "2023-06-01", "Финал", "2023-06-20", "expression"),
    # an event noun under a dated word of saying, or under a frame noun
    ("23 апреля пресс-служба сообщила о госпитализации певца.", "2023-04-25", "госпитализации",
     "2023-04-23", "expression"),
    ("В 2015 году пианист принял участие в концерте памяти жертв войны.", "2016-01-01", "концерте", "2015",
     "expression"),
    ("Три человека погибли 5 мая в результате взрыва газа в жилом доме.", "2023-05-06", "взрыва",
     "2023-05-05", "expression"),
    ("Оппозиция подала уведомление о проведении митинга 26 апреля у здания мэрии.", "2023-05-01",
     "митинга", "2023-04-26", "expression"),
    # the object of a verb of doing
    ("В декабре 2015 года правительство ввело мораторий на выплаты по долгу.", "2016-01-01", "мораторий",
     "2015-12", "expression"),
    # a "когда" clause after the date; "Это произошло ..." pointing back
    ("Он проработал в компании до апреля 2009 года, когда ее купил крупный холдинг.", "2010-01-01",
     "купил", "2009-04", "expression"),
    ("Полицейские задержали двух подростков на крыше вокзала. Это произошло 19 декабря.", "2023-12-20",
     "задержали", "2023-12-19", "expression"),
    # "а в 2011 году ушел": each clause its own date, the nearest date on one verb
    ("24 февраля 2008 года он покинул все посты, а 19 апреля 2011 года ушёл с поста главы партии.",
     "2012-01-01", "ушёл", "2011-04-19", "expression"),
    ("Певец (в группе с 1984 года) родился 25 декабря 1958 года в Москве.", "2023-01-01", "родился",
     "1958-12-25", "expression"),
    # an event noun just before a date
    ("Свой реквием композитор посвятил жертвам забастовки докеров в 1970 году.", "2010-01-01",
     "забастовки", "1970", "expression"),
    # one remove: a dated adverbial participle, a word of saying with a plain object
    ("Потеряв в 1985 году пост, основатель ушел из компании.", "2000-01-01", "ушел", "1985", "expression"),
    ("В 1998 году музыкант написал мемуары о своей группе.", "2023-05-01", "написал", "1998", "expression"),
    # time cues: "Тогда", "На следующий день" (+1 day) inherit the last time spoken of
    ("В начале года в стране начались массовые беспорядки. Тогда погибли не менее ста человек.", "2023-12-01",
     "погибли", "2023", "inherited"),
    ("12 мая в центре города прошел митинг. На следующий день активистов вызвали в прокуратуру.", "2023-05-20",
     "вызвали", "2023-05-13", "inherited"),
]


@pytest.mark.parametrize("text,published,trigger,date,source", TIME_LINKS, ids=[c[2] for c in TIME_LINKS])
def test_time_links(text, published, trigger, date, source):
    doc = run(text, published)
    found = [e for e in doc.events if e.trigger.split()[0] == trigger]
    assert found, show(doc)
    event = found[0]
    assert (event.date, event.date_source) == (date, source), show(doc)
    assert 0 <= event.date_ref < len(doc.dates)
    if source == "expression":
        assert doc.dates[event.date_ref].value == date


# (text, published, words that must not be event triggers)
NOT_OCCURRENCES = [
    ("25 мая бизнесмен сдался полиции и был задержан.", "2021-06-01", {"полиции"}),
    ("Вечером 13 апреля мужчина ударил ножом прохожего. Об этом стало известно 14 апреля.", "2023-05-01",
     {"стало", "известно"}),
    ("В 2010 году суд Москвы оправдал бывшего чиновника.", "2011-01-01", {"суд"}),
    ("Полицейские задержали двух подростков на крыше вокзала. Это произошло 19 декабря.", "2023-12-20",
     {"произошло"}),
    ("На состоявшемся 12 марта заседании совета депутаты утвердили бюджет города.", "2022-03-20",
     {"состоявшемся"}),
]


@pytest.mark.parametrize("text,published,absent", NOT_OCCURRENCES, ids=[c[0][:30] for c in NOT_OCCURRENCES])
def test_not_occurrences(text, published, absent):
    doc = run(text, published)
    assert not {e.trigger for e in doc.events} & absent, show(doc)


def test_a_whereas_is_not_a_time_cue():
    doc = run("Митинг прошел 12 мая. Власти опасались протестов, тогда как оппозиция готовилась к выборам.",
              "2023-05-20")
    assert all(e.date_source != "inherited" for e in doc.events), show(doc)


EVENTIVE = [
    ("концерт", False, True), ("выбор", False, True), ("авиакатастрофа", False, True),
    ("рок-фестиваль", False, True), ("олимпиада-2016", True, True), ("госпитализация", False, True),
    ("полиция", False, False), ("решение", False, False), ("россия", True, False), ("стол", False, False),
]


@pytest.mark.parametrize("lemma,proper,expected", EVENTIVE)
def test_eventive(lemma, proper, expected):
    from svodka.extract.occurrences import eventive
    assert eventive(lemma, proper) is expected


CUES = [("Тогда погибли трое", ("тогда", 0)), ("На следующий день его отпустили", ("на следующий день", 1)),
        ("тогда как другие молчали", None), ("Через два дня", ("через два дня", 2)), ("Вчера", None)]


@pytest.mark.parametrize("text,expected", CUES)
def test_find_cue(text, expected):
    from svodka.extract.event_time import find_cue
    assert find_cue(text, load_lexicon().cues) == expected
