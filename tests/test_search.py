"""Lemma search: any word form finds every form; snippets are surface text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from svodka.errors import UsageError
from svodka.store.search import find_match, index_terms, lemmatize_for_search, make_snippet
from test_store import PIANIST, TOKAYEV, db_url, make_doc, pg_server, pg_url, store  # noqa: F401

# (query, text it must be found in): surnames and places in several cases, phrases
FINDS = [
    ("Токаеву", "Президент Токаев подписал указ."),
    ("Токаев", "Журналисты направили вопросы Токаеву."),
    ("Токаевым", "Встреча с Токаевой не состоялась."),
    ("Токаева", "Переговоры с Токаевым продлились час."),
    ("Алматы", "В Алматы отключили мобильный интернет."),
    ("Бишкеке", "Митинг в Бишкек перенесли на субботу."),
    ("Бишкек", "Пресс-конференция прошла в Бишкеке."),
    ("Жапарова", "Садыр Жапаров провёл совещание."),
    ("Жапаров", "Указ Жапарова опубликован вечером."),
    ("Пашиняну", "Никол Пашинян прибыл в Москву."),
    ("Пашинян", "Вопрос задали Пашиняну на брифинге."),
    ("Зеленским", "Зеленский выступил перед депутатами."),
    ("Москва", "Делегация прилетела в Москву утром."),
    ("Кремль", "В Кремле отказались от комментариев."),
    ("задержанного пианиста", "Родные задержанного пианиста пришли к зданию суда."),
    ("задержанного пианиста", "Задержанный пианист вышел на свободу."),
    ("задержанный пианист", "Адвокат встретился с задержанным пианистом."),
    ("отца", "Его отец работал в порту."),
    ("людей", "На площади собрался один человек."),
    ("Facebook", "Ссылку опубликовали в facebook."),
    ("ёлка", "На площади поставили елку."),
]

MISSES = [
    ("Токаев", "Самолёт вылетел в Токио."),
    ("пианиста задержанного", "Родные задержанного пианиста пришли к зданию суда."),
    ("задержанного пианиста", "Задержанного вчера скрипача отпустили, пианист остался дома."),
    ("Бишкек", "Жители Ташкента вышли на субботник."),
]


@pytest.mark.parametrize("query, text", FINDS)
def test_word_forms_meet(query, text):
    assert find_match(index_terms(text), index_terms(query)) is not None


@pytest.mark.parametrize("query, text", MISSES)
def test_other_words_do_not_meet(query, text):
    assert find_match(index_terms(text), index_terms(query)) is None


def test_lemmatize_for_search_gives_lemmas_and_surface_spans():
    text = "Задержанного пианиста отпустили."
    lemmas, spans = lemmatize_for_search(text)
    assert lemmas.split() == ["задержать", "пианист", "отпустить"]
    assert [text[a:b] for a, b in spans] == ["Задержанного", "пианиста", "отпустили"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЯ Ёqz1-_.,\n«»\"'"), max_size=80))
def test_spans_cover_each_word_once(text):
    lemmas, spans = lemmatize_for_search(text)
    assert len(lemmas.split()) == len(spans)
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:] + [(len(text), 0)]))
    assert all(text[a:b].isalnum() for a, b in spans)
    assert " ".join(text[a:b] for a, b in spans) == " ".join("".join(
        c if c.isalnum() else " " for c in text).split())


def test_snippet_marks_surface_match_and_cuts_at_words():
    text = " ".join(["Жители города долго ждали новостей."] * 6) + " Вечером Токаеву доложили обстановку. " \
        + " ".join(["Улицы постепенно опустели к ночи."] * 6)
    terms = index_terms(text)
    snippet = make_snippet(text, terms.spans, find_match(terms, index_terms("Токаев")))
    assert "«Токаеву»" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) <= 170
    inner = snippet.strip("…").replace("«", "").replace("»", "")
    assert inner in text and inner.split()[0] in text.split() and inner.split()[-1] in text.split()

# --- in the database, SQLite and PostgreSQL ---


def test_search_finds_other_forms(store):
    store.save_doc(TOKAYEV)
    store.save_doc(PIANIST)
    hits = store.search("Токаеву")
    assert {h["id"] for h in hits} == {TOKAYEV.id, PIANIST.id}
    assert all("«Токаев" in h["snippet"] for h in hits)
    assert hits[0]["score"] >= hits[-1]["score"]


def test_search_phrase_returns_surface_snippet(store):
    store.save_doc(TOKAYEV)
    store.save_doc(PIANIST)
    [hit] = store.search("задержанный пианист")
    assert hit["id"] == PIANIST.id
    assert "коллеги «задержанного пианиста» вышли" in hit["snippet"]
    assert store.search("пианист задержанный") == []


def test_search_sees_clean_text_only(store):
    store.save_doc(TOKAYEV)     # its raw text starts with "Поделиться в Facebook"
    assert store.search("Facebook") == []
    assert store.search("поделиться") == []


@pytest.mark.parametrize("query, found", [
    ('"Токаев', True), ("Токаев*", True), ("Токаев:", True), ("(Токаев)", True),
    ("Токаев OR", False), ("NEAR(Токаев)", False), ("Токаев AND пианист", False),
])
def test_search_operators_are_plain_words(store, query, found):
    store.save_doc(TOKAYEV)
    assert [h["id"] for h in store.search(query)] == ([TOKAYEV.id] if found else [])


def test_search_limit_and_empty_query(store):
    for n in range(3):
        store.save_doc(make_doc(f"Сводка номер {n}: в Бишкеке прошёл митинг у здания парламента."))
    assert len(store.search("Бишкек", limit=2)) == 2
    with pytest.raises(UsageError, match="no words"):
        store.search(" -- ")


def test_snippet_without_a_located_match_is_the_opening():
    text = "Совет безопасности собрался на внеочередное заседание. " * 5
    snippet = make_snippet(text, index_terms(text).spans, None)
    assert snippet.startswith("Совет безопасности") and snippet.endswith("…")
    assert len(snippet) <= 161 and "«" not in snippet
