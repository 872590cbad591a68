"""The learned ranking of pronoun and unnamed speakers (svodka.extract.speaker_ranking)
and its training script (benchmarks/train_speaker_ranking.py)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from svodka.extract import speaker_ranking
from svodka.extract.speaker_names import Speaker
from svodka.extract.speech import DocView

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Министр финансов Олег Гарин выступил в парламенте. Компания «Северсталь» отчиталась о прибыли. "
        "Губернатор Иван Петров посетил завод. «Бюджет будет исполнен», — сказал он. "
        "«Завод заработает в марте», — добавил губернатор.")


@pytest.fixture(scope="module")
def view():
    import svodka
    return DocView(svodka.analyze(TEXT, published="2022-01-10"))


def token(view, word: str, nth: int = 0) -> int:
    return [i for i, low in enumerate(view.low) if low == word][nth]


def pronoun(view) -> tuple[Speaker, int]:
    k = token(view, "он")
    t = view.tokens[k]
    return Speaker(t.start, t.stop, t.text, -1, "", "pronoun"), token(view, "сказал")


def names(view, options) -> list[str]:
    return [view.doc.entities[o.entity].name if o.entity >= 0 else "" for o in options]


def test_a_pronoun_is_offered_the_people_named_before_it_most_recent_first(view):
    sp, cue = pronoun(view)
    options = speaker_ranking.speaker_options(view, sp, cue, "сказать", (0, 0))
    assert names(view, options) == ["Иван Петров", "Олег Гарин"]      # no company for "он"
    petrov, garin = (o.features for o in options)
    assert petrov["rank:0"] == 1 and garin["rank:1"] == 1
    assert petrov["dist:1"] == 1 and garin["dist:3_5"] == 1
    assert garin["headline"] == 1 and "headline" not in petrov
    assert petrov["gender:agree"] == 1 and petrov["last:nominative"] == 1


def governor(view) -> tuple[Speaker, int]:
    t = view.tokens[token(view, "губернатор", 1)]
    return Speaker(t.start, t.stop, t.text, -1, "губернатор", "description"), token(view, "добавил")


def test_a_title_is_offered_the_people_who_hold_it_and_may_stay_as_written(view):
    sp, cue = governor(view)
    options = speaker_ranking.speaker_options(view, sp, cue, "добавить", (0, 0))
    assert names(view, options) == ["Иван Петров", ""]          # not the minister; or stay "губернатор"
    assert options[0].features["title:before_mention"] == 1


def test_a_word_for_a_body_is_not_ranked(view):
    t = view.tokens[token(view, "компания")]
    sp = Speaker(t.start, t.stop, t.text, -1, "компания", "description")
    assert speaker_ranking.speaker_options(view, sp, token(view, "сказал"), "сказать", (0, 0)) == []


def test_a_person_named_only_inside_the_content_is_no_candidate(view):
    sp, cue = pronoun(view)
    garin = view.doc.mentions[next(i for i, m in enumerate(view.doc.mentions) if "Гарин" in m.text)]
    options = speaker_ranking.speaker_options(view, sp, cue, "сказать", (garin.start, garin.stop))
    assert names(view, options) == ["Иван Петров"]


def test_the_highest_scoring_candidate_wins(view, monkeypatch):
    sp, cue = pronoun(view)
    monkeypatch.setattr(speaker_ranking, "load_model", lambda: {"rank:1": 2.0})
    assert speaker_ranking.rank_speaker(view, sp, cue, "сказать").name == "Олег Гарин"
    monkeypatch.setattr(speaker_ranking, "load_model", lambda: {"rank:0": 2.0})
    found = speaker_ranking.rank_speaker(view, sp, cue, "сказать")
    assert found.name == "Иван Петров" and found.how == "ranked"
    assert (found.start, found.stop) == (sp.start, sp.stop)         # the span stays the pronoun's


def test_a_description_stays_unless_a_candidate_beats_keeping_it(view, monkeypatch):
    sp, cue = governor(view)
    monkeypatch.setattr(speaker_ranking, "load_model", lambda: {"bias:person": -1.0})
    assert speaker_ranking.rank_speaker(view, sp, cue, "добавить") is sp
    monkeypatch.setattr(speaker_ranking, "load_model", lambda: {"bias:person": 1.0})
    assert speaker_ranking.rank_speaker(view, sp, cue, "добавить").name == "Иван Петров"


def test_a_named_speaker_is_left_alone(view, monkeypatch):
    monkeypatch.setattr(speaker_ranking, "load_model", lambda: {"rank:1": 9.0})
    sp = Speaker(0, 5, "Олег", 0, "Олег Гарин", "mention")
    assert speaker_ranking.rank_speaker(view, sp, token(view, "сказал"), "сказать") is sp


def test_the_shipped_weights_read_the_evidence_the_right_way():
    """The weights file is a trained model: agreement, speaking before and being the last subject
    count for a person; being named inside the content counts against."""
    data = json.loads(speaker_ranking.WEIGHTS.read_text(encoding="utf-8"))
    weights = data["weights"]
    assert data["cases"] > 100 and data["trained_on"].endswith(".jsonl")
    assert weights["gender:agree"] > weights["gender:unknown"]
    assert weights["said:last"] > 0 and weights["last:nominative"] > 0 > weights["named_in_content"]


def load_trainer():
    path = ROOT / "benchmarks" / "train_speaker_ranking.py"
    spec = importlib.util.spec_from_file_location("train_speaker_ranking", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module         # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_fitting_learns_which_feature_marks_the_gold_speaker():
    trainer = load_trainer()
    cases = [trainer.Case(article=n, options=[{"near": 1.0}, {"spoke": 1.0, "near": float(n % 2)}],
                          names=["Иван Петров", "Олег Гарин"], rule=0, gold="олег гарин") for n in range(20)]
    names = trainer.feature_names(cases)
    w = dict(zip(names, trainer.fit(cases, names)))
    assert w["spoke"] > w["near"]
    x = trainer.vectorise(cases[:1], names)[0]
    assert trainer.pick(x, trainer.fit(cases, names)) == 1
