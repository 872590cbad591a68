"""``read_html``: the main text of a saved web page, via trafilatura.

Bytes are decoded here first (``<meta charset>`` included), because
trafilatura does not honour the declared charset.  Nothing is fetched:
the page is only parsed.  No trafilatura type leaves this module.
"""
from __future__ import annotations

import logging
from typing import Iterator

from ..errors import NoText, PipelineError
from ..records import Article, Failure
from .decode import universal_newlines
from .published import parse_published
from .text import decode_text

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read_html(
    data: bytes, source: str, declared: str | None = None, url: str = ""
) -> Iterator[Article | Failure]:
    """One article: the page's main text, title, date and URL."""
    html, encoding = decode_text(data, declared)
    yield html_article(html, source, encoding, url=url)


def html_article(html: str, source: str, encoding: str, url: str = "", format: str = "html") -> Article:
    """An ``Article`` from decoded HTML; ``NoText`` when no main text is found."""
    page = extract_page(html, url)
    if not page["text"].strip():
        raise NoText("the HTML page has no main text that could be extracted")
    published, precision = parse_published(page["date"])
    return Article(
        text=page["text"],
        source=source,
        format=format,
        title=page["title"],
        url=url or page["url"],
        published=published,
        published_precision=precision,
        encoding=encoding,
    )


def extract_page(html: str, url: str = "") -> dict[str, str]:
    """Main text, title, date (``YYYY-MM-DD``) and canonical URL of a page, as plain strings."""
    doc = load_trafilatura().bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    if doc is None:
        return {"text": "", "title": "", "date": "", "url": ""}
    return {
        "text": universal_newlines(_field(doc, "text")).strip(),
        "title": _field(doc, "title").strip(),
        "date": _field(doc, "date"),
        "url": _field(doc, "url"),
    }


def load_trafilatura():
    """The trafilatura module, imported on first use so other formats work without it."""
    try:
        import trafilatura
    except ImportError as exc:
        raise PipelineError(
            f"reading HTML needs trafilatura, which failed to import ({exc})",
            "install the pinned requirements: pip install -r requirements.lock (lxml_html_clean is among them)",
        ) from None
    return trafilatura


def _field(doc, name: str) -> str:
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else ""
