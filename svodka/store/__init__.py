"""The store: one writer and the readers over SQLite or PostgreSQL.

    >>> store = open_store("kb.sqlite")            # or "postgresql://user@host/db"
    >>> run = store.begin_run("ingest samples")
    >>> store.save_doc(doc, run)                   # False if already stored at this version
    >>> store.end_run(run, ingested=1, duplicates=0, failed=0)
    >>> store.search("Токаеву")                    # [{id, title, snippet, score, ...}]

Every method returns plain Python values; database errors come out as
``svodka.errors.StoreError`` (lookups of unknown ids as ``NotFound``).
"""
from __future__ import annotations

import functools

from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..records import Doc, Failure
from ..settings import Settings
from . import facts, read, write
from .engine import connect, first_line, safe_url
from .search import lemmatize_for_search

__all__ = ["Store", "open_store", "lemmatize_for_search"]


def _database_errors(method):
    """Turn SQLAlchemy errors into a StoreError that says what happened."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            raise StoreError(f"{method.__name__} failed on {self.url}: {first_line(exc)}") from exc
    return wrapper


class Store:
    """A knowledge-base database.  Use ``open_store`` to make one."""

    def __init__(self, engine, url: str):
        self._engine = engine
        self.url = safe_url(url)
        self.dialect = engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # writing
    @_database_errors
    def begin_run(self, command: str) -> int:
        """Record the start of a run (an ingest command); returns its id."""
        return write.begin_run(self._engine, command)

    @_database_errors
    def end_run(self, run_id: int, ingested: int, duplicates: int, failed: int) -> None:
        write.end_run(self._engine, run_id, ingested, duplicates, failed)

    @_database_errors
    def has_article(self, article_id: str) -> bool:
        with self._engine.connect() as conn:
            return write.stored_version(conn, article_id) is not None

    @_database_errors
    def article_version(self, article_id: str) -> str | None:
        """The pipeline version an article was stored with, None if it is not stored."""
        return self._stored_version(article_id)

    def save_doc(self, doc: Doc, run_id: int | None = None) -> bool:
        """Write all of ``doc`` in one transaction; False if it is already stored at this version."""
        try:
            return write.save_doc(self._engine, doc, run_id)
        except IntegrityError as exc:
            if self._stored_version(doc.id) == doc.version:   # another writer stored it first
                return False
            raise StoreError(f"article {doc.id} ({doc.article.source}) was not stored: {first_line(exc)}",
                             hint="nothing of it was written; this is a bug in an earlier stage, "
                                  "please report it") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"article {doc.id} ({doc.article.source}) was not stored: {first_line(exc)}") from exc

    def _stored_version(self, article_id: str) -> str | None:
        with self._engine.connect() as conn:
            return write.stored_version(conn, article_id)

    @_database_errors
    def save_failure(self, failure: Failure, run_id: int | None = None) -> None:
        write.save_failure(self._engine, failure, run_id)

    # reading
    @_database_errors
    def list_docs(self, limit: int | None = None) -> list[dict]:
        return read.list_docs(self._engine, limit)

    @_database_errors
    def get_doc(self, doc_id: str) -> dict:
        return read.get_doc(self._engine, doc_id)

    @_database_errors
    def list_entities(self, type: str | None = None, doc: str | None = None,
                      limit: int | None = None) -> list[dict]:
        return read.list_entities(self._engine, type=type, doc=doc, limit=limit)

    @_database_errors
    def list_failures(self) -> list[dict]:
        return read.list_failures(self._engine)

    @_database_errors
    def list_runs(self) -> list[dict]:
        return read.list_runs(self._engine)

    @_database_errors
    def count_rows(self) -> dict[str, int]:
        return read.count_rows(self._engine)

    @_database_errors
    def list_statements(self, speaker: str | None = None, about: str | None = None,
                        doc: str | None = None) -> list[dict]:
        return facts.list_statements(self._engine, speaker=speaker, about=about, doc=doc)

    @_database_errors
    def list_roles(self, person: str | None = None, doc: str | None = None) -> list[dict]:
        return facts.list_roles(self._engine, person=person, doc=doc)

    @_database_errors
    def list_events(self, entity: str | None = None, place: str | None = None, type: str | None = None,
                    doc: str | None = None) -> list[dict]:
        return facts.list_events(self._engine, entity=entity, place=place, type=type, doc=doc)

    @_database_errors
    def search(self, query: str, limit: int = 20) -> list[dict]:
        return read.search(self._engine, query, limit)

    def close(self) -> None:
        self._engine.dispose()


def open_store(url: str, settings: Settings | None = None) -> Store:
    """Open (creating or upgrading) the database at a SQLite path or a postgresql:// URL."""
    settings = settings or Settings()
    return Store(connect(url, settings), str(url))
