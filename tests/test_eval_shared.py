"""Readers and the bare-natasha baseline on the shared datasets (../shared/datasets)."""
from __future__ import annotations

from collections import Counter

import pytest

from svodka.eval import read_bsnlp, read_factru, read_nerel
from svodka.eval.ner import score_ner
from svodka.eval.systems import run_natasha

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def datasets(shared):
    return shared / "datasets"


@pytest.fixture(scope="module")
def factru(datasets):
    return read_factru(datasets / "factru" / "devset")


def test_factru_devset_reads_whole(factru):
    assert len(factru) == 122
    types = Counter(t for d in factru for _, _, t in d.spans)
    assert 600 <= types["PER"] <= 900 and 800 <= types["LOC"] <= 1200 and 450 <= types["ORG"] <= 800
    assert all(0 <= s < e <= len(d.text) for d in factru for s, e, _ in d.spans)
    assert 1200 <= sum(e.scorable for d in factru for e in d.entities) <= 1500


def test_nerel_dev_reads_whole(datasets):
    docs = read_nerel(datasets / "nerel" / "dev")
    assert len(docs) == 94
    types = Counter(t for d in docs for _, _, t in d.spans)
    assert all(400 <= types[t] <= 1200 for t in ("PER", "LOC", "ORG"))


@pytest.mark.parametrize("topic, documents", [
    ("asia_bibi", 118), ("brexit", 153), ("ec", 24), ("nord_stream", 150), ("trump", 26)])
def test_bsnlp_annotated_topics_read_whole(datasets, topic, documents):
    docs = read_bsnlp(datasets / "bsnlp" / topic)
    assert len(docs) == documents
    per_doc = sum(len(d.mentions) for d in docs) / len(docs)
    assert 5 <= per_doc <= 40
    assert all(d.text.strip() for d in docs)


def test_natasha_baseline_on_factru_is_in_the_published_range(factru):
    docs = factru[:20]
    table = score_ner(docs, run_natasha(docs), "factru")
    assert 0.8 <= table["overall"]["exact"].f1 <= 0.95
    assert 0.8 <= table["overall"]["token"].f1 <= 0.97
