"""Run each system over gold documents and turn its output into ``SystemDoc`` records.

svodka runs its full pipeline on each gold text passed in as an Article;
its mention offsets into the cleaned ``Doc.text`` are mapped back to the gold
text with ``Doc.raw_span``, as are its dates and statements (roles carry
names, not spans).  Bare natasha runs on the gold text itself.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import EvalError
from ..records import Article, Doc
from .baseline import NatashaBaseline
from .found import Found, FoundDate, FoundEntity, FoundRole, FoundStatement, SystemDoc
from .gold import GoldDoc

SYSTEMS = ("svodka", "natasha")


def gold_articles(golds: list[GoldDoc], format: str) -> list[Article]:
    articles = []
    for gold in golds:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(gold.published or ""))
        articles.append(Article(text=gold.text, source=f"{format}:{gold.id}", format="text",
                                url=gold.url, published=gold.published,
                                published_precision=precision, ext_id=gold.id))
    return articles


def load_pipeline(settings=None):
    """svodka's pipeline, or an EvalError that says why it cannot run."""
    try:
        from ..pipeline import Pipeline
    except ImportError as exc:
        raise EvalError(f"the svodka pipeline cannot be loaded ({exc})",
                        hint="score bare natasha alone with --system natasha") from exc
    return Pipeline(settings)


def run_svodka(golds: list[GoldDoc], format: str, settings=None) -> list[SystemDoc]:
    return run_svodka_articles(gold_articles(golds, format), settings)


def run_svodka_articles(articles: list[Article], settings=None) -> list[SystemDoc]:
    """svodka's output on ``articles``, in order, offsets in each article's text."""
    pipe = load_pipeline(settings)
    return [adapt_svodka(item) for item in pipe.run(articles)]


def adapt_svodka(item) -> SystemDoc:
    """A pipeline ``Doc`` (or ``Failure``) as a ``SystemDoc`` with gold-text offsets."""
    if not isinstance(item, Doc):
        return SystemDoc(failure=getattr(item, "reason", str(item)))
    doc = item
    mentions = []
    for m in doc.mentions:
        raw_start, raw_stop = doc.raw_span(m.start, m.stop)
        mentions.append(Found(m.start, m.stop, m.type, m.text, m.normal or m.text,
                              raw_start, raw_stop, m.entity))
    entities = [FoundEntity(type=e.type, name=e.name, first=e.first, middle=e.middle, last=e.last,
                            mentions=list(e.mentions)) for e in doc.entities]
    return SystemDoc(text=doc.text, mentions=mentions, entities=entities,
                     base_form=lambda start, stop, type: _svodka_base_form(doc, start, stop, type),
                     roles=adapt_roles(doc), statements=adapt_statements(doc), dates=adapt_dates(doc))


def adapt_roles(doc: Doc) -> list[FoundRole]:
    roles = []
    for r in doc.roles:
        person = doc.entities[r.person_entity] if 0 <= r.person_entity < len(doc.entities) else None
        roles.append(FoundRole(person=r.person, role=r.role, org=r.org,
                               first=person.first if person else "", last=person.last if person else ""))
    return roles


def adapt_statements(doc: Doc) -> list[FoundStatement]:
    """Statements with content and cue spans mapped back to the article text."""
    found = []
    for s in doc.statements:
        content = doc.raw_span(s.content_start, s.content_stop)
        cue = doc.raw_span(s.cue_start, s.cue_stop) if 0 <= s.cue_start < s.cue_stop else (-1, -1)
        found.append(FoundStatement(content[0], content[1], speaker_name=s.speaker_name or s.speaker,
                                    cue=s.cue, cue_start=cue[0], cue_stop=cue[1], kind=s.kind))
    return found


def adapt_dates(doc: Doc) -> list[FoundDate]:
    found = []
    for d in doc.dates:
        start, stop = doc.raw_span(d.start, d.stop)
        found.append(FoundDate(start, stop, value=d.value, precision=d.precision, text=d.text))
    return found


def _svodka_base_form(doc: Doc, start: int, stop: int, type: str) -> str:
    from ..resolve.names import base_form
    return base_form(doc, start, stop, type)


def run_natasha(golds: list[GoldDoc], full: bool = False) -> list[SystemDoc]:
    """Bare natasha on each gold text: NER only, or the full chain with base forms."""
    baseline = NatashaBaseline(full=full)
    run = baseline.analyze if full else baseline.ner
    return [run(gold.text) for gold in golds]


def run_systems(golds: list[GoldDoc], format: str, systems=SYSTEMS, full: bool = False,
                settings=None) -> Iterator[tuple[str, list[SystemDoc]]]:
    """Each named system's output on the same documents, svodka first."""
    for name in systems:
        if name == "svodka":
            yield name, run_svodka(golds, format, settings)
        elif name == "natasha":
            yield name, run_natasha(golds, full=full)
        else:
            raise EvalError(f"unknown system {name!r}", hint=f"choose from {', '.join(SYSTEMS)}")
