"""Run each system over gold documents and turn its output into ``SystemDoc`` records.

svodka runs its full pipeline on each gold text passed in as an Article;
its mention offsets into the cleaned ``Doc.text`` are mapped back to the gold
text with ``Doc.raw_span``, as are its dates, statements and events (roles
carry names, not spans).  Bare natasha runs on the gold text itself.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import EvalError
from ..records import Article, Doc
from .baseline import NatashaBaseline
from .found import Found, FoundDate, FoundEntity, FoundEvent, FoundRole, FoundStatement, SystemDoc
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
                     roles=adapt_roles(doc), statements=adapt_statements(doc), dates=adapt_dates(doc),
                     events=adapt_events(doc))


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


DATED_BY_EXPRESSION = ("expression", "inherited")


def adapt_events(doc: Doc) -> list[FoundEvent]:
    """Events with trigger, date expression and argument spans mapped back to the article text.

    A location, agent or patient without an entity stands for the places its
    text occurs in the event's sentence (case-insensitive).
    """
    found = []
    for e in doc.events:
        date_span, date_text = None, ""
        if e.date_source in DATED_BY_EXPRESSION and 0 <= e.date_ref < len(doc.dates):
            ref = doc.dates[e.date_ref]
            date_span, date_text = doc.raw_span(ref.start, ref.stop), ref.text
        found.append(FoundEvent(
            *doc.raw_span(e.trigger_start, e.trigger_stop), type=e.type, trigger=e.trigger,
            date=e.date, date_source=e.date_source, date_span=date_span, date_text=date_text,
            places=_argument_spans(doc, e, e.location_entity, e.location),
            participants=(_argument_spans(doc, e, e.agent_entity, e.agent)
                          + _argument_spans(doc, e, e.patient_entity, e.patient)),
            sentence=doc.raw_span(e.sentence_start, e.sentence_stop)))
    return found


def _argument_spans(doc: Doc, event, entity: int, text: str) -> list[tuple[int, int]]:
    if 0 <= entity < len(doc.entities):
        return [doc.raw_span(m.start, m.stop) for m in doc.entity_mentions(doc.entities[entity])]
    if not text:
        return []
    sentence = doc.text[event.sentence_start:event.sentence_stop].lower()
    spans, at = [], sentence.find(text.lower())
    while at >= 0:
        start = event.sentence_start + at
        spans.append(doc.raw_span(start, start + len(text)))
        at = sentence.find(text.lower(), at + 1)
    return spans


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
