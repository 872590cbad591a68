"""The natasha annotator: NER calls are cut by paragraph count and by padded size."""
from svodka.annotate import Annotator
from svodka.annotate.natasha import group_lines
from svodka.records import Article, Doc


def lines_of(*lengths: int) -> list[tuple[int, int, str]]:
    return [(0, k, "а" * n) for k, n in enumerate(lengths)]


def test_calls_hold_at_most_the_batch_size():
    groups = group_lines(lines_of(*[10] * 7), size=3, chars=10_000)
    assert [len(g) for g in groups] == [3, 3, 1]


def test_a_long_paragraph_goes_with_fewer_others():
    groups = group_lines(lines_of(100, 100, 100, 900, 1800), size=8, chars=2000)
    assert [[len(line) for _, _, line in g] for g in groups] == [[100, 100, 100], [900], [1800]]


def test_a_paragraph_longer_than_the_budget_still_gets_a_call():
    assert [len(g) for g in group_lines(lines_of(5000), size=8, chars=2000)] == [1]


PARAGRAPHS = [
    "Глава МИД Киргизии Жээнбек Кулубаев прибыл в Москву.",
    "В Бишкеке заявили, что переговоры с Казахстаном пройдут в Астане.",
    ("Министр иностранных дел России Сергей Лавров провел переговоры с коллегой из Армении "
     "Араратом Мирзояном. По словам Лаврова, стороны обсудили работу ОДКБ и положение на границе "
     "Армении и Азербайджана. Мирзоян поблагодарил Москву за помощь. ") * 4,
    "Представитель Кремля Дмитрий Песков отказался от комментариев.",
]


def mentions(annotator: Annotator) -> list[tuple[int, int, str]]:
    text = "\n".join(PARAGRAPHS)
    doc = annotator.annotate([Doc(article=Article(text=text), text=text)])[0]
    return [(m.start, m.stop, m.type) for m in doc.mentions]


def test_small_ner_calls_find_the_same_mentions():
    wide = mentions(Annotator(ner_chars=100_000))
    assert ("Сергей Лавров", "PER") in {(m, t) for m, t in
                                        ((("\n".join(PARAGRAPHS))[a:b], t) for a, b, t in wide)}
    assert mentions(Annotator(ner_chars=60)) == wide
