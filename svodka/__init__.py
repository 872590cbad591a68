"""svodka: Russian-language news into a knowledge base.

    >>> import svodka
    >>> doc = svodka.analyze("Президент Садыр Жапаров 5 января провёл совещание.", published="2022-01-10")
    >>> [e.name for e in doc.entities]
    ['Садыр Жапаров']
    >>> kb = svodka.open_kb("svodka.db")
"""
from .records import Article, Doc, Entity, Mention, DateRef, Removal, Failure, Token, Sentence, PIPELINE_VERSION
from .settings import Settings
from .errors import SvodkaError

__version__ = PIPELINE_VERSION


def analyze(text: str, published: str | None = None, title: str = ""):
    """Run the whole pipeline on one text and return its ``Doc`` (nothing is stored)."""
    from .pipeline import analyze as _analyze
    return _analyze(text, published=published, title=title)


def open_kb(path: str = "svodka.db", settings: Settings | None = None):
    """Open a knowledge base (SQLite path or postgresql:// URL) for queries and ingestion."""
    from .query import KB
    return KB.open(path, settings=settings)


__all__ = ["analyze", "open_kb", "Article", "Doc", "Entity", "Mention", "DateRef", "Removal",
           "Failure", "Token", "Sentence", "Settings", "SvodkaError", "PIPELINE_VERSION"]
