"""The worked example: the real seed article, end to end through the CLI.

Reads ../shared/seed at run time (never copied); skips without it, fails under CI.
"""
from __future__ import annotations

import json

import pytest

from svodka.cli import main

PEOPLE = {"Викрам Рузахунов", "Руслан Казакбаев", "Садыр Жапаров", "Камчыбек Ташиев",
          "Касым-Жомарт Токаев", "Нурсултан Назарбаев", "Никол Пашинян"}
ZAKIR = {"Закир Убуров", "Закир Юбуров"}
PLACES = {"Казахстан", "Кыргызстан", "Алматы", "Армения"}
ORGS = {"МВД", "МИД", "ГКНБ", "ОДКБ", "Минюст", "Генпрокуратура", "Жогорку Кенеш", "Хабар 24",
        "Qazaqstan", "YouTube"}


def run_json(capsys, *argv) -> object:
    capsys.readouterr()
    code = main(list(argv) + ["--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


@pytest.fixture(scope="module")
def kb(seed_path, tmp_path_factory, pipeline):
    db = str(tmp_path_factory.mktemp("seed") / "kb.sqlite")
    assert main(["ingest", str(seed_path), "--db", db]) == 0
    return db


def test_people_are_exactly_the_eight(kb, capsys):
    people = run_json(capsys, "entities", "--type", "PER", "--db", kb)
    names = {p["name"] for p in people}
    assert PEOPLE <= names
    assert names - PEOPLE <= ZAKIR and names & ZAKIR, names
    assert "Дело" not in names


def test_surname_mentions_join_full_names(kb, capsys):
    people = {p["name"]: p["mentions"] for p in run_json(capsys, "entities", "--type", "PER", "--db", kb)}
    assert people["Садыр Жапаров"] >= 2
    assert people["Камчыбек Ташиев"] >= 2
    assert people["Касым-Жомарт Токаев"] >= 3
    assert people["Викрам Рузахунов"] >= 4


def test_places_and_organisations(kb, capsys):
    places = {e["name"] for e in run_json(capsys, "entities", "--type", "LOC", "--db", kb)}
    orgs = {e["name"] for e in run_json(capsys, "entities", "--type", "ORG", "--db", kb)}
    assert PLACES <= places
    missing = {o for o in ORGS if not any(o == name or name.startswith(o + " ") for name in orgs)}
    assert not missing, orgs
    assert not any("Facebook" in name for name in orgs | places)


def test_dates_resolved_from_month_header(kb, capsys):
    (doc,) = run_json(capsys, "docs", "--db", kb)
    shown = run_json(capsys, "show", doc["id"], "--db", kb)
    values = {d["value"] for d in shown["dates"]}
    assert {"2022-01-02", "2022-01-05", "2022-01-06", "2022-01-07"} <= values
    assert all(d["precision"] == "day" for d in shown["dates"] if d["value"] in values)
    assert any(r["reason"].startswith("boilerplate") for r in shown["removed"])


@pytest.mark.parametrize("query,hits", [("Токаеву", 1), ("задержанного пианиста", 1), ("Facebook", 0)])
def test_search(kb, capsys, query, hits):
    assert len(run_json(capsys, "search", query, "--db", kb)) == hits


def test_ingesting_again_adds_nothing(kb, seed_path, capsys):
    before = run_json(capsys, "entities", "--db", kb)
    summary = run_json(capsys, "ingest", str(seed_path), "--db", kb)
    assert summary["ingested"] == 0 and summary["duplicates"] == 1
    assert run_json(capsys, "entities", "--db", kb) == before
    assert len(run_json(capsys, "docs", "--db", kb)) == 1


ROLES = {("Руслан Казакбаев", "глава", "МИД"), ("Садыр Жапаров", "президент", ""),
         ("Камчыбек Ташиев", "глава", "ГКНБ"), ("Касым-Жомарт Токаев", "президент", "Казахстан"),
         ("Нурсултан Назарбаев", "первый президент", "Казахстан"),
         ("Никол Пашинян", "премьер-министр", "Армения"), ("Никол Пашинян", "председатель", "ОДКБ")}


def test_roles(kb, capsys):
    roles = {(r["person"], r["role"], r["org"]) for r in run_json(capsys, "roles", "--db", kb)}
    assert ROLES <= roles, ROLES - roles
    pashinyan = run_json(capsys, "roles", "--person", "Пашинян", "--db", kb)
    assert {r["role"] for r in pashinyan} == {"премьер-министр", "председатель"}


STATEMENTS = {("Руслан Казакбаев", "сообщить"), ("МИД", "сообщить"), ("МИД", "добавить"),
              ("Садыр Жапаров", "сообщить"), ("Камчыбек Ташиев", "заявить"),
              ("Касым-Жомарт Токаев", "заявить"), ("Касым-Жомарт Токаев", "назвать"),
              ("Никол Пашинян", "сообщить"), ("МВД Казахстана", "заявить")}


def test_statements(kb, capsys):
    rows = run_json(capsys, "statements", "--db", kb)
    found = {(r["speaker_name"], r["cue_lemma"]) for r in rows}
    assert STATEMENTS <= found, STATEMENTS - found
    assert any(r["speaker_name"] == "МВД Казахстана" and r["cue"].startswith("начало убеждать") for r in rows)
    mid = [r for r in rows if r["speaker_name"] == "МИД" and r["cue_lemma"] == "сообщить"]
    assert mid and mid[0]["kind"] == "direct" and not mid[0]["content"].startswith("«")
    tokayev = run_json(capsys, "statements", "--speaker", "Токаев", "--db", kb)
    assert {r["kind"] for r in tokayev} == {"mixed"}


def test_timeline_in_date_order(kb, capsys):
    rows = run_json(capsys, "timeline", "--db", kb)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    wanted = [("protest", "2022-01-02"), ("travel", "2022-01-02"), ("appeal", "2022-01-05"),
              ("violence_against_civilians", "2022-01-06"), ("arrest", "2022-01-07")]
    for type_, date in wanted:
        assert any(r["type"] == type_ and r["date"] == date for r in rows), (type_, date)
    shooting = next(r for r in rows if r["subtype"] == "shooting" and r["date"] == "2022-01-06")
    assert shooting["location"] == "Алматы" and "6 января" in shooting["sentence"]
    assert next(r for r in rows if r["type"] == "appeal")["agent"] == "Касым-Жомарт Токаев"


def test_undated_events_are_typed(kb, capsys):
    rows = run_json(capsys, "events", "--db", kb)
    types = {(r["type"], r["agent"]) for r in rows}
    for wanted in [("media_removal", "Qazaqstan"), ("diplomatic_protest", "МИД"), ("legal_action", "Минюст")]:
        assert wanted in types, wanted
    assert sum(r["type"] == "deployment" for r in rows) >= 2


def test_export_events_csv(kb, capsys):
    import csv, io
    capsys.readouterr()
    assert main(["export", "events", "--format", "csv", "--db", kb]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {"event_date", "precision", "event_type", "actor1", "location", "article", "notes"} <= set(rows[0])
    assert any(r["event_type"] == "arrest" and r["event_date"] == "2022-01-07" for r in rows)


def test_brief_tells_who_said_what_who_is_who_and_the_timeline(kb, capsys):
    brief = run_json(capsys, "brief", "--db", kb)
    said = {(s["speaker_name"], s["cue_lemma"]) for s in brief["statements"]}
    assert ("Касым-Жомарт Токаев", "назвать") in said
    assert {"person": "Камчыбек Ташиев", "role": "глава", "org": "ГКНБ"}.items() <= \
        next(r for r in brief["roles"] if r["person"] == "Камчыбек Ташиев").items()
    dates = [e["date"] for e in brief["timeline"]]
    assert dates == sorted(dates) and "2022-01-06" in dates
    assert main(["brief", "--db", kb]) == 0
    printed = capsys.readouterr().out
    assert "Who said what" in printed and "Who is who" in printed and "Timeline" in printed
