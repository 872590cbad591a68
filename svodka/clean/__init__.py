"""Cleaning: boilerplate removal, glued sub-heading splitting, normalisation.

All offset-preserving: ``clean_article(article) -> Doc`` gives the clean text,
segments mapping it back to ``Article.text`` and the list of removals.

    >>> from svodka.clean import clean_text
    >>> text, segments, removed = clean_text("Митинг прошёл мирно.\\nПоделиться")
    >>> text, [r.reason for r in removed]
    ('Митинг прошёл мирно.', ['boilerplate:share'])
"""
from .boilerplate import find_boilerplate, match_line
from .cleaner import HEADING, HEADING_BREAK, clean_article, clean_text
from .headings import find_headings, split_headings
from .normalize import normal_form, normalize_text

__all__ = ["clean_article", "clean_text", "normalize_text", "normal_form", "find_boilerplate",
           "match_line", "find_headings", "split_headings", "HEADING", "HEADING_BREAK"]
