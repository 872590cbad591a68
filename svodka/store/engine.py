"""Connect to SQLite or PostgreSQL, set SQLite pragmas, run migrations to head."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..settings import Settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(url: str) -> str:
    """A SQLAlchemy URL for a SQLite file path, a ``sqlite:///`` URL or a PostgreSQL URL."""
    url = str(url).strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if url.startswith(("postgresql+", "sqlite:")):
        return url
    if "://" in url:
        raise StoreError(f"unknown database URL {url!r}",
                         hint="give a SQLite file path (svodka.db) or a postgresql://user@host/db URL")
    path = Path(url).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"cannot create database {path}: folder {path.parent} does not exist",
                         hint="create the folder first or choose another --db path")
    return "sqlite:///" + str(path.resolve())


def make_engine(url: str, settings: Settings) -> Engine:
    """An engine; on SQLite every connection gets WAL, busy_timeout, foreign keys, synchronous=NORMAL."""
    full = database_url(url)
    if not full.startswith("sqlite"):
        return create_engine(full, pool_pre_ping=True)
    engine = create_engine(full)
    timeout = int(settings.busy_timeout_ms)

    @event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None   # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {timeout}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(conn):
        # writers take the write lock up front, so a busy database waits instead of failing
        mode = "IMMEDIATE" if conn.get_execution_options().get("svodka_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any error."""
    with engine.connect() as conn:
        conn.execution_options(svodka_write=True)
        with conn.begin():
            yield conn


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest Alembic revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with write_tx(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def connect(url: str, settings: Settings) -> Engine:
    """Make the engine and migrate; any database error becomes a ``StoreError``."""
    engine = make_engine(url, settings)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {safe_url(url)}: {first_line(exc)}") from exc
    return engine


def safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    head, sep, tail = str(url).rpartition("@")
    if not sep or "://" not in head:
        return str(url)
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':')[0]}@{tail}"


def first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
