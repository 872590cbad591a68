"""The command line and the Python API, end to end on inputs written here."""
from __future__ import annotations

import json
import struct
import zlib

import pytest

import svodka
from svodka.cli import app, main
from svodka.settings import SETTINGS

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent

CP1251_TEXT = ("В Оше задержали двух активистов. Как сообщили в пресс-службе городского УВД, "
               "задержанных доставили в отдел полиции в понедельник.")
KOI8_TEXT = ("Жители Нарына вышли на митинг против повышения тарифов. Глава района Бакыт Осмонов "
             "пообещал рассмотреть их требования на следующей неделе.")
HTML_TEXT = ("Мэрия Бишкека объявила о ремонте трех мостов через реку Аламедин. Работы начнутся "
             "в апреле и продлятся до конца лета, сообщил вице-мэр Нурлан Асанов.")


def png_bytes() -> bytes:
    raw = b"\x00\xff\x00\x00"
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture()
def bad_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "photo.jpg").write_bytes(png_bytes())
    (d / "osh.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    (d / "naryn.txt").write_bytes(KOI8_TEXT.encode("koi8-r"))
    lines = [json.dumps({"id": "a1", "text": CP1251_TEXT + " Дополнение первое.", "date": "2023-05-02"}, ensure_ascii=False),
             '{"id": "a2", "text": "обрыв строки',
             json.dumps({"id": "a3", "text": KOI8_TEXT + " Дополнение второе.", "published": "2023-05-03"}, ensure_ascii=False)]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "huge.txt").write_text("Большой текст о погоде в Бишкеке. " * 400, encoding="utf-8")
    page = (f'<html><head><meta charset="windows-1251"><title>Ремонт мостов</title></head>'
            f'<body><nav>Главная | Новости</nav><article><h1>Ремонт мостов</h1><p>{HTML_TEXT}</p>'
            f'<p>{HTML_TEXT.replace("трех", "четырех")}</p></article></body></html>')
    (d / "bridges.html").write_bytes(page.encode("cp1251"))
    return d


def test_bad_input_set(bad_inputs, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SVODKA_MAX_BYTES", "10000")
    db = str(tmp_path / "kb.sqlite")
    code = main(["ingest", str(bad_inputs), "--db", db, "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 1
    assert summary["ingested"] == 5 and summary["failed"] == 4, summary
    main(["failures", "--db", db, "--json"])
    failures = {f["source"].rsplit("/", 1)[-1]: f for f in json.loads(capsys.readouterr().out)}
    assert set(failures) == {"empty.txt", "photo.jpg", "feed.jsonl:2", "huge.txt"}
    for f in failures.values():
        assert f["reason"] and "Traceback" not in f["reason"]
    assert failures["huge.txt"]["code"] == "E103"
    main(["search", "Аламедин", "--db", db, "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 1
    for word in ("активистов", "Нарына"):
        main(["search", word, "--db", db, "--json"])
        assert json.loads(capsys.readouterr().out), word


def test_no_traceback_for_unknown_document(tmp_path, capsys):
    code = main(["show", "ffffffffff", "--db", str(tmp_path / "kb.sqlite")])
    err = capsys.readouterr().err
    assert code == 3 and "E301" in err and "Traceback" not in err


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["entities", "--type", "XYZ", "--db", str(tmp_path / "kb.sqlite")]) == 2
    assert main(["ingest", "x.txt", "--date", "вчера", "--db", str(tmp_path / "kb.sqlite")]) == 2


def test_an_unknown_option_is_a_usage_error_not_a_traceback(capsys):
    assert main(["eval", "roles", "--format", "factru", "x", "--no-such-option"]) == 2
    err = capsys.readouterr().err
    assert "No such option" in err and "Traceback" not in err


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_every_command_has_help_with_an_example(command, capsys):
    assert main([command, "--help"]) == 0
    assert "Example" in capsys.readouterr().out


def test_every_setting_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert s.help.strip()
        assert f"`{s.name}`" in readme, f"setting {s.name} is missing from the README's settings table"


def test_analyze_api():
    doc = svodka.analyze("Президент Садыр Жапаров 5 января провел совещание в Бишкеке. "
                         "Жапаров поручил правительству подготовить отчет.", published="2022-01-10")
    people = [(e.name, e.count) for e in doc.entities if e.type == "PER"]
    assert people == [("Садыр Жапаров", 2)]
    assert [(d.text, d.value) for d in doc.dates] == [("5 января", "2022-01-05")]
    assert svodka.Doc.from_json(doc.as_json()).as_json() == doc.as_json()


def test_stdin(tmp_path, capsys, monkeypatch):
    import io
    text = "В Караколе открылся новый горнолыжный курорт, сообщил аким района Талант Мамытов."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    db = str(tmp_path / "kb.sqlite")
    assert main(["ingest", "-", "--db", db, "--date", "2024-02-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ingested"] == 1
    main(["docs", "--db", db, "--json"])
    (doc,) = json.loads(capsys.readouterr().out)
    assert doc["published"] == "2024-02-01"


def test_new_pipeline_version_reprocesses_only_on_request(tmp_path, capsys, monkeypatch):
    text = tmp_path / "note.txt"
    text.write_text("Мэр Оша Таалайбек Сарыбашов открыл новую школу в микрорайоне Келечек.", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    assert main(["ingest", str(text), "--db", db]) == 0
    monkeypatch.setattr("svodka.pipeline.PIPELINE_VERSION", "9.9.9")
    capsys.readouterr()
    main(["ingest", str(text), "--db", db, "--json"])
    assert json.loads(capsys.readouterr().out)["duplicates"] == 1
    main(["ingest", str(text), "--db", db, "--json", "--reprocess"])
    assert json.loads(capsys.readouterr().out)["ingested"] == 1
    main(["docs", "--db", db, "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_near_duplicates_are_stored_and_marked(tmp_path, capsys):
    story = ("Паводок в Алтайском крае вынудил власти эвакуировать жителей трех сел. По данным МЧС, "
             "вода поднялась на два метра за ночь, затоплены более трехсот домов и два моста. "
             "Губернатор края пообещал выплатить пострадавшим компенсации до конца месяца. "
             "Спасатели на лодках вывезли из подтопленных домов более четырехсот человек, среди них "
             "восемьдесят детей. В пунктах временного размещения развернуты полевые кухни и медицинские "
             "посты. Синоптики ожидают, что уровень воды в реке начнет снижаться только к выходным, "
             "поэтому режим чрезвычайной ситуации продлен еще на неделю. Прокуратура начала проверку "
             "готовности районных служб к весеннему половодью.")
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story + " Фото: пресс-служба МЧС.", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    capsys.readouterr()
    assert main(["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ingested"] == 2 and summary["near_duplicates"] == 1
    main(["docs", "--db", db, "--json"])
    docs = json.loads(capsys.readouterr().out)
    first, second = sorted(docs, key=lambda d: d["source"])
    assert second["near_duplicate_of"] == first["id"] and first["near_duplicate_of"] == ""


def test_reports_of_one_event_share_a_timeline_group(tmp_path, capsys):
    texts = {
        "a.txt": "12 марта полиция задержала в Бишкеке двух активистов, которые вышли к зданию парламента.",
        "b.txt": "В Бишкеке 12 марта задержали активистов у парламента, сообщили правозащитники. "
                 "Их доставили в районный отдел милиции.",
        "c.txt": "14 марта в Оше прошел митинг против повышения тарифов на электроэнергию.",
    }
    (tmp_path / "in").mkdir()
    for name, text in texts.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--date", "2024-03-15"]) == 0
    capsys.readouterr()
    main(["timeline", "--db", db, "--json"])
    rows = json.loads(capsys.readouterr().out)
    arrests = [r for r in rows if r["type"] == "arrest" and r["date"] == "2024-03-12"]
    assert len({r["doc"] for r in arrests}) == 2, rows
    assert len({r["group"] for r in arrests}) == 1
    protest = [r for r in rows if r["type"] == "protest"]
    assert protest and protest[0]["group"] != arrests[0]["group"] and protest[0]["location"] == "Ош"
