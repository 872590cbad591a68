"""The svodka gold sets (gold/*.jsonl) against the BSNLP and NEREL texts in ../shared, read at run time."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from svodka.eval.goldset import read_gold_set

pytestmark = pytest.mark.shared

GOLD = Path(__file__).resolve().parent.parent / "gold" / "bsnlp_gold.jsonl"
DEV = GOLD.with_name("bsnlp_dev.jsonl")
NEREL = [GOLD.with_name("nerel_dev.jsonl"), GOLD.with_name("nerel_fresh.jsonl"), GOLD.with_name("nerel_round4.jsonl")]
PRECISIONS = {"day": 10, "month": 7, "year": 4}


@pytest.fixture(scope="module")
def bsnlp(shared) -> Path:
    return shared / "datasets" / "bsnlp"


def read_entries(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return read_entries(GOLD)


def read_text(bsnlp: Path, name: str) -> str:
    """TEXT as GOLD_FORMAT.md defines it, read here without svodka's reader."""
    (path,) = list(bsnlp.glob(f"*/raw/ru/{name}"))
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n", 4)[4]


@pytest.mark.parametrize("path", [GOLD, DEV], ids=["gold", "dev"])
def test_every_offset_points_into_its_text(bsnlp, path):
    entries = read_entries(path)
    assert 18 <= len(entries) <= 600
    for entry in entries:
        text = read_text(bsnlp, entry["file"])
        for date in entry["dates"]:
            assert 0 <= date["start"] < date["end"] <= len(text)
            assert text[date["start"]:date["end"]] == date["text"], (entry["file"], date)
        for quote in entry["quotes"]:
            check_quote(text, quote, entry["file"])


def check_quote(text: str, quote: dict, file: str) -> None:
    """A quote's spans lie in the text and give its mention and cue as written."""
    assert 0 <= quote["content_start"] < quote["content_end"] <= len(text)
    if quote["speaker_start"] is not None:
        assert text[quote["speaker_start"]:quote["speaker_end"]] == quote["speaker_mention"]
    if quote["cue_start"] is not None:
        assert text[quote["cue_start"]:quote["cue_end"]] == quote["cue"], (file, quote)
    assert quote["kind"] in ("direct", "indirect", "mixed")


def test_the_dev_set_shares_no_article_with_the_gold_set(entries):
    dev = read_entries(DEV)
    assert not {e["file"] for e in dev} & {e["file"] for e in entries}
    assert sum(len(e["quotes"]) for e in dev) >= 700


def test_values_fit_their_precision_and_roles_are_complete(entries):
    for entry in entries:
        for date in entry["dates"]:
            if date["value"] is not None and date["precision"] in PRECISIONS:
                assert len(date["value"]) == PRECISIONS[date["precision"]], date
            if date["resolved"] in ("relative", "inherited"):
                assert entry["pub_date"] is not None
        for role in entry["roles"]:
            assert role["person"] and role["role"] == role["role"].strip()
            assert role["role"][0].islower()


def test_svodka_reader_gives_the_same_text(bsnlp, entries):
    items = read_gold_set(GOLD, bsnlp)
    assert [i.file for i in items] == [e["file"] for e in entries]
    for item in items:
        assert item.text == read_text(bsnlp, item.file)


def test_dates_on_the_gold_set_score_every_gold_date(bsnlp, entries):
    from svodka.eval.run import evaluate_gold_set
    report = evaluate_gold_set("dates", str(GOLD), str(bsnlp))
    svodka = report["systems"]["svodka"]
    assert report["documents"] == len(entries) and report["failures"] == {"svodka": 0}
    assert svodka["n_gold"] == sum(len(e["dates"]) for e in entries)
    overlap = svodka["detection"]["overlap"]
    assert overlap["tp"] <= min(overlap["pred"], overlap["gold"])
    assert svodka["detection"]["exact"]["tp"] <= overlap["tp"]
    assert svodka["value"]["n"] == overlap["tp"]


@pytest.mark.parametrize("path", NEREL, ids=["nerel_dev", "nerel_fresh", "nerel_round4"])
def test_nerel_statement_sets_point_into_whole_wikinews_files(shared, path):
    """The NEREL sets index the whole .txt file (no header lines), as svodka's reader reads it."""
    train = shared / "datasets" / "nerel" / "train"
    entries = read_entries(path)
    assert 50 <= len(entries) <= 200
    for entry in entries:
        with open(train / entry["file"], encoding="utf-8") as f:
            text = f.read()
        assert not entry["dates"] and not entry["roles"]
        for quote in entry["quotes"]:
            check_quote(text, quote, entry["file"])
    items = read_gold_set(path, train, limit=3)
    for item, entry in zip(items, entries):
        with open(train / entry["file"], encoding="utf-8") as f:
            assert item.text == f.read()


def test_the_nerel_sets_share_no_article():
    files = [{e["file"] for e in read_entries(p)} for p in NEREL]
    assert sum(map(len, files)) == len(set().union(*files))
