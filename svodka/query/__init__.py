"""Queries: functions returning plain dicts, shared by the CLI, the Python API and the web.

    >>> kb = KB.open("svodka.db")
    >>> kb.entities(type="PER")[:1]
    [{'name': 'Касым-Жомарт Токаев', 'type': 'PER', 'mentions': 3, 'docs': 1, ...}]
"""
from __future__ import annotations

from typing import Iterable

from ..errors import UsageError
from ..settings import Settings
from ..pipeline import ingest_paths
from .render import mark_text


class KB:
    """A knowledge base: a store opened for reading and ingestion."""

    def __init__(self, store, settings: Settings):
        self.store = store
        self.settings = settings

    @classmethod
    def open(cls, path: str | None = None, settings: Settings | None = None) -> "KB":
        from ..store import open_store
        settings = settings or Settings.load()
        return cls(open_store(path or settings.db, settings), settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KB":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ingest(self, paths: Iterable[str], default_date: str | None = None, progress=None,
               command: str = "ingest", reprocess: bool = False) -> dict:
        """Read, analyse and store; returns the summary (ingested, duplicates, failed).
        ``reprocess`` analyses again articles stored by an older pipeline version."""
        return ingest_paths(self.store, paths, self.settings, default_date, progress, command, reprocess)

    def docs(self, limit: int | None = None) -> list[dict]:
        return self.store.list_docs(limit=limit)

    def show(self, doc: str) -> dict:
        """One document with its entities, dates, what cleaning removed, and a marked-up text."""
        data = self.store.get_doc(doc)
        data["marked"] = mark_text(data)
        return data

    def entities(self, type: str | None = None, doc: str | None = None) -> list[dict]:
        return self.store.list_entities(type=type.upper() if type else None, doc=doc)

    def search(self, query: str, limit: int = 20) -> list[dict]:
        return self.store.search(query, limit=limit)

    def statements(self, speaker: str | None = None, about: str | None = None,
                   doc: str | None = None) -> list[dict]:
        """Who said what: statements by speaker, by a name the content mentions, by document."""
        return self.store.list_statements(speaker=speaker, about=about, doc=doc)

    def roles(self, person: str | None = None, doc: str | None = None) -> list[dict]:
        """People's titles and positions, with the organisation or place."""
        return self.store.list_roles(person=person, doc=doc)

    def events(self, entity: str | None = None, place: str | None = None, type: str | None = None,
               start: str | None = None, stop: str | None = None, doc: str | None = None) -> list[dict]:
        """Events (dated or not) with their arguments and source sentence."""
        from .timeline import check_date, within
        check_date(start, "--from")
        check_date(stop, "--to")
        rows = self.store.list_events(entity=entity, place=place, type=type, doc=doc)
        if start or stop:
            rows = [e for e in rows if within(e.get("date"), start, stop)]
        return rows

    def timeline(self, entity: str | None = None, place: str | None = None, type: str | None = None,
                 start: str | None = None, stop: str | None = None, reported: bool = False) -> list[dict]:
        """Dated events in date order; each leads back to its article and sentence.
        ``reported`` adds events dated only by their article's publication date."""
        from .timeline import timeline
        return timeline(self.store.list_events(entity=entity, place=place, type=type), start, stop, reported, type)

    def export_events(self, format: str = "csv", **filters) -> str:
        """Events in an ACLED-like CSV layout."""
        from .timeline import export_csv
        if format != "csv":
            raise UsageError(f"export format {format!r} is not known", hint="use --format csv")
        return export_csv(self.events(**filters))

    def failures(self) -> list[dict]:
        return self.store.list_failures()

    def runs(self) -> list[dict]:
        return self.store.list_runs()

    def brief(self, limit: int = 15) -> dict:
        """What the knowledge base holds, in a few lines: docs, people, orgs, places, the
        timeline, who said what, who is who, and the resolved dates."""
        docs = self.docs()
        dates = []
        for d in docs:
            for date in self.store.get_doc(d["id"])["dates"]:
                dates.append({"doc": d["id"], "text": date["text"], "value": date["value"],
                              "precision": date["precision"], "resolved": date["resolved"]})
        return {
            "documents": docs,
            "people": self.entities(type="PER")[:limit],
            "organisations": self.entities(type="ORG")[:limit],
            "places": self.entities(type="LOC")[:limit],
            "timeline": self.timeline()[:limit],
            "statements": self.statements()[:limit],
            "roles": self.roles()[:limit],
            "dates": dates,
            "failures": len(self.failures()),
        }


__all__ = ["KB", "ingest_paths", "mark_text"]
