"""Metrics and scorers with known answers, on gold and system output built by hand."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from svodka.eval.entities import attributes_match, count_entities
from svodka.eval.found import Found, FoundEntity, SystemDoc
from svodka.eval.gold import GoldDoc, GoldEntity, normal_text, outermost
from svodka.eval.metrics import (Accuracy, Counts, count_exact, count_relaxed, count_sets,
                                 count_tokens, tag_tokens, tokenize)
from svodka.eval.ner import score_ner
from svodka.eval.norm import find_mention, score_bsnlp_norm, score_factru_norm, system_base
from svodka.eval.systems import adapt_svodka
from svodka.records import Article, Doc, Entity, Failure, Mention, Segment

TEXT = "Мэр Казани Ильсур Метшин открыл мост."


def span(text: str, piece: str, type: str) -> tuple[int, int, str]:
    start = text.index(piece)
    return start, start + len(piece), type


def found(text: str, piece: str, type: str, normal: str = "", entity: int = -1) -> Found:
    start, stop, _ = span(text, piece, type)
    return Found(start, stop, type, piece, normal or piece, entity=entity)


# ---------------------------------------------------------------- counts

@pytest.mark.parametrize("counts, p, r, f1", [
    (Counts(0, 0, 0), 0.0, 0.0, 0.0),
    (Counts(0, 3, 0), 0.0, 0.0, 0.0),
    (Counts(1, 2, 4), 0.5, 0.25, 1 / 3),
    (Counts(3, 3, 3), 1.0, 1.0, 1.0),
])
def test_counts_give_precision_recall_f1(counts, p, r, f1):
    assert (counts.p, counts.r) == (p, r)
    assert counts.f1 == pytest.approx(f1)


def test_counts_add_and_accuracy():
    total = Counts(1, 2, 3).add(Counts(2, 2, 2))
    assert (total.tp, total.pred, total.gold) == (3, 4, 5)
    acc = Accuracy()
    for ok in (True, False, True, True):
        acc.add(ok)
    assert acc.as_json() == {"accuracy": 0.75, "n": 4, "right": 3}
    assert Accuracy().value == 0.0


GOLD = [span(TEXT, "Казани", "LOC"), span(TEXT, "Ильсур Метшин", "PER")]
PRED = [span(TEXT, "Мэр Казани", "ORG"), span(TEXT, "Казани", "LOC"), span(TEXT, "Метшин", "PER")]


@pytest.mark.parametrize("type, exact, tokens", [
    ("PER", (0, 1, 1), (1, 1, 2)),
    ("LOC", (1, 1, 1), (1, 1, 1)),
    ("ORG", (0, 1, 0), (0, 2, 0)),
])
def test_exact_and_token_counts(type, exact, tokens):
    e = count_exact(GOLD, PRED, type)
    t = count_tokens(TEXT, GOLD, PRED, type)
    assert (e.tp, e.pred, e.gold) == exact
    assert (t.tp, t.pred, t.gold) == tokens


@pytest.mark.parametrize("spans, expected", [
    ([(11, 24)], {2, 3}),            # Ильсур Метшин
    ([(14, 24)], {3}),               # starts inside a token: naeval tags from the next token
    ([(11, 17), (11, 24)], {2, 3}),  # overlapping spans: their union
    ([], set()),
])
def test_tag_tokens_by_token_start(spans, expected):
    assert tag_tokens(tokenize(TEXT), spans) == expected


def test_duplicate_predictions_count_once():
    c = count_exact(GOLD, PRED + PRED, "LOC")
    assert (c.tp, c.pred, c.gold) == (1, 1, 1)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 3)), max_size=4))
def test_token_spans_scored_against_themselves_are_perfect(choices):
    tokens = tokenize(TEXT)
    spans = [(tokens[i][0], tokens[min(i + n, len(tokens)) - 1][1], "PER") for i, n in choices]
    c = count_tokens(TEXT, spans, spans, "PER")
    assert c.tp == c.pred == c.gold


@pytest.mark.parametrize("spans, kept", [
    ([(0, 10, "ORG"), (4, 10, "LOC")], [(0, 10, "ORG")]),
    ([(4, 10, "LOC"), (0, 3, "PER")], [(0, 3, "PER"), (4, 10, "LOC")]),
    ([(0, 5, "LOC"), (3, 8, "ORG")], [(0, 5, "LOC")]),
    ([(0, 5, "LOC"), (0, 5, "LOC")], [(0, 5, "LOC")]),
    ([], []),
])
def test_outermost_keeps_the_first_longest_span(spans, kept):
    assert outermost(spans) == kept


@pytest.mark.parametrize("raw, normal", [
    ("«Газпром»", "газпром"), ("Королёв", "королев"), ("  Северный   поток ", "северный поток"),
    ('"ТАСС"', "тасс"),
])
def test_normal_text(raw, normal):
    assert normal_text(raw) == normal


# ---------------------------------------------------------------- NER scoring

def test_score_ner_over_documents_with_empty_and_gold_less_ones():
    gold_less = "Вчера в городе прошёл сильный дождь."
    golds = [GoldDoc("a", TEXT, spans=GOLD), GoldDoc("b", ""), GoldDoc("c", gold_less)]
    outputs = [SystemDoc(TEXT, [Found(s, e, t, TEXT[s:e]) for s, e, t in PRED]),
               SystemDoc(failure="no text"),
               SystemDoc(gold_less, [found(gold_less, "городе", "LOC")])]
    table = score_ner(golds, outputs, "factru")
    overall_exact, overall_token = table["overall"]["exact"], table["overall"]["token"]
    assert (overall_exact.tp, overall_exact.pred, overall_exact.gold) == (1, 4, 2)
    assert (overall_token.tp, overall_token.pred, overall_token.gold) == (2, 5, 3)
    assert table["LOC"]["exact"].p == 0.5


def test_svodka_doc_offsets_map_back_to_the_gold_text():
    raw = "РЕКЛАМА\n" + TEXT
    article = Article(text=raw)
    doc = Doc(article=article, text=TEXT, segments=[Segment(clean=0, raw=8, length=len(TEXT))],
              mentions=[Mention(11, 24, "Ильсур Метшин", "PER", normal="Ильсур Метшин", entity=0),
                        Mention(4, 10, "Казани", "LOC", normal="Казань", entity=1)],
              entities=[Entity(0, "PER", "Ильсур Метшин", [0], first="Ильсур", last="Метшин"),
                        Entity(1, "LOC", "Казань", [1])])
    out = adapt_svodka(doc)
    assert [(raw[m.raw_start:m.raw_stop], m.normal) for m in out.mentions] == [
        ("Ильсур Метшин", "Ильсур Метшин"), ("Казани", "Казань")]
    gold = GoldDoc("a", raw, spans=[(s + 8, e + 8, t) for s, e, t in GOLD])
    exact = score_ner([gold], [out], "factru")["overall"]["exact"]
    assert (exact.tp, exact.pred, exact.gold) == (2, 2, 2)
    assert [(e.type, e.first, e.last) for e in out.entities] == [("PER", "Ильсур", "Метшин"), ("LOC", "", "")]


def test_svodka_failure_becomes_an_empty_output():
    out = adapt_svodka(Failure(source="x", stage="clean", reason="only 3 characters"))
    assert (out.mentions, out.failure) == ([], "only 3 characters")


NEWS = "Лидер оппозиции Алексей Навальный выступил против «Северного потока-2», сообщает ТАСС из Москвы."


def bsnlp_gold() -> GoldDoc:
    gold = GoldDoc("ru-1", NEWS, other={"северного потока-2"})
    gold.groups = {"PER|1": {("алексей навальный", "PER"), ("навальный", "PER")},
                   "ORG|2": {("тасс", "ORG")}, "LOC|3": {("москвы", "LOC")}}
    gold.mentions = set().union(*gold.groups.values())
    gold.norms = [("Алексей Навальный", "Алексей Навальный", "PER"), ("Навальный", "Навальный", "PER"),
                  ("ТАСС", "ТАСС", "ORG"), ("Москвы", "Москва", "LOC")]
    return gold


@pytest.mark.parametrize("method, type, expected", [
    ("exact", "PER", (1, 1, 2)),
    ("exact", "ORG", (1, 2, 1)),      # the PRO string tagged ORG is a false positive
    ("exact", "overall", (3, 4, 4)),
    ("relaxed", "PER", (1, 1, 1)),
    ("relaxed", "ORG", (1, 2, 1)),
    ("relaxed", "overall", (3, 4, 3)),
    ("token", "PER", (2, 2, 2)),       # (word, type) pairs of the strings
    ("token", "ORG", (1, 3, 1)),
    ("token", "overall", (4, 6, 4)),
])
def test_bsnlp_set_scoring(method, type, expected):
    out = SystemDoc(NEWS, [found(NEWS, "Алексей Навальный", "PER"), found(NEWS, "«Северного потока-2»", "ORG"),
                           found(NEWS, "ТАСС", "ORG"), found(NEWS, "Москвы", "LOC")])
    golds = [bsnlp_gold(), GoldDoc("ru-2", "")]
    c = score_ner(golds, [out, SystemDoc()], "bsnlp")[type][method]
    assert (c.tp, c.pred, c.gold) == expected


def test_relaxed_counts_an_entity_once_and_every_stray_form():
    groups = {"a": {("x", "PER"), ("y", "PER")}, "b": {("z", "PER")}}
    c = count_relaxed(groups, {("x", "PER"), ("y", "PER"), ("w", "PER")})
    assert (c.tp, c.pred, c.gold) == (1, 2, 2)
    assert count_sets(set(), set()).f1 == 0.0


# ---------------------------------------------------------------- base forms

@pytest.mark.parametrize("text, mention, where", [
    ("Встреча в Москве, и снова в москве", "москве", (10, 16)),
    ("Москвичи любят Москву", "Москв", None),
    ("акции Газпрома и Газпром", "«Газпром»", (17, 24)),
    ("прибыл в Королёв", "Королев", (9, 16)),
    ("Северный  поток", "Северный поток", (0, 15)),
    ("", "Москва", None),
])
def test_find_mention(text, mention, where):
    assert find_mention(text, mention) == where


def test_system_base_prefers_own_mentions_then_asks_the_system():
    text = "В Москве и Казани"
    out = SystemDoc(text, [found(text, "Москве", "ORG", "Москве"), found(text, "Москве", "LOC", "Москва")])
    assert system_base(out, "москве", "LOC") == "Москва"
    assert system_base(out, "Казани", "LOC") is None            # not tagged, no base_form
    out.base_form = lambda start, stop, type: text[start:stop] + "?"
    assert system_base(out, "Казани", "LOC") == "Казани?"
    assert system_base(out, "Самаре", "LOC") is None             # not in the text


def test_bsnlp_norm_accuracy_and_missing():
    out = SystemDoc(NEWS, [found(NEWS, "Алексей Навальный", "PER", "Алексей Навальный"),
                           found(NEWS, "Москвы", "LOC", "Москвы"), found(NEWS, "ТАСС", "ORG", "ТАСС")])
    gold = bsnlp_gold()
    gold.norms.append(("Кремля", "Кремль", "ORG"))                   # not in the text: missing
    table, missing = score_bsnlp_norm([gold, GoldDoc("e", "")], [out, SystemDoc()])
    assert missing == 2                                               # «Навальный» untagged, «Кремля» absent
    assert [(table[t].right, table[t].n) for t in ("PER", "LOC", "ORG", "overall")] == [
        (1, 1), (0, 1), (1, 1), (2, 3)]


def per(first="", middle="", last="", name="") -> FoundEntity:
    return FoundEntity("PER", name or " ".join(x for x in (first, middle, last) if x), first, middle, last)


@pytest.mark.parametrize("gold, system, ok", [
    (GoldEntity("PER", first={"Ильсур"}, last={"Метшин"}), per("Ильсур", last="Метшин"), True),
    (GoldEntity("PER", first={"Ильсур"}, last={"Метшин"}), per(last="Метшин"), False),
    (GoldEntity("PER", last={"Метшин"}), per("Ильсур", last="Метшин"), True),
    (GoldEntity("PER", first={"Абу Бакр"}), per("Абу", last="Бакр"), True),
    (GoldEntity("PER", first={"Цзиньтао"}, last={"Ху"}), per(name="Ху Цзиньтао"), True),
    (GoldEntity("PER", first={"Юрий"}, last={"Долгорукий"}), per("Юрий", last="Долгорукого"), False),
    (GoldEntity("LOC", names={"Орёл"}), FoundEntity("LOC", "Орел"), True),
    (GoldEntity("LOC", names={"Казань"}), FoundEntity("LOC", "Казани"), False),
    (GoldEntity("LOC", names={"Казань"}), FoundEntity("ORG", "Казань"), False),
    (GoldEntity("ORG", names={"Казанский университет", "университет"}), FoundEntity("ORG", "казанский университет"), True),
    (GoldEntity("ORG"), FoundEntity("ORG", "мэрия"), False),
])
def test_attributes_match(gold, system, ok):
    assert attributes_match(gold, system) is ok


def factru_doc() -> GoldDoc:
    return GoldDoc("book_1", TEXT, entities=[
        GoldEntity("PER", spans=[(11, 24)], first={"Ильсур"}, last={"Метшин"}),
        GoldEntity("LOC", spans=[(4, 10)], names={"Казань"}),
        GoldEntity("ORG", spans=[(0, 3)], names={"мэрия Казани"}),
        GoldEntity("ORG", spans=[(0, 10)])])                           # descriptor only: not scored


def test_factru_norm_scores_found_entities_only():
    out = SystemDoc(TEXT, [found(TEXT, "Ильсур Метшин", "PER", entity=0), found(TEXT, "Казани", "LOC", entity=1)],
                    [FoundEntity("PER", "Ильсур Метшин", "Ильсур", "", "Метшин", [0]),
                     FoundEntity("LOC", "Казани", mentions=[1])])
    table, totals = score_factru_norm([factru_doc(), GoldDoc("e", "")], [out, SystemDoc()])
    assert [(table[t].right, table[t].n, totals[t]) for t in ("PER", "LOC", "ORG", "overall")] == [
        (1, 1, 1), (0, 1, 1), (0, 0, 1), (1, 2, 3)]


def test_entities_match_one_to_one():
    entities = [per("Ильсур", last="Метшин"), per("Ильсур", last="Метшин"), FoundEntity("LOC", "Казань"),
                FoundEntity("ORG", "мэрия")]
    c = count_entities(factru_doc(), SystemDoc(TEXT, entities=entities))
    assert (c.tp, c.pred, c.gold) == (2, 4, 3)
    assert count_entities(GoldDoc("e", ""), SystemDoc()).f1 == 0.0


# ---------------------------------------------------------------- bare natasha

@pytest.fixture(scope="module")
def natasha_full():
    from svodka.eval.baseline import NatashaBaseline
    return NatashaBaseline(full=True)


def test_natasha_baseline_gives_plain_records(natasha_full):
    text = "Вчера в Нижнем Новгороде губернатор Глеб Никитин открыл новую станцию метро."
    out = natasha_full.analyze(text)
    assert all(isinstance(m, Found) and text[m.start:m.stop] == m.text for m in out.mentions)
    person = next(e for e in out.entities if e.type == "PER")
    assert (person.first, person.last) == ("Глеб", "Никитин")
    start, stop, _ = span(text, "Нижнем Новгороде", "LOC")
    assert out.base_form(start, stop, "LOC") == "Нижний Новгород"
    assert natasha_full.ner("").mentions == []
