"""Date expressions: what is found and how it resolves (cases as data).

Publication dates used below: 2022-01-15 is a Saturday; 2022-01-10 a Monday.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from svodka.extract.dates import extract_dates, find_dates
from svodka.extract.dates_rules import load_lexicon
from svodka.records import Article, DateRef, Doc

SAT = "2022-01-15"

# (sentence, published, expected [(text, value, precision)])
CASES = [
    # day and month, no year: the latest one at or before publication
    ("Переговоры прошли 12 января в Женеве.", SAT, [("12 января", "2022-01-12", "day")]),
    ("Выборы в парламент прошли 20 декабря.", SAT, [("20 декабря", "2021-12-20", "day")]),
    ("Митинг на площади прошел 10 января.", "2022-01-09", [("10 января", "2021-01-10", "day")]),
    ("Ордер выдали 7 Января.", SAT, [("7 Января", "2022-01-07", "day")]),
    # ... unless the clause speaks of the future
    ("Митинг на площади пройдет 10 января.", "2022-01-09", [("10 января", "2022-01-10", "day")]),
    ("Визит министра запланирован на 3 января.", SAT, [("3 января", "2023-01-03", "day")]),
    ("Суд огласит приговор 20 декабря.", SAT, [("20 декабря", "2022-12-20", "day")]),
    # an explicit year always wins
    ("Саммит состоится 21 января 2021 года.", SAT, [("21 января 2021 года", "2021-01-21", "day")]),
    ("Указ подписан 1 февраля 2022 г. в Кремле.", SAT, [("1 февраля 2022 г.", "2022-02-01", "day")]),
    ("Документ датирован 01.02.2022 и опубликован.", SAT, [("01.02.2022", "2022-02-01", "day")]),
    ("Отчет от 2021-03-05 лежит на сайте.", SAT, [("2021-03-05", "2021-03-05", "day")]),
    # ranges: the first day
    ("Форум проходил 25-26 июля в Казани.", SAT, [("25-26 июля", "2021-07-25", "day")]),
    ("Учения шли 25–26 июля 2019 года.", SAT, [("25–26 июля 2019 года", "2019-07-25", "day")]),
    ("Выставка работала с 2 по 5 января.", SAT, [("с 2 по 5 января", "2022-01-02", "day")]),
    ("Мораторий действовал с 25 декабря по 5 января 2021 года.", SAT,
     [("25 декабря", "2020-12-25", "day"), ("5 января 2021 года", "2021-01-05", "day")]),
    ("Праймериз шли с февраля по июнь 2016 года.", SAT,
     [("февраля", "2016-02", "month"), ("июнь 2016 года", "2016-06", "month")]),
    ("Третьего января границу закрыли.", SAT, [("Третьего января", "2022-01-03", "day")]),
    # months and years
    ("Цены на хлеб выросли в январе.", SAT, [("в январе", "2022-01", "month")]),
    ("Завод закрыли в марте.", SAT, [("в марте", "2021-03", "month")]),
    ("Завод откроют в марте.", SAT, [("в марте", "2022-03", "month")]),
    ("Закон приняли в январе 2020 года.", SAT, [("в январе 2020 года", "2020-01", "month")]),
    ("Закон приняли в декабре прошлого года.", SAT, [("в декабре прошлого года", "2021-12", "month")]),
    ("Компанию основали в 2018 году.", SAT, [("в 2018 году", "2018", "year")]),
    ("2018 год стал для отрасли рекордным.", SAT, [("2018 год", "2018", "year")]),
    ("Стройка велась в 2018-2019 годах.", SAT, [("в 2018-2019 годах", "2018", "year")]),
    ("Его осудили в 2010 г. в Лахоре.", SAT, [("в 2010 г.", "2010", "year")]),
    # parts and seasons
    ("Морозы ударили в начале января.", SAT, [("в начале января", "2022-01", "approx")]),
    ("Сделку закрыли в конце декабря.", SAT, [("в конце декабря", "2021-12", "approx")]),
    ("Проект запустили в начале 2017 года.", SAT, [("в начале 2017 года", "2017", "approx")]),
    ("Трубу достроят к концу нынешнего года.", SAT, [("концу нынешнего года", "2022", "approx")]),
    ("Протесты начались весной 2021 года.", SAT, [("весной 2021 года", "2021", "approx")]),
    ("Фестиваль отменили прошлым летом.", SAT, [("прошлым летом", "2021", "approx")]),
    # relative days
    ("Вчера министр провел совещание.", SAT, [("Вчера", "2022-01-14", "day")]),
    ("Об этом сегодня сообщила пресс-служба.", SAT, [("сегодня", "2022-01-15", "day")]),
    ("Завтра откроется выставка.", SAT, [("Завтра", "2022-01-16", "day")]),
    ("Позавчера в городе отключили свет.", SAT, [("Позавчера", "2022-01-13", "day")]),
    ("Накануне глава МИД заявил о протесте.", SAT, [("Накануне", "2022-01-14", "day")]),
    ("Три дня назад ведомство опровергло слухи.", SAT, [("Три дня назад", "2022-01-12", "day")]),
    ("Неделю назад мэр ушел в отставку.", SAT, [("Неделю назад", "2022-01-08", "day")]),
    # weekdays: the latest at or before publication, a Saturday
    ("В понедельник министр провел встречу.", SAT, [("В понедельник", "2022-01-10", "day")]),
    ("Депутаты во вторник приняли закон.", SAT, [("во вторник", "2022-01-11", "day")]),
    ("Апелляционный суд в среду смягчил наказание.", SAT, [("в среду", "2022-01-12", "day")]),
    ("Акция прошла в пятницу.", SAT, [("в пятницу", "2022-01-14", "day")]),
    ("Задержания начались в субботу.", SAT, [("в субботу", "2022-01-15", "day")]),
    ("Митинг состоялся в воскресенье.", SAT, [("в воскресенье", "2022-01-09", "day")]),
    ("В понедельник пройдет заседание правительства.", SAT, [("В понедельник", "2022-01-17", "day")]),
    ("Заявление сделали в прошлый четверг.", SAT, [("в прошлый четверг", "2022-01-06", "day")]),
    ("Переговоры начнутся в следующий вторник.", SAT, [("в следующий вторник", "2022-01-18", "day")]),
    ("Пожар на складе начался вечером среды.", SAT, [("среды", "2022-01-12", "day")]),
    # weekday beside an explicit date: one expression, the date wins
    ("Совет собрался в четверг, 13 января, в столице.", SAT, [("в четверг, 13 января", "2022-01-13", "day")]),
    ("Указ вступил в силу 10 января, в понедельник.", SAT,
     [("10 января, в понедельник", "2022-01-10", "day")]),
    ("Сегодня, 15 января, открылся форум.", SAT, [("Сегодня, 15 января", "2022-01-15", "day")]),
    # the weekday picks the year: 10 January is a Monday in 2022, not in 2021
    ("Сессия открылась в понедельник, 10 января.", "2022-01-05",
     [("в понедельник, 10 января", "2022-01-10", "day")]),
    # weeks, months, years relative to publication
    ("На прошлой неделе цены выросли.", SAT, [("На прошлой неделе", "2022-01-03", "week")]),
    ("Решение примут на этой неделе.", SAT, [("на этой неделе", "2022-01-10", "week")]),
    ("Переговоры продолжатся на следующей неделе.", SAT, [("на следующей неделе", "2022-01-17", "week")]),
    ("Инфляция ускорилась в прошлом месяце.", SAT, [("в прошлом месяце", "2021-12", "month")]),
    ("Экспорт вырос в прошлом году.", SAT, [("в прошлом году", "2021", "year")]),
    ("В этом году выборов не будет.", SAT, [("В этом году", "2022", "year")]),
    ("Реформу начнут в следующем году.", SAT, [("в следующем году", "2023", "year")]),
    # publication date known to the month only (as the seed's "date 2022-01")
    ("Протесты начались 2 января.", "2022-01", [("2 января", "2022-01-02", "day")]),
    ("Сделку подписали 15 марта.", "2022-01", [("15 марта", "2021-03-15", "day")]),
    ("Форум пройдет 15 марта.", "2022-01", [("15 марта", "2022-03-15", "day")]),
    ("Цены выросли в декабре.", "2022-01", [("в декабре", "2021-12", "month")]),
    ("Вчера в понедельник задержали троих.", "2022-01",
     [("Вчера", None, "day"), ("в понедельник", None, "day")]),
    ("Импорт упал в прошлом месяце и в прошлом году.", "2022-01",
     [("в прошлом месяце", "2021-12", "month"), ("в прошлом году", "2021", "year")]),
    ("На прошлой неделе сменился министр.", "2022-01", [("На прошлой неделе", None, "week")]),
    # publication year only
    ("Протесты начались 2 января.", "2022", [("2 января", "2022-01-02", "day")]),
    # no publication date
    ("Протесты начались 2 января 2022 года.", None, [("2 января 2022 года", "2022-01-02", "day")]),
    ("Протесты начались 2 января.", None, [("2 января", None, "day")]),
    ("Вчера в январе протестовали.", None, [("Вчера", None, "day"), ("в январе", None, "month")]),
    ("Экспорт вырос в прошлом году.", None, [("в прошлом году", None, "year")]),
    ("Закон приняли в 2019 году.", None, [("в 2019 году", "2019", "year")]),
    # not dates
    ("В 10:00 на площадь вышли 150 человек.", SAT, []),
    ("Он два года работал в Москве, а потом полтора года в Алматы.", SAT, []),
    ("В течение трех дней шли переговоры.", SAT, []),
    ("Задержан 45-летний житель города.", SAT, []),
    ("Отряд из 150 человек, 8 единиц техники и 11 автомобилей.", SAT, []),
    ("Марта Иванова возглавила комитет.", SAT, []),
    ("Министр охраны окружающей среды подал в отставку.", SAT, []),
    ("Фермера отпустили через пять лет заключения.", SAT, []),
    ("Несколько лет назад суд пересмотрел дело.", SAT, []),
    ("Бюджет на 2000 человек утвердили.", SAT, []),
    ("Это началось в 1990-х годах.", SAT, []),
    ("Протесты вспыхнули накануне выборов.", SAT, []),
    ("Об этом написал журнал «Культура сегодня».", SAT, []),
    ("Число 31 февраля не существует.", SAT, []),
]


@pytest.mark.parametrize("text, published, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_find_dates(text, published, expected):
    found = [(d.text, d.value, d.precision) for d in find_dates(text, published)]
    assert found == expected


@pytest.mark.parametrize("text, published, resolved, rule", [
    ("Саммит прошел 21 января 2021 года.", SAT, "absolute", "day_month"),
    ("Саммит прошел 21 января.", SAT, "relative", "day_month"),
    ("Саммит прошел 21 января.", None, "unresolved", "day_month"),
    ("Мораторий длился с 25 декабря по 5 января 2021 года.", SAT, "inherited", "day_month"),
    ("Совет собрался в четверг, 13 января.", SAT, "relative", "weekday+day_month"),
    ("Вчера выпал снег.", SAT, "relative", "relword"),
    ("В 2019 году выпал снег.", None, "absolute", "year"),
])
def test_resolved_and_rule(text, published, resolved, rule):
    first = find_dates(text, published)[0]
    assert (first.resolved, first.rule) == (resolved, rule)


def test_spans_point_into_the_text():
    text = "Вчера, 14 января, в Бишкеке прошел митинг; в прошлом году их было меньше."
    for ref in find_dates(text, SAT, "day"):
        assert text[ref.start:ref.stop] == ref.text


def test_precision_argument_caps_the_publication_date():
    assert find_dates("Вчера выпал снег.", "2022-01-15", "month")[0].value is None
    assert find_dates("Вчера выпал снег.", "2022-01-15", "day")[0].value == "2022-01-14"


def test_unparsable_publication_date_leaves_relative_dates_unresolved():
    (ref,) = find_dates("Вчера выпал снег.", "не дата", None)
    assert (ref.value, ref.resolved) == (None, "unresolved")


def test_extract_dates_reads_the_article_date():
    art = Article(text="x", published="2022-01", published_precision="month")
    doc = extract_dates(Doc(article=art, text="Протесты начались 2 января, а 5 января ввели войска."))
    assert [d.value for d in doc.dates] == ["2022-01-02", "2022-01-05"]
    assert DateRef.from_json(doc.dates[0].as_json()).value == "2022-01-02"


def test_every_month_form_is_read():
    lex = load_lexicon()
    assert len(set(lex.months.values())) == 12 and len(set(lex.weekdays.values())) == 7
    for form, month in lex.months_gen.items():
        (ref,) = find_dates(f"Это случилось 3 {form} 2020 года.", None)
        assert ref.value == f"2020-{month:02d}-03"


DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@given(DAYS)
def test_explicit_dates_resolve_to_themselves(day):
    gen = {m: f for f, m in load_lexicon().months_gen.items() if f.endswith(("я", "а"))}
    text = f"Событие произошло {day.day} {gen[day.month]} {day.year} года."
    (ref,) = find_dates(text, None)
    assert (ref.value, ref.precision, ref.resolved) == (day.isoformat(), "day", "absolute")


@given(DAYS, st.integers(min_value=0, max_value=364))
def test_yearless_past_date_is_within_the_year_before_publication(pub, back):
    day = pub - dt.timedelta(days=back)
    if (day.month, day.day) == (2, 29):
        return
    gen = {m: f for f, m in load_lexicon().months_gen.items() if f.endswith(("я", "а"))}
    (ref,) = find_dates(f"Митинг прошел {day.day} {gen[day.month]}.", pub.isoformat())
    assert ref.value == day.isoformat()


@pytest.mark.shared
def test_seed_dates(seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    header = "date 2022-01 "
    text = raw[raw.index(header) + len(header):]
    refs = find_dates(text, "2022-01", "month")
    assert {(r.value, r.precision) for r in refs} == {
        ("2022-01-02", "day"), ("2022-01-05", "day"), ("2022-01-06", "day"), ("2022-01-07", "day")}
    assert all(r.text.endswith("января") for r in refs)
    assert not any(w in r.text for r in refs for w in ("человек", "единиц", "года"))


def test_obligation_modal_puts_a_date_in_the_future():
    (ref,) = find_dates("Переговоры рабочих групп должны продолжиться 15 ноября.", "2022-11-08", "day")
    assert ref.value == "2022-11-15"
