"""`svodka eval events`: NEREL events read from BRAT files written here, scored against hand-built
predictions with known answers, and the command end to end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.errors import EvalError
from svodka.eval.commands import eval_app
from svodka.eval.events import covering_event, score_events, time_misses
from svodka.eval.found import FoundDate, FoundEvent, SystemDoc
from svodka.eval.gold import GoldDoc, GoldEvent
from svodka.eval.nerel import read_nerel
from svodka.eval.run import evaluate
from svodka.eval.systems import adapt_events
from svodka.records import Article, DateRef, Doc, Entity, Event, Mention, Segment

RALLY = ("14 марта 2021 года в Екатеринбурге прошёл митинг против застройки сквера. "
         "Участников акции задержала полиция. Вечером мэр города провёл совещание.")
COURT = "Суд признал бывшего главу района виновным во взятке."


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def entity(key: str, kind: str, text: str, *pieces: str) -> str:
    spans = [at(text, p) for p in pieces]
    ranges = ";".join(f"{s} {e}" for s, e in spans)
    return f"{key}\t{kind} {ranges}\t{' '.join(pieces)}"


RALLY_ANN = [
    entity("T1", "DATE", RALLY, "14 марта 2021 года"),
    entity("T2", "CITY", RALLY, "Екатеринбурге"),
    entity("T3", "EVENT", RALLY, "митинг"),
    entity("T4", "EVENT", RALLY, "задержала"),
    entity("T5", "ORGANIZATION", RALLY, "полиция"),
    entity("T6", "PROFESSION", RALLY, "мэр"),
    entity("T7", "EVENT", RALLY, "совещание"),
    entity("T8", "TIME", RALLY, "Вечером"),
    "R1\tPOINT_IN_TIME Arg1:T3 Arg2:T1\t",
    "R2\tTAKES_PLACE_IN Arg1:T3 Arg2:T2\t",
    "R3\tAGENT Arg1:T5 Arg2:T4\t",
    "R4\tPARTICIPANT_IN Arg1:T6 Arg2:T7\t",
    "R5\tPOINT_IN_TIME Arg1:T7 Arg2:T8\t",
    "R6\tPOINT_IN_TIME Arg1:T4 Arg2:T99\t",      # the date is not annotated: left out
    "R7\tTAKES_PLACE_IN Arg1:T2 Arg2:T3\t",      # the event on the wrong end: left out
    "N1\tReference T2 Wikidata:Q887\tЕкатеринбург",
]
COURT_ANN = [entity("T1", "EVENT", COURT, "признал", "виновным"),
             entity("T2", "ORGANIZATION", COURT, "Суд"),
             "R1\tAGENT Arg1:T2 Arg2:T1\t"]


def write_nerel(folder: Path, docs: dict[str, tuple[str, list[str]]]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, (text, ann) in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def nerel(tmp_path) -> Path:
    return write_nerel(tmp_path / "nerel", {"a_rally": (RALLY, RALLY_ANN), "b_court": (COURT, COURT_ANN)})


# ---------------------------------------------------------------- reading

def test_events_are_read_with_their_arguments_in_the_right_direction(nerel):
    rally, court = read_nerel(nerel)
    got = [(e.text, [t[2] for t in e.times], [p[2] for p in e.places], [p[2] for p in e.participants])
           for e in rally.events]
    assert got == [("митинг", ["14 марта 2021 года"], ["Екатеринбурге"], []),
                   ("задержала", [], [], ["полиция"]),
                   ("совещание", ["Вечером"], [], ["мэр"])]
    assert court.events[0].parts == [at(COURT, "признал"), at(COURT, "виновным")]
    assert [p[2] for p in court.events[0].participants] == ["Суд"]


def test_a_discontinuous_argument_keeps_only_its_fragments(tmp_path):
    text = "Выборы прошли 30 мая и 6 июня 2021 года."
    ann = [entity("T1", "EVENT", text, "Выборы"), entity("T2", "DATE", text, "30 мая", "2021 года"),
           "R1\tPOINT_IN_TIME Arg1:T1 Arg2:T2\t"]
    (gold,) = read_nerel(write_nerel(tmp_path / "n", {"x": (text, ann)}))
    assert [t[2] for t in gold.events[0].times] == ["30 мая", "2021 года"]


def test_a_broken_entity_line_is_an_eval_error(tmp_path):
    folder = write_nerel(tmp_path / "n", {"x": ("Пожар начался ночью.", ["T1\tEVENT нет\tПожар"])})
    with pytest.raises(EvalError, match="cannot read the entity line"):
        read_nerel(folder)


# ---------------------------------------------------------------- scoring hand-built predictions

def event(piece: str, text: str = RALLY, date: str | None = None, source: str = "expression",
          date_at: str = "", places: tuple = (), who: tuple = (), nth: int = 0) -> FoundEvent:
    start, stop = at(text, piece, nth)
    return FoundEvent(start, stop, trigger=piece, date=date, date_source=source if date or date_at else "",
                      date_span=at(text, date_at) if date_at else None,
                      places=[at(text, p) for p in places], participants=[at(text, p) for p in who])


def rally_gold(nerel_dir: Path) -> GoldDoc:
    return read_nerel(nerel_dir)[0]


PERFECT = [event("митинг", date="2021-03-14", date_at="14 марта 2021 года", places=("Екатеринбурге",)),
           event("задержала", who=("полиция", "Участников")),
           event("совещание", date="2021-03-14", source="inherited", date_at="Вечером", who=("мэр",))]

CASES = {
    # name: (predictions, svodka's dates, (tp, pred, gold), exact tp, time, place, participant as (right, n))
    "perfect": (PERFECT, [], (3, 3, 3), 3, (2, 2), (1, 1), (2, 2)),
    "overlap, not exact; publication date; place elsewhere": (
        [event("прошёл митинг", date="2021-03-14", source="reported", places=("города",)),
         event("задержала полиция", who=("полиция",))],
        [], (2, 2, 3), 0, (0, 2), (0, 1), (1, 2)),
    "a false event, a missed one, a wrong date": (
        [event("застройки"), event("совещание", date="2021-03-15", date_at="14 марта 2021 года")],
        [], (1, 2, 3), 1, (0, 2), (0, 1), (0, 2)),
    "same value at the gold time counts; the date's span is another mention": (
        [event("митинг", date="2021-03-14", date_at="14 марта 2021 года"),
         event("совещание", date="2021-03-14", date_at="14 марта 2021 года")],
        [FoundDate(*at(RALLY, "Вечером"), value="2021-03-14", precision="day")],
        (2, 2, 3), 2, (2, 2), (0, 1), (0, 2)),
    "a different value at the gold time does not count": (
        [event("совещание", date="2021-03-14", date_at="14 марта 2021 года")],
        [FoundDate(*at(RALLY, "Вечером"), value=None)],
        (1, 1, 3), 1, (0, 2), (0, 1), (0, 2)),
    "an unresolved expression still links the time": (
        [event("митинг", date_at="14 марта 2021 года"), event("совещание", date_at="совещание")],
        [], (2, 2, 3), 2, (1, 2), (0, 1), (0, 2)),
    "nothing predicted": ([], [], (0, 0, 3), 0, (0, 2), (0, 1), (0, 2)),
}


@pytest.mark.parametrize("preds, dates, trigger, exact, time, place, participant", CASES.values(), ids=CASES)
def test_triggers_and_links(nerel, preds, dates, trigger, exact, time, place, participant):
    report = score_events([rally_gold(nerel)], [SystemDoc(RALLY, events=preds, dates=dates)])
    t = report["trigger"]
    assert (t["tp"], t["pred"], t["gold"]) == trigger
    assert report["trigger_exact"]["tp"] == exact
    for name, want in (("time", time), ("place", place), ("participant", participant)):
        link = report[f"{name}_link"]
        assert (link["right"], link["n"]) == want, name
        assert report[f"{name}_link_accuracy"] == round(want[0] / want[1], 4)


def test_prf_and_counts_on_a_known_case(nerel):
    preds = CASES["a false event, a missed one, a wrong date"][0]
    report = score_events([rally_gold(nerel)], [SystemDoc(RALLY, events=preds)])
    assert (report["trigger"]["p"], report["trigger"]["r"], report["trigger"]["f1"]) == (0.5, 0.3333, 0.4)
    assert report["counts"] == {"gold_events": 3, "svodka_events": 2, "covered": 1,
                                "with_time": 2, "with_place": 1, "with_participant": 2}
    assert report["time_link"]["covered"] == 1


def test_no_events_anywhere_scores_zero_without_failing():
    text = "Погода в выходные будет тёплой."
    report = score_events([GoldDoc("empty", text)], [SystemDoc(text)])
    assert report["trigger"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 0}
    assert report["time_link"] == {"accuracy": 0.0, "n": 0, "right": 0, "covered": 0}


def test_a_failed_document_counts_its_gold_events_as_missed(nerel):
    report = score_events([rally_gold(nerel)], [SystemDoc(failure="no text after cleaning")])
    assert (report["trigger"]["gold"], report["trigger"]["tp"], report["time_link"]["n"]) == (3, 0, 2)


def test_nested_gold_events_share_one_svodka_event():
    text = "При пожаре на складе погибли два человека 3 мая."
    outer = GoldEvent(*at(text, "погибли два человека"), "погибли два человека", times=[(*at(text, "3 мая"), "3 мая")])
    inner = GoldEvent(*at(text, "погибли"), "погибли", times=[(*at(text, "3 мая"), "3 мая")])
    pred = [event("погибли", text, date="2023-05-03", date_at="3 мая")]
    report = score_events([GoldDoc("n", text, events=[outer, inner])], [SystemDoc(text, events=pred)])
    assert (report["trigger"]["tp"], report["trigger"]["gold"]) == (1, 2)   # paired once ...
    assert report["time_link"]["right"] == 2                                # ... covers both


def test_the_covering_event_is_the_one_overlapping_most():
    text = "Депутаты приняли закон о защите лесов."
    gold = GoldEvent(*at(text, "приняли закон"), "приняли закон")
    short, long = event("закон", text), event("приняли закон о", text)
    assert covering_event(gold, [short, long]) is long
    assert covering_event(gold, [event("лесов", text)]) is None


def test_a_discontinuous_event_overlaps_only_through_its_fragments(nerel):
    court = read_nerel(nerel)[1]
    inside_gap = score_events([court], [SystemDoc(COURT, events=[event("главу района", COURT)])])
    on_fragment = score_events([court], [SystemDoc(COURT, events=[event("признал", COURT, who=("Суд",))])])
    assert inside_gap["trigger"]["tp"] == 0
    assert (on_fragment["trigger"]["tp"], on_fragment["participant_link"]["right"]) == (1, 1)


def test_time_misses_are_sorted_worst_first(nerel):
    preds = [event("митинг", date="2021-03-01", date_at="Вечером")]
    dates = [FoundDate(*at(RALLY, "14 марта 2021 года"), value="2021-03-14", text="14 марта 2021 года")]
    misses = time_misses([rally_gold(nerel)], [SystemDoc(RALLY, events=preds, dates=dates)])
    assert [(m["event"], m["kind"]) for m in misses] == [("митинг", "wrong date"), ("совещание", "no svodka event")]
    assert misses[0]["svodka_date_at_gold_time"] == "14 марта 2021 года=2021-03-14"
    no_date = time_misses([rally_gold(nerel)], [SystemDoc(RALLY, events=[event("митинг")])])
    assert no_date[0]["kind"] == "no date"
    reported = time_misses([rally_gold(nerel)], [SystemDoc(RALLY, events=[event("митинг", date="2021-03-20",
                                                                                 source="reported")])])
    assert reported[0]["kind"] == "publication date only"


# ---------------------------------------------------------------- svodka's Doc to FoundEvent

def test_adapt_events_maps_spans_back_and_finds_arguments():
    head = "Реклама. "
    raw = head + RALLY
    doc = Doc(article=Article(text=raw), text=RALLY, segments=[Segment(clean=0, raw=len(head), length=len(RALLY))],
              mentions=[Mention(*at(RALLY, "Екатеринбурге"), "Екатеринбурге", "LOC", entity=0)],
              entities=[Entity(0, "LOC", "Екатеринбург", [0])],
              dates=[DateRef(*at(RALLY, "14 марта 2021 года"), "14 марта 2021 года", value="2021-03-14")])
    sentence = (0, RALLY.index(".") + 1)
    second = (sentence[1] + 1, RALLY.index(".", sentence[1]) + 1)
    doc.events = [
        Event("protest", *at(RALLY, "митинг"), *sentence, trigger="митинг", location="Екатеринбург",
              location_entity=0, date="2021-03-14", date_source="expression", date_ref=0),
        Event("arrest", *at(RALLY, "задержала"), *second, trigger="задержала", agent="Полиция",
              patient="участник", date="2021-03-20", date_source="reported"),
    ]
    rally, arrest = adapt_events(doc)
    shift = len(head)
    assert (raw[rally.start:rally.stop], rally.date_text) == ("митинг", "14 марта 2021 года")
    assert [raw[s:e] for s, e in rally.places] == ["Екатеринбурге"]
    assert raw[rally.date_span[0]:rally.date_span[1]] == "14 марта 2021 года"
    assert arrest.date_span is None                              # a publication date links no time
    assert [raw[s:e] for s, e in arrest.participants] == ["полиция", "Участник"]
    assert arrest.sentence == (second[0] + shift, second[1] + shift)


# ---------------------------------------------------------------- the command

runner = CliRunner()


def test_help_has_an_example():
    result = runner.invoke(eval_app, ["events", "--help"])
    assert result.exit_code == 0
    assert "Example: svodka eval events --format nerel" in result.output


@pytest.mark.parametrize("args, message", [
    (["events", "TMP/absent"], "does not exist"),
    (["events", "TMP/file.txt"], "is not a directory"),
    (["events", "TMP/empty"], "has no NEREL documents"),
    (["events", "TMP/empty", "--format", "factru"], "does not score the 'factru' format"),
    (["events", "TMP/empty", "--misses", "-1"], "--misses must be 0 or more"),
])
def test_bad_input_is_an_error_with_exit_code_2(tmp_path, args, message):
    (tmp_path / "file.txt").write_text("Просто текст.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = runner.invoke(eval_app, [a.replace("TMP", str(tmp_path)) for a in args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_events_score_svodka_only(nerel):
    with pytest.raises(EvalError, match="scores svodka only"):
        evaluate("events", "nerel", str(nerel), systems=("svodka", "natasha"))


ARREST = ("6 января 2022 года полиция задержала в Алматы активиста Ивана Петрова. "
          "Его адвокат заявил, что обжалует решение.")
ARREST_ANN = [entity("T1", "DATE", ARREST, "6 января 2022 года"), entity("T2", "EVENT", ARREST, "задержала"),
              entity("T3", "CITY", ARREST, "Алматы"), entity("T4", "PERSON", ARREST, "Ивана Петрова"),
              "R1\tPOINT_IN_TIME Arg1:T2 Arg2:T1\t", "R2\tTAKES_PLACE_IN Arg1:T2 Arg2:T3\t",
              "R3\tPARTICIPANT_IN Arg1:T4 Arg2:T2\t"]


def test_the_command_runs_svodka_end_to_end(tmp_path):
    folder = write_nerel(tmp_path / "nerel", {"arrest": (ARREST, ARREST_ANN)})
    result = runner.invoke(eval_app, ["events", str(folder), "--json", "--misses", "5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    svodka = report["systems"]["svodka"]
    assert set(svodka["trigger"]) >= {"p", "r", "f1"}
    assert (svodka["trigger"]["gold"], svodka["trigger"]["tp"]) == (1, 1)
    assert (svodka["time_link_accuracy"], svodka["place_link_accuracy"],
            svodka["participant_link_accuracy"]) == (1.0, 1.0, 1.0)
    assert report["time_misses"]["svodka"] == {"by_kind": {}, "worst": []}
    table = runner.invoke(eval_app, ["events", str(folder), "--misses", "3"])
    assert "trigger (overlap)" in table.output and "participant" in table.output
    assert "time-link misses by kind: none" in table.output


# ---------------------------------------------------------------- the shared NEREL data (read only)

def test_shared_nerel_events_read_with_consistent_spans(shared):
    golds = read_nerel(shared / "datasets" / "nerel" / "dev", limit=15)
    events = [e for g in golds for e in g.events]
    assert events and any(e.times for e in events) and any(e.participants for e in events)
    for gold in golds:
        for e in gold.events:
            for start, stop, text in e.times + e.places + e.participants:
                assert gold.text[start:stop] == text
