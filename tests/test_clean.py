"""Cleaning: boilerplate lines, glued headings, normalisation, offsets back to raw."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from svodka.clean import (HEADING, HEADING_BREAK, clean_article, clean_text, find_headings,
                          match_line, normal_form, normalize_text)
from svodka.clean.boilerplate import load_patterns
from svodka.clean.offsets import compose, delete_spans, map_offset
from svodka.records import Article, Doc

# --- glued headings ---------------------------------------------------------

# (text, headings that must be split off)
HEADING_CASES = [
    ("Суд продлил арест активиста. Реакция правозащитников По словам адвоката, решение обжалуют.",
     ["Реакция правозащитников"]),
    ("Митинг завершился без задержаний. Что известно о протестах Как сообщает местная пресса, акцию согласовали.",
     ["Что известно о протестах"]),
    ("Власти ввели режим ЧС. Последствия наводнения Эксперты оценивают ущерб в миллионы рублей.",
     ["Последствия наводнения"]),
    ("Переговоры продолжатся в среду. Позиция Москвы Ранее Кремль отверг это предложение.",
     ["Позиция Москвы"]),
    ("Цены на газ выросли вдвое. Протесты в Жанаозене Уже на следующий день жители вышли на площадь.",
     ["Протесты в Жанаозене"]),
    ("Итоги саммита Лидеры стран подписали совместную декларацию.", ["Итоги саммита"]),
    ("Трасса была закрыта до утра.\nПробки на въезде в город Это уже третий случай за месяц.",
     ["Пробки на въезде в город"]),
    ("Школы перешли на дистанционное обучение! Ситуация в регионах Однако в ряде сел занятия идут.",
     ["Ситуация в регионах"]),
    ("Задержанного отпустили. Жапаров и оппозиция Дело в том, что лидеры партий потребовали отставки. "
     "Митинг перенесли. Мнение экспертов На этот раз протест вряд ли будет массовым.",
     ["Жапаров и оппозиция", "Мнение экспертов"]),
    ("Переговоры завершились. Итоги встречи Что дальше Как пишет местная пресса, стороны довольны.",
     ["Итоги встречи", "Что дальше"]),
    # negatives: a proper name, a verb or a name cue follows the capitalised start
    ("Президент Садыр Жапаров провел совещание с министрами.", []),
    ("В Бишкеке прошел митинг у здания посольства.", []),
    ("Министр иностранных дел Руслан Казакбаев заявил о протесте.", []),
    ("Депутаты Государственной думы приняли закон в третьем чтении.", []),
    ("В понедельник Государственная дума рассмотрит поправки.", []),
    ("В 2022 году Президент подписал указ о помиловании.", []),
    ("По данным газеты Коммерсант сделка сорвалась.", []),
    ("Президент Макрон прибыл в Берлин с рабочим визитом.", []),
    ("Глава МИД Казахстана Мухтар Тлеуберди встретился с послом.", []),
    ("На телеканале «Новое время» интервью показали дважды.", []),
    ("Накануне вечером Министерство обороны сообщило о переброске войск.", []),
    ("Сотрудники Следственного комитета провели обыски в офисе.", []),
    ("Об этом рассказал Н. Иванов Дело передано в суд.", []),
    ("Протест начался утром. Жители Оша вышли на центральную площадь.", []),
    ("Суд отложил заседание. Адвокаты, однако, Настаивают на переносе.", []),
    ("Тори раскололись. Депутат-консерватор Питер Бон заявил, что план неприемлем.", []),
    # a surname the dictionary reads as a short adjective ("мерный"), after a first name
    ("Проект одобрен. В начале мая глава концерна Марио Мерен сообщил, что стройка продолжится.", []),
    ("Рынок открыт. В своем решении Европейская Комиссия отмечает, что цены растут.", []),
]


@pytest.mark.parametrize("text,expected", HEADING_CASES, ids=[c[0][:40] for c in HEADING_CASES])
def test_glued_headings(text, expected):
    assert [text[a:b] for a, b in find_headings(text)] == expected


@pytest.mark.parametrize("text,expected", [c for c in HEADING_CASES if c[1]], ids=lambda v: str(v)[:30])
def test_heading_split_onto_its_own_line(text, expected):
    clean, _, removed = clean_text(text)
    assert len(clean) == len(text)
    lines = clean.split("\n")
    for heading in expected:
        assert heading in lines
    assert [r.text for r in removed if r.reason == HEADING] == expected
    breaks = [r.start for r in removed if r.reason == HEADING_BREAK]
    assert breaks == sorted(set(breaks))
    assert all(text[i] == " " and clean[i] == "\n" for i in breaks)
    assert [i for i, (a, b) in enumerate(zip(text, clean)) if a != b] == breaks


# --- boilerplate ------------------------------------------------------------

BOILERPLATE_LINES = [
    ("Facebook Notice for EU! You need to login to view and post FB Comments!", "social-login"),
    ("Чтобы оставить комментарий, войдите через ВКонтакте или Google", "social-login"),
    ("Please log in with your VK account to leave comments", "social-login"),
    ("Читайте также: Власти отключили мобильный интернет", "read-also"),
    ("Смотрите также:", "read-also"),
    ("Подписывайтесь на наш канал в Telegram", "subscribe"),
    ("Следите за новостями региона в Дзен", "subscribe"),
    ("Мы используем файлы cookie, чтобы сайт работал лучше.", "cookies"),
    ("This website uses cookies to improve your experience.", "cookies"),
    ("Поделиться", "share"),
    ("ВКонтакте Одноклассники Telegram WhatsApp", "share"),
    ("Фото: Иван Петров / ТАСС", "photo-credit"),
    ("Источник фото: пресс-служба МВД", "photo-credit"),
    ("Реклама", "advert"),
    ("© 2022 Информационное агентство. Все права защищены.", "copyright"),
    ("Все права защищены.", "copyright"),
    ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "report-error"),
    ("Комментарии (3)", "comments"),
    ("Теги: протесты, Алматы, ОДКБ", "tags"),
]

BODY_LINES = [
    "Пользователи Facebook не могли войти в свои аккаунты несколько часов.",
    "Роскомнадзор потребовал от сайтов отказаться от файлов cookie.",
    "Фото-выставка открылась в Бишкеке в понедельник.",
    "Видео — главный формат года, считают эксперты.",
    "Реклама алкоголя запрещена с 2023 года.",
    "Поделиться впечатлениями пришли десятки зрителей.",
    "По теме переговоров стороны так и не договорились.",
    "«Подписывайтесь на мой канал», — призвал блогер своих зрителей.",
    "Источник в правительстве сообщил, что решение уже принято.",
    "Комментарии министерства пока не поступили.",
    "Все права защищены законом, напомнил юрист.",
    "Пользователи не могли войти в Facebook и оставить комментарии до вечера.",
]


@pytest.mark.parametrize("line,rule", BOILERPLATE_LINES, ids=[c[0][:30] for c in BOILERPLATE_LINES])
def test_boilerplate_line_removed(line, rule):
    assert match_line(line) == rule
    body = "Митинг у здания акимата прошёл мирно.\n"
    raw = body + line + "\nВечером участники разошлись."
    clean, _, removed = clean_text(raw)
    assert clean == body + "Вечером участники разошлись."
    assert [(r.reason, r.text) for r in removed] == [("boilerplate:" + rule, line + "\n")]


def test_every_boilerplate_rule_has_a_case():
    _, rules = load_patterns()
    assert set(rules) == {rule for _, rule in BOILERPLATE_LINES}


@pytest.mark.parametrize("line", BODY_LINES, ids=[c[:30] for c in BODY_LINES])
def test_article_sentence_kept(line):
    raw = "Вступление к новости.\n" + line + "\nКонец новости."
    assert match_line(line) is None
    assert clean_text(raw)[0] == raw


def test_boilerplate_inside_paragraph_is_kept():
    raw = "Министр сказал, что «все права защищены законом», и ушёл. Поделиться мнением он отказался."
    assert clean_text(raw) == (raw, clean_text(raw)[1], [])


def test_last_boilerplate_line_takes_the_break_before_it():
    raw = "Колонна техники двинулась к границе.\n\nПоделиться: ВКонтакте Telegram"
    clean, segments, removed = clean_text(raw)
    assert clean == "Колонна техники двинулась к границе.\n"
    assert removed[0].text == "\nПоделиться: ВКонтакте Telegram"
    assert raw[removed[0].start:removed[0].stop] == removed[0].text


# --- normalisation ----------------------------------------------------------

NORMALIZE_CASES = [
    ("5\u00a0января", "5 января", ["normalize:space"]),
    ("строка\r\nдругая", "строка\nдругая", ["normalize:crlf"]),
    ("строка\rдругая", "строка\nдругая", ["normalize:cr"]),
    ("пере\u00adговоры", "переговоры", ["normalize:soft-hyphen"]),
    ("Бишкек\u200b", "Бишкек", ["normalize:zero-width"]),
    ("два\tслова", "два слова", ["normalize:tab"]),
    ("«Кавычки» — тире – и \"прямые\"", "«Кавычки» — тире – и \"прямые\"", []),
    ("\n\n\n\nабзац", "\n\n\n\nабзац", []),
    ("a\u00a0\u00a0\u2009b", "a   b", ["normalize:space"]),
]


@pytest.mark.parametrize("raw,expected,reasons", NORMALIZE_CASES, ids=[repr(c[0])[:20] for c in NORMALIZE_CASES])
def test_normalize(raw, expected, reasons):
    clean, segments, removed = normalize_text(raw)
    assert clean == expected
    assert [r.reason for r in removed] == reasons
    for r in removed:
        assert raw[r.start:r.stop] == r.text


def test_normalized_chars_map_to_their_source():
    raw = "Акция\u00a0прошла\r\nв\u00adчетверг\u200b, а\rвечером\tвсе разошлись."
    text, segments, removed = clean_text(raw)
    doc = Doc(article=Article(raw), text=text, segments=segments, removed=removed)
    assert text == "Акция прошла\nвчетверг, а\nвечером все разошлись."
    for i, ch in enumerate(text):
        j = doc.to_raw(i)
        assert ch == raw[j] or ch == normal_form(raw[j])


# --- offsets ----------------------------------------------------------------

def test_delete_and_compose_offsets():
    text = "0123456789"
    mid, inner = delete_spans(text, [(2, 4), (7, 8)])
    assert mid == "0145689"
    final, outer = delete_spans(mid, [(0, 1), (3, 5)])
    assert final == "1489"
    both = compose(outer, inner)
    assert both == [(0, 1, 1), (1, 4, 1), (2, 8, 2)]
    assert [text[map_offset(both, i)] for i in range(len(final))] == list(final)


def test_clean_article_gives_a_doc_that_round_trips():
    raw = "Жители вышли\u00a0на площадь.\r\nЧитайте также: другие новости\r\nВечером акция закончилась."
    doc = clean_article(Article(raw, source="test.txt"))
    assert doc.text == "Жители вышли на площадь.\nВечером акция закончилась."
    assert doc.article.text == raw
    again = Doc.from_json(doc.as_json())
    assert again.segments == doc.segments and again.removed == doc.removed
    start = doc.text.index("Вечером")
    assert raw[doc.to_raw(start):].startswith("Вечером")


# --- the seed article -------------------------------------------------------

@pytest.mark.shared
def test_seed_article(seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    raw = re.sub(r"^\s*date \d{4}-\d{2} ", "", raw, count=1)
    doc = clean_article(Article(raw, format="dated"))
    headings = [r for r in doc.removed if r.reason == HEADING]
    assert len(headings) == 2
    for h in headings:
        assert h.text in doc.text.split("\n")
    last_line = raw.rstrip("\n").rsplit("\n", 1)[-1]
    bp = [r for r in doc.removed if r.reason.startswith("boilerplate:")]
    assert len(bp) == 1 and last_line in bp[0].text
    assert "Facebook" not in doc.text
    assert_maps_back(raw, doc)


# --- properties -------------------------------------------------------------

WORDS = ["протесты", "в", "Казахстане", "Дело", "На", "власти", "Итоги", "заявил", "Бишкек",
         "переговоры", "Токаев", "и", "по", "словам", "министра", "Ошибка", "спецслужб", "Как"]
PIECES = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from([" ", " ", ". ", "\u00a0", "\u00ad", "\r\n", "\n", "\t", "\u200b", "\r", ", "]),
    st.sampled_from([line for line, _ in BOILERPLATE_LINES]).map(lambda s: "\n" + s + "\n"),
    st.sampled_from([". Итоги переговоров Дело в том ", ". Протесты в регионах На площади ",
                     "\nОшибка спецслужб Как пишут ", ". Итоги встречи Что дальше Как пишут "]),
)


def assert_maps_back(raw: str, doc: Doc) -> None:
    """Every clean char maps to an equal raw char, or to one a normalize rule changed."""
    changed = set()
    for r in doc.removed:
        assert raw[r.start:r.stop] == r.text
        if r.reason.startswith("normalize:"):
            changed.update(range(r.start, r.stop))
    for i, ch in enumerate(doc.text):
        j = doc.to_raw(i)
        assert ch == raw[j] or (j in changed and ch in (normal_form(raw[j]), "\n")), (i, j)
    segments = [(s.clean, s.raw, s.length) for s in doc.segments]
    for (c1, r1, n1), (c2, r2, n2) in zip(segments, segments[1:]):
        assert c1 + n1 == c2 and r1 + n1 <= r2
    assert sum(s[2] for s in segments) == len(doc.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map("".join))
def test_clean_maps_back_and_is_idempotent(raw):
    text, segments, removed = clean_text(raw)
    doc = Doc(article=Article(raw or "x"), text=text, segments=segments, removed=removed)
    assert_maps_back(raw, doc)
    kept = {s.raw + k for s in segments for k in range(s.length)}
    dropped = {j for r in removed if not r.reason.startswith(("heading", "normalize:heading"))
               for j in range(r.start, r.stop)}
    assert kept | dropped >= set(range(len(raw)))
    assert not re.search("[\u00a0\u00ad\u200b\r\t]", text)
    again = clean_text(text)
    assert again[0] == text and again[2] == []
