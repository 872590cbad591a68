"""Gold readers (factRuEval, NEREL, BSNLP) on small files written here, and the eval commands."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.errors import EvalError
from svodka.eval import evaluate, read_bsnlp, read_factru, read_gold, read_nerel
from svodka.eval.commands import eval_app

# ---------------------------------------------------------------- factRuEval

KAZAN = ("В понедельник мэр Казани Ильсур Метшин открыл мост через Казанку, "
         "а ректор Казанского университета поблагодарил компанию «Татнефть».")


def write_book(folder: Path, number: int, text: str, objects: list, coref: list) -> None:
    """objects: (type, [(span type, substring)]); coref: ([object indexes], [(key, value)])."""
    spans, object_lines, span_id = [], [], 100
    for obj_index, (obj_type, parts) in enumerate(objects):
        ids = []
        for span_type, piece in parts:
            start = text.index(piece)
            span_id += 1
            ids.append(str(span_id))
            spans.append(f"{span_id} {span_type} {start} {len(piece)} 1 1  # 1 {piece}")
        object_lines.append(f"{500 + obj_index} {obj_type} {' '.join(ids)} # x")
    coref_blocks = []
    for n, (members, attrs) in enumerate(coref):
        lines = [f"{n + 1} " + " ".join(str(500 + i) for i in members)]
        lines += [f"{k} {v}" for k, v in attrs]
        coref_blocks.append("\n".join(lines))
    base = folder / f"book_{number}"
    base.with_suffix(".txt").write_text(text, encoding="utf-8")
    base.with_suffix(".spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    base.with_suffix(".objects").write_text("\n".join(object_lines) + "\n", encoding="utf-8")
    base.with_suffix(".coref").write_text("\n\n".join(coref_blocks) + "\n", encoding="utf-8")


@pytest.fixture
def factru_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "factru"
    folder.mkdir()
    objects = [
        ("Person", [("name", "Ильсур"), ("surname", "Метшин")]),
        ("LocOrg", [("loc_name", "Казани")]),
        ("Org", [("org_descr", "мэр"), ("loc_name", "Казани")]),          # no org_name: no ORG span
        ("Location", [("loc_name", "Казанку")]),
        ("Org", [("org_name", "Казанского университета")]),
        ("LocOrg", [("loc_name", "Казанского")]),                           # nested in the ORG span
        ("Org", [("org_descr", "компанию"), ("org_name", "«Татнефть»")]),
    ]
    coref = [([0], [("firstname", "Ильсур"), ("lastname", "Метшин")]),
             ([1, 5], [("name", "Казань")]),
             ([2], [("descriptor", "мэрия")]),
             ([3], [("name", "Казанка")]),
             ([4], [("name", "Казанский университет"), ("name", "университет")]),
             ([6], [("descriptor", "компания"), ("name", "Татнефть")])]
    write_book(folder, 10, KAZAN, objects, coref)
    write_book(folder, 2, "", [], [])
    write_book(folder, 3, "Дождь шёл весь день, и улицы опустели.", [], [])
    return folder


def test_factru_spans_follow_the_mapping_and_keep_the_outermost(factru_dir):
    docs = read_factru(factru_dir)
    assert [d.id for d in docs] == ["book_2", "book_3", "book_10"]
    kazan = docs[2]
    assert [(kazan.text[s:e], t) for s, e, t in kazan.spans] == [
        ("Казани", "LOC"), ("Ильсур Метшин", "PER"), ("Казанку", "LOC"),
        ("Казанского университета", "ORG"), ("«Татнефть»", "ORG")]


def test_factru_empty_document_and_document_without_gold(factru_dir):
    empty, plain, _ = read_factru(factru_dir)
    assert (empty.text, empty.spans, empty.entities) == ("", [], [])
    assert plain.spans == [] and plain.text.startswith("Дождь")


def test_factru_coref_entities_carry_attributes(factru_dir):
    kazan = read_factru(factru_dir)[2]
    summary = [(e.type, sorted(e.names), sorted(e.first), sorted(e.last), e.scorable) for e in kazan.entities]
    assert summary == [
        ("PER", [], ["Ильсур"], ["Метшин"], True),
        ("LOC", ["Казань"], [], [], True),
        ("ORG", [], [], [], False),
        ("LOC", ["Казанка"], [], [], True),
        ("ORG", ["Казанский университет", "университет"], [], [], True),
        ("ORG", ["Татнефть"], [], [], True),
    ]
    city = kazan.entities[1]
    assert [kazan.text[s:e] for s, e in city.spans] == ["Казани", "Казанского"]


def test_factru_limit_takes_the_first_books(factru_dir):
    assert [d.id for d in read_factru(factru_dir, limit=2)] == ["book_2", "book_3"]


# ---------------------------------------------------------------- NEREL

MINSK = "Правительство Белоруссии назначило Ольгу Кравец послом в Вене; она работала журналистом в Минске."


def brat_line(n: int, kind: str, text: str, piece: str, second: str | None = None) -> str:
    start = text.index(piece)
    ranges = f"{start} {start + len(piece)}"
    shown = piece
    if second:
        s2 = text.index(second)
        ranges += f";{s2} {s2 + len(second)}"
        shown += " " + second
    return f"T{n}\t{kind} {ranges}\t{shown}"


@pytest.fixture
def nerel_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "nerel"
    folder.mkdir()
    lines = [brat_line(1, "ORGANIZATION", MINSK, "Правительство Белоруссии"),
             brat_line(2, "COUNTRY", MINSK, "Белоруссии"),
             brat_line(3, "PERSON", MINSK, "Ольгу Кравец"),
             brat_line(4, "CITY", MINSK, "Вене"),
             brat_line(5, "PROFESSION", MINSK, "журналистом"),
             brat_line(6, "CITY", MINSK, "Минске"),
             brat_line(7, "ORGANIZATION", MINSK, "послом", "Вене"),   # discontinuous, overlaps Вене
             "R1\tWORKS_AS Arg1:T3 Arg2:T5",
             "N1\tReference T4 Wikidata:Q1741\tВена"]
    (folder / "1_text.txt").write_text(MINSK, encoding="utf-8")
    (folder / "1_text.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "2_text.txt").write_text("", encoding="utf-8")
    (folder / "2_text.ann").write_text("", encoding="utf-8")
    (folder / "3_text.txt").write_text("Без пары файл не читается.", encoding="utf-8")
    return folder


def test_nerel_keeps_outermost_spans_of_mapped_types(nerel_dir):
    docs = read_nerel(nerel_dir)
    assert [d.id for d in docs] == ["1_text", "2_text"]
    doc = docs[0]
    assert [(doc.text[s:e], t) for s, e, t in doc.spans] == [
        ("Правительство Белоруссии", "ORG"), ("Ольгу Кравец", "PER"), ("послом в Вене", "ORG"),
        ("Минске", "LOC")]
    assert docs[1].spans == [] and docs[1].text == ""


def test_nerel_bad_entity_line_is_a_clear_error(tmp_path):
    (tmp_path / "x.txt").write_text("Текст.", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tPERSON one two\tТекст\n", encoding="utf-8")
    with pytest.raises(EvalError, match="cannot read the entity line"):
        read_nerel(tmp_path)


# ---------------------------------------------------------------- BSNLP

RAW_A = ("ru-7\r\nru\r\n2021-03-02\r\nhttps://example.org/a\r\n"
         "Навальный и «Северный поток-2»\r\nЛидер оппозиции Алексей Навальный выступил против "
         "проекта «Северный поток-2», сообщает ТАСС из Москвы.\r\n")
ANN_A = ("ru-7\nАлексей Навальный\tАлексей Навальный\tPER\tPER-Navalny\n"
         "Навальный\tНавальный\tPER\tPER-Navalny\n"
         "Северный поток-2\tСеверный поток-2\tPRO\tPRO-NS2\n"
         "ТАСС\tТАСС\tORG\tORG-TASS\nМосквы\tМосква\tLOC\tGPE-Moscow\n")
RAW_B = "ru-9\nru\n\nhttps://example.org/b\nТишина\nНичего не произошло.\n"


@pytest.fixture
def bsnlp_dir(tmp_path: Path) -> Path:
    topic = tmp_path / "bsnlp" / "gas"
    for sub in ("raw/ru", "annotated/ru"):
        (topic / sub).mkdir(parents=True)
    (topic / "raw/ru/file_7.txt").write_bytes(RAW_A.encode("utf-8"))
    (topic / "annotated/ru/7.out").write_text(ANN_A, encoding="utf-8")
    (topic / "raw/ru/file_9.txt").write_text(RAW_B, encoding="utf-8")
    (topic / "annotated/ru/9.out").write_text("ru-9\n", encoding="utf-8")
    (topic / "raw/ru/file_11.txt").write_text(RAW_B.replace("ru-9", "ru-11"), encoding="utf-8")
    return tmp_path / "bsnlp"


def test_bsnlp_pairs_files_by_id_and_reads_text_after_four_lines(bsnlp_dir):
    docs = read_bsnlp(bsnlp_dir)
    assert [d.id for d in docs] == ["ru-7", "ru-9"]
    first = docs[0]
    assert first.text.startswith("Навальный и «Северный поток-2»\nЛидер") and "\r" not in first.text
    assert (first.published, first.url) == ("2021-03-02", "https://example.org/a")
    assert docs[1].published is None


def test_bsnlp_mentions_norms_and_groups(bsnlp_dir):
    first, empty = read_bsnlp(bsnlp_dir)
    assert first.mentions == {("алексей навальный", "PER"), ("навальный", "PER"), ("тасс", "ORG"),
                              ("москвы", "LOC")}
    assert first.other == {"северный поток-2"}
    assert ("Москвы", "Москва", "LOC") in first.norms and len(first.norms) == 4
    assert first.groups["PER|PER-Navalny"] == {("алексей навальный", "PER"), ("навальный", "PER")}
    assert (empty.mentions, empty.norms, empty.groups) == (set(), [], {})


def test_bsnlp_topic_folder_reads_alone(bsnlp_dir):
    assert len(read_bsnlp(bsnlp_dir / "gas")) == 2


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize("reader", [read_factru, read_nerel, read_bsnlp])
def test_missing_or_empty_folder_is_an_eval_error(reader, tmp_path):
    with pytest.raises(EvalError, match="does not exist"):
        reader(tmp_path / "nowhere")
    with pytest.raises(EvalError, match="has no"):
        reader(tmp_path)
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(EvalError, match="not a directory"):
        reader(tmp_path / "file.txt")


@pytest.mark.parametrize("call, message", [
    (lambda p: read_gold("conll", p), "unknown format"),
    (lambda p: read_gold("factru", p, limit=0), "--limit"),
    (lambda p: evaluate("entities", "nerel", p), "does not score"),
    (lambda p: evaluate("norm", "nerel", p), "does not score"),
])
def test_wrong_format_or_limit_is_an_eval_error(call, message, factru_dir):
    with pytest.raises(EvalError, match=message):
        call(str(factru_dir))


# ---------------------------------------------------------------- commands

runner = CliRunner()


@pytest.mark.parametrize("args", [
    ["ner", "--format", "factru", "NOWHERE"],
    ["ner", "--format", "conll", "NOWHERE"],
    ["norm", "--format", "nerel", "NOWHERE"],
])
def test_commands_report_bad_input_without_traceback(args, tmp_path):
    args = [a.replace("NOWHERE", str(tmp_path / "nowhere")) for a in args]
    result = runner.invoke(eval_app, args)
    assert result.exit_code == 2
    assert "E500" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["ner", "norm", "entities"])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(eval_app, [command, "--help"])
    assert result.exit_code == 0 and "Example: svodka eval " + command in result.output


def test_eval_ner_json_scores_natasha_on_written_gold(factru_dir):
    result = runner.invoke(eval_app, ["ner", "--format", "factru", str(factru_dir), "--system", "natasha",
                                      "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["task"], report["format"], report["documents"]) == ("ner", "factru", 3)
    natasha = report["systems"]["natasha"]
    assert set(natasha) == {"PER", "LOC", "ORG", "overall"}
    assert natasha["overall"]["exact"]["gold"] == 5
    assert natasha["PER"]["exact"]["tp"] == 1          # Ильсур Метшин


# ---------------------------------------------------------------- bench

def test_bench_measures_natasha_in_its_own_process(tmp_path):
    from svodka.eval.bench import run_bench
    for n, body in enumerate(["Президент Киргизии Садыр Жапаров прилетел в Москву с рабочим визитом.",
                              "В Алма-Ате открылся новый завод по сборке автобусов."]):
        (tmp_path / f"{n}.txt").write_text(body, encoding="utf-8")
    report = run_bench([str(tmp_path)], limit=5, systems=("natasha",))
    assert report["documents"] == 2 and report["tokens"] == 20
    assert report["machine"]["cores"] >= 1 and report["ratio"] is None
    natasha = report["systems"]["natasha"]
    assert natasha["documents"] == 2 and natasha["peak_rss_mb"] > 50
    assert set(natasha["stages"]) == {"segment", "morph", "syntax", "ner"}


def test_bench_without_articles_is_a_clear_error(tmp_path, capsys):
    import typer
    from svodka.eval.commands import bench_command
    with pytest.raises(typer.Exit) as exit_info:
        bench_command([str(tmp_path / "nowhere")], None, True)
    assert exit_info.value.exit_code == 2
    assert "error: [E" in capsys.readouterr().err
