"""Scorers for statements, dates and roles, and the gold-set reader, on data written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.errors import EvalError
from svodka.eval.commands import eval_app
from svodka.eval.dates import score_dates
from svodka.eval.found import FoundDate, FoundRole, FoundStatement, SystemDoc
from svodka.eval.gold import GoldDoc, GoldRole
from svodka.eval.goldset import GoldArticle, gold_docs, read_gold_set
from svodka.eval.roles import count_roles, merge_gold, score_roles
from svodka.eval.statements import score_statements
from svodka.records import Article


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


# ---------------------------------------------------------------- statements

OMSK = ("«Мы откроем новый мост через Иртыш к осени», — заявил губернатор Омской области Пётр Алёшин. "
        "По словам Алёшина, подрядчик уже получил все разрешения на работы.")


def quote(text, content, speaker, cue, kind="indirect", nth=0):
    cs, ce = at(text, content)
    ks, ke = at(text, cue, nth)
    return {"speaker": speaker, "cue": cue, "cue_start": ks, "cue_end": ke,
            "content_start": cs, "content_end": ce, "kind": kind}


GOLD_QUOTES = [quote(OMSK, "Мы откроем новый мост через Иртыш к осени", "Петр Алешин", "заявил", "direct"),
               quote(OMSK, "подрядчик уже получил все разрешения на работы", "Петр Алешин", "По словам")]


def said(text, content, speaker="", cue="", cut=0, nth=0):
    cs, ce = at(text, content)
    ks, ke = at(text, cue, nth) if cue else (-1, -1)
    return FoundStatement(cs, ce - cut, speaker_name=speaker, cue=cue, cue_start=ks, cue_stop=ke)


def statements(preds, quotes=GOLD_QUOTES, text=OMSK):
    gold = GoldArticle(file="omsk.txt", article=Article(text=text), quotes=quotes)
    return score_statements([gold], [SystemDoc(statements=preds)])


@pytest.mark.parametrize("preds, found, speaker, cue", [
    # exact spans; names differ only by case and ё
    ([said(OMSK, "Мы откроем новый мост через Иртыш к осени", "ПЁТР АЛЁШИН", "заявил"),
      said(OMSK, "подрядчик уже получил все разрешения на работы", "Пётр Алёшин", "По словам")], (2, 2, 2), 1.0, 1.0),
    # wrong speaker, a cue elsewhere
    ([said(OMSK, "Мы откроем новый мост через Иртыш к осени", "Омская область", "губернатор")], (1, 1, 2), 0.0, 0.0),
    # a third of the gold content is not enough
    ([said(OMSK, "Мы откроем новый", "Пётр Алёшин", "заявил")], (0, 1, 2), 0.0, 0.0),
    # a prediction without a cue span is judged by its cue text
    ([FoundStatement(*at(OMSK, "подрядчик уже получил все разрешения на работы"), speaker_name="Пётр Алёшин",
                     cue="по словам")], (1, 1, 2), 1.0, 1.0),
    ([], (0, 0, 2), 0.0, 0.0),
])
def test_statements_found_speaker_and_cue(preds, found, speaker, cue):
    report = statements(preds)
    assert (report["found"]["tp"], report["n_pred"], report["n_gold"]) == found
    assert (report["speaker_accuracy"], report["cue_accuracy"]) == (speaker, cue)


def test_statement_found_at_exactly_half_of_the_gold_content():
    text = "Министр сказал, что аааа бббб."
    gold = [{"speaker": "министр", "cue": "сказал", "cue_start": 8, "cue_end": 14,
             "content_start": 20, "content_end": 29, "kind": "indirect"}]
    half = FoundStatement(20, 25)          # 5 of 9 characters: found
    under = FoundStatement(25, 29)         # 4 of 9: not found
    assert statements([half], gold, text)["found"]["tp"] == 1
    assert statements([under], gold, text)["found"]["tp"] == 0


def test_content_token_f1_counts_extra_tokens():
    # the prediction adds "», — заявил" (4 tokens) to the 8 gold tokens: P 8/12, R 1, F1 = 16/20
    start, stop = at(OMSK, "Мы откроем новый мост через Иртыш к осени», — заявил")
    report = statements([FoundStatement(start, stop, speaker_name="Пётр Алёшин")], GOLD_QUOTES[:1])
    assert report["content_f1"] == pytest.approx(0.8)


def test_one_prediction_finds_one_gold_quote_and_kinds_are_counted():
    whole = FoundStatement(0, len(OMSK))   # holds both gold contents, but finds only one
    report = statements([whole])
    assert (report["found"]["tp"], report["found"]["pred"], report["found"]["gold"]) == (1, 1, 2)
    wide = FoundStatement(*at(OMSK, "Мы откроем новый мост через Иртыш к осени»"))
    report = statements([wide, wide])
    assert (report["found"]["tp"], report["found"]["pred"]) == (1, 2)
    assert report["by_kind"] == {"direct": {"recall": 1.0, "found": 1, "gold": 1},
                                 "indirect": {"recall": 0.0, "found": 0, "gold": 1}}


def test_equal_overlaps_go_to_the_tighter_prediction():
    # "сообщалось, что X заявил, что C": the outer prediction holds C as well; C goes to the inner one
    text = "Ранее сообщалось, что Алексей Кудрин заявил, что бюджет сведут без дефицита."
    gold = [quote(text, "бюджет сведут без дефицита", "Алексей Кудрин", "заявил")]
    outer = said(text, "Алексей Кудрин заявил, что бюджет сведут без дефицита", "", "сообщалось")
    inner = said(text, "бюджет сведут без дефицита", "Алексей Кудрин", "заявил")
    for preds in ([outer, inner], [inner, outer]):
        report = statements(preds, gold, text)
        assert (report["found"]["tp"], report["speaker_accuracy"]) == (1, 1.0)


def test_statements_without_gold():
    report = statements([said(OMSK, "подрядчик уже получил")], quotes=[])
    assert report["found"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 1, "gold": 0}
    assert report["content_f1"] == 0.0 and report["speaker"]["n"] == 0


# ---------------------------------------------------------------- dates

PERM = "В понедельник, 3 марта, мэрия Перми объявила, что ремонт набережной закончится в 2026 году."


def gold_date(text, piece, value, precision, **extra):
    start, end = at(text, piece)
    return {"text": piece, "start": start, "end": end, "value": value, "precision": precision, **extra}


def found_date(text, piece, value, precision):
    start, stop = at(text, piece)
    return FoundDate(start, stop, value=value, precision=precision)


def dates(preds, golds, text=PERM):
    gold = GoldArticle(file="perm.txt", article=Article(text=text), dates=golds)
    return score_dates([gold], [SystemDoc(dates=preds)])


PERM_GOLD = [gold_date(PERM, "В понедельник, 3 марта", "2025-03-03", "day", resolved="relative"),
             gold_date(PERM, "в 2026 году", "2026", "year", resolved="absolute")]


@pytest.mark.parametrize("preds, exact_tp, overlap_tp, value, value_only", [
    ([found_date(PERM, "В понедельник, 3 марта", "2025-03-03", "day"),
      found_date(PERM, "в 2026 году", "2026", "year")], 2, 2, 1.0, 1.0),
    ([found_date(PERM, "3 марта", "2025-03-03", "day"),
      found_date(PERM, "2026 году", "2026", "approx")], 0, 2, 0.5, 1.0),
    ([found_date(PERM, "3 марта", "2024-03-03", "day")], 0, 1, 0.0, 0.0),
    ([found_date(PERM, "мэрия", "2025", "year")], 0, 0, 0.0, 0.0),
    ([], 0, 0, 0.0, 0.0),
])
def test_dates_detection_and_values(preds, exact_tp, overlap_tp, value, value_only):
    report = dates(preds, PERM_GOLD)
    assert report["detection"]["exact"]["tp"] == exact_tp
    assert report["detection"]["overlap"]["tp"] == overlap_tp
    assert (report["value"]["accuracy"], report["value_only"]["accuracy"]) == (value, value_only)
    assert (report["n_gold"], report["n_pred"]) == (2, len(preds))


def test_dates_overlap_pairs_one_to_one_and_by_resolution():
    preds = [found_date(PERM, "В понедельник", "2025-03-03", "day"), found_date(PERM, "3 марта", "2025-03-03", "day")]
    report = dates(preds, PERM_GOLD)
    assert report["detection"]["overlap"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "pred": 2, "gold": 2}
    assert report["by_resolved"] == {"relative": {"accuracy": 1.0, "n": 1, "right": 1}}


def test_dates_unresolved_gold_and_ranges():
    text = "Фестиваль пройдёт 25-26 июля, а заявки принимают до пятницы."
    golds = [gold_date(text, "25-26 июля", "2025-07-25", "day", values=["2025-07-25", "2025-07-26"]),
             gold_date(text, "до пятницы", None, "day", resolved="unresolved")]
    right = dates([found_date(text, "26 июля", "2025-07-26", "day"), found_date(text, "пятницы", None, None)],
                  golds, text)
    assert right["value"] == {"accuracy": 1.0, "n": 2, "right": 2}
    wrong = dates([found_date(text, "пятницы", "2025-07-18", "day")], golds, text)
    assert wrong["value"] == {"accuracy": 0.0, "n": 1, "right": 0}


# ---------------------------------------------------------------- roles: factRuEval

NSK = "Мэр Новосибирска Анатолий Локоть встретился с министром транспорта Максимом Соколовым."


def write_factru(folder: Path) -> Path:
    spans = {"11": ("job", "Мэр"), "12": ("job", "министром транспорта"), "13": ("name", "Анатолий"),
             "14": ("surname", "Локоть"), "15": ("loc_name", "Новосибирска"), "16": ("name", "Максимом"),
             "17": ("surname", "Соколовым")}
    lines = [f"{i} {kind} {NSK.index(piece)} {len(piece)} 1 1  # 1 {piece}" for i, (kind, piece) in spans.items()]
    base = folder / "book_7"
    base.with_suffix(".txt").write_text(NSK, encoding="utf-8")
    base.with_suffix(".spans").write_text("\n".join(lines) + "\n", encoding="utf-8")
    base.with_suffix(".objects").write_text("501 Person 13 14 # x\n502 LocOrg 15 # x\n503 Person 16 17 # x\n",
                                            encoding="utf-8")
    base.with_suffix(".coref").write_text(
        "1 501\nfirstname Анатолий\nlastname Локоть\n\n2 502\nname Новосибирск\n\n"
        "3 503\nfirstname Максим\nlastname Соколов\n", encoding="utf-8")
    base.with_suffix(".facts").write_text(
        "7-0 Occupation\nWho obj1 Локоть Анатолий\nPosition span11 Мэр\nWhere obj2 Новосибирск\n\n"
        "7-1 Occupation\nWho obj3 Соколов Максим\nPosition span12 министром транспорта\n\n"
        "7-2 Occupation\nWho obj3 Соколов Максим\nWhere obj2 Новосибирск\n\n"
        "7-3 Meeting\nParticipant obj1 Локоть Анатолий\n", encoding="utf-8")
    return folder


@pytest.fixture
def factru_roles(tmp_path) -> GoldDoc:
    from svodka.eval import read_factru
    (doc,) = read_factru(write_factru(tmp_path))
    return doc


def test_factru_occupations_resolve_ids(factru_roles):
    summary = [(r.person, r.first, r.last, r.roles, r.where) for r in factru_roles.roles]
    assert summary == [("Анатолий Локоть", {"Анатолий"}, {"Локоть"}, ["Мэр"], ["Новосибирск"]),
                       ("Максим Соколов", {"Максим"}, {"Соколов"}, ["министром транспорта"], []),
                       ("Максим Соколов", {"Максим"}, {"Соколов"}, [], ["Новосибирск"])]


@pytest.mark.parametrize("pred, with_where, without_where", [
    (FoundRole("Анатолий Локоть", "мэр", "Новосибирск"), 1, 1),
    (FoundRole("Локоть", "мэр", "мэрия Новосибирска"), 1, 1),
    (FoundRole("Анатолий Локоть", "мэр", ""), 0, 1),
    (FoundRole("Анатолий Локоть", "мэр", "Омск"), 0, 1),
    (FoundRole("Андрей Локоть", "мэр", "Новосибирск"), 0, 0),
    (FoundRole("Анатолий Локоть", "губернатор", "Новосибирск"), 0, 0),
    (FoundRole("Максим Соколов", "министр", ""), 1, 1),
    (FoundRole("Максим Соколов", "министр транспорта", "Минтранс"), 1, 1),
    (FoundRole("Максим Соколов", "заместитель министра", ""), 0, 0),
])
def test_factru_role_matching(factru_roles, pred, with_where, without_where):
    assert count_roles(factru_roles.roles, [pred], with_where=True).tp == with_where
    assert count_roles(factru_roles.roles, [pred], with_where=False).tp == without_where


def test_roles_scoring_counts_unique_predictions_and_skips_roleless_facts(factru_roles):
    preds = [FoundRole("Анатолий Локоть", "мэр", "Новосибирск"), FoundRole("Анатолий Локоть", "мэр", "Новосибирск"),
             FoundRole("Максим Соколов", "губернатор", "")]
    table = score_roles([factru_roles], [SystemDoc(roles=preds)])
    assert table["overall"].as_json() == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "pred": 2, "gold": 2}
    empty = score_roles([GoldDoc(id="x", text="")], [SystemDoc()])
    assert (empty["overall"].tp, empty["overall"].pred, empty["overall"].gold) == (0, 0, 0)


# ---------------------------------------------------------------- roles: NEREL

PARIS = "Посол Франции Пьер Леви вручил награду журналистке «Коммерсанта» Алёне Ершовой. Посол Леви поблагодарил её."


@pytest.fixture
def nerel_roles(tmp_path) -> GoldDoc:
    from svodka.eval import read_nerel
    pieces = [("PROFESSION", "Посол"), ("COUNTRY", "Франции"), ("PERSON", "Пьер Леви"),
              ("PROFESSION", "журналистке"), ("ORGANIZATION", "«Коммерсанта»"), ("PERSON", "Алёне Ершовой")]
    lines = [f"T{n}\t{kind} {PARIS.index(p)} {PARIS.index(p) + len(p)}\t{p}" for n, (kind, p) in enumerate(pieces, 1)]
    second = PARIS.index("Посол Леви")
    lines += [f"T7\tPROFESSION {second} {second + 5}\tПосол", f"T8\tPERSON {second + 6} {second + 10}\tЛеви",
              "R1\tWORKS_AS Arg1:T3 Arg2:T1", "R2\tWORKPLACE Arg1:T1 Arg2:T2", "R3\tWORKS_AS Arg1:T6 Arg2:T4",
              "R4\tWORKPLACE Arg1:T6 Arg2:T5", "R5\tWORKS_AS Arg1:T8 Arg2:T7"]
    (tmp_path / "5_text.txt").write_text(PARIS, encoding="utf-8")
    (tmp_path / "5_text.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc,) = read_nerel(tmp_path)
    return doc


def test_nerel_relations_merge_into_person_role_where(nerel_roles):
    assert [(r.person, r.roles, r.where) for r in nerel_roles.roles] == [
        ("Пьер Леви", ["Посол"], ["Франции"]), ("Алёне Ершовой", ["журналистке"], ["«Коммерсанта»"]),
        ("Леви", ["Посол"], [])]
    merged = merge_gold(nerel_roles.roles)
    assert [(r.person, r.where) for r in merged] == [("Пьер Леви", ["Франции"]), ("Алёне Ершовой", ["«Коммерсанта»"])]


@pytest.mark.parametrize("pred, hit", [
    (FoundRole("Пьер Леви", "посол", "Франция"), 1),
    (FoundRole("Пьер Леви", "посол", ""), 0),
    (FoundRole("Алена Ершова", "журналистка", "Коммерсант"), 1),
    (FoundRole("Ершова", "журналистка", "Коммерсант"), 1),
    (FoundRole("Алёна Ершова", "редактор", "Коммерсант"), 0),
    (FoundRole("Алёна Петрова", "журналистка", "Коммерсант"), 0),
])
def test_nerel_role_matching_by_lemma(nerel_roles, pred, hit):
    assert count_roles(nerel_roles.roles, [pred]).tp == hit


def test_names_in_any_order_match():
    gold = GoldRole(person="Цзиньпин Си", first={"Цзиньпин"}, last={"Си"}, roles=["председатель"], where=["КНР"])
    assert count_roles([gold], [FoundRole("Си Цзиньпин", "председатель", "КНР")]).tp == 1


# ---------------------------------------------------------------- gold set reader

RAW = ("ru-101\nru\n2025-03-05\nhttps://example.org/perm\nРемонт набережной\n"
       "В понедельник мэр Перми Эдуард Соснин заявил, что работы начнутся в апреле.\n")


@pytest.fixture
def gold_set(tmp_path) -> tuple[Path, Path]:
    texts = tmp_path / "bsnlp" / "perm" / "raw" / "ru"
    texts.mkdir(parents=True)
    (texts / "perm_1.txt").write_bytes(RAW.replace("\n", "\r\n").encode("utf-8"))
    body = RAW.split("\n", 4)[4]
    entry = {"file": "perm_1.txt", "pub_date": "2025-03-05",
             "dates": [{"text": "В понедельник", "start": at(body, "В понедельник")[0],
                        "end": at(body, "В понедельник")[1], "value": "2025-03-03", "precision": "day"}],
             "quotes": [{"speaker": "Эдуард Соснин", "speaker_start": at(body, "Эдуард Соснин")[0],
                         "speaker_end": at(body, "Эдуард Соснин")[1], "cue": "заявил",
                         "cue_start": at(body, "заявил")[0], "cue_end": at(body, "заявил")[1],
                         "content_start": at(body, "работы")[0], "content_end": at(body, "в апреле")[1],
                         "kind": "indirect"}],
             "roles": [{"person": "Эдуард Соснин", "role": "мэр", "where": "Пермь"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(entry, ensure_ascii=False) + "\n\n", encoding="utf-8")
    return gold, tmp_path / "bsnlp"


def test_gold_set_reads_text_after_four_lines_with_universal_newlines(gold_set):
    (item,) = read_gold_set(*gold_set)
    assert item.text.startswith("Ремонт набережной\nВ понедельник") and "\r" not in item.text
    quote = item.quotes[0]
    assert item.text[quote["speaker_start"]:quote["speaker_end"]] == "Эдуард Соснин"
    assert item.article.published == "2025-03-05"
    (doc,) = gold_docs([item])
    assert [(r.person, r.last, r.roles, r.where) for r in doc.roles] == [("Эдуард Соснин", {"Соснин"}, ["мэр"], ["Пермь"])]


@pytest.mark.parametrize("change, message", [
    (lambda e: {**e, "dates": [{**e["dates"][0], "end": 10_000}]}, "outside the article text"),
    (lambda e: {**e, "quotes": [{**e["quotes"][0], "content_start": None}]}, "outside the article text"),
    (lambda e: {**e, "file": "other.txt"}, "is not under"),
    (lambda e: {k: v for k, v in e.items() if k != "file"}, 'has no "file"'),
])
def test_gold_set_errors_name_the_line(gold_set, change, message):
    gold, texts = gold_set
    entry = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    gold.write_text(json.dumps(change(entry), ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_gold_set(gold, texts)


def test_gold_set_bad_json_missing_files_and_empty(gold_set, tmp_path):
    gold, texts = gold_set
    gold.write_text('{"file": "perm_1.txt"\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"gold.jsonl:1 is not valid JSON"):
        read_gold_set(gold, texts)
    with pytest.raises(EvalError, match="is not a file"):
        read_gold_set(tmp_path / "none.jsonl", texts)
    with pytest.raises(EvalError, match="does not exist"):
        read_gold_set(gold, tmp_path / "nowhere")
    gold.write_text("\n", encoding="utf-8")
    with pytest.raises(EvalError, match="has no gold articles"):
        read_gold_set(gold, texts)


# ---------------------------------------------------------------- commands

runner = CliRunner()


@pytest.mark.parametrize("command", ["roles", "statements", "dates"])
def test_new_commands_have_help_with_an_example(command):
    result = runner.invoke(eval_app, [command, "--help"])
    assert result.exit_code == 0 and "Example: svodka eval " + command in result.output


@pytest.mark.parametrize("args", [
    ["statements", "--texts", "TMP"],
    ["dates", "--gold", "TMP/none.jsonl", "--texts", "TMP"],
    ["roles"],
    ["roles", "--format", "bsnlp", "TMP"],
    ["roles", "--format", "factru", "TMP/nowhere"],
])
def test_new_commands_report_bad_input_without_traceback(args, tmp_path):
    result = runner.invoke(eval_app, [a.replace("TMP", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.output
    assert "E500" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("pred, gold, hit", [
    ("бывший премьер", "Экс-премьера", True),       # svodka writes a former title "бывший ..."
    ("премьер", "экс-премьер", True),
    ("премьер", "вице-премьера", False),
    ("заместитель министра", "заместителем министра", True),
])
def test_role_heads_drop_eks(pred, gold, hit):
    from svodka.eval.rolematch import role_matches
    assert role_matches(pred, [gold]) is hit
