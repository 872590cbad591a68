"""Small questions several extractors ask of the parse: which token heads a mention, and
whether a mention is a clause's subject."""
from __future__ import annotations

SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})


def mention_head(tokens, first: int, stop: int) -> int:
    """The token of ``[first, stop)`` whose head lies outside the span (``first`` if none)."""
    return next((k for k in range(first, stop) if not first <= tokens[k].head < stop), first)


def subject_token(tokens, first: int, stop: int) -> int:
    """The token that decides whether a mention is a subject: its head, or the word it is in
    apposition to ("представитель Европарламента Ги Верхофстадт настаивает")."""
    k = mention_head(tokens, first, stop)
    if tokens[k].rel == "appos" and 0 <= tokens[k].head < len(tokens):
        k = tokens[k].head
    return k


def is_subject(tokens, first: int, stop: int) -> bool:
    """Whether the mention at tokens ``[first, stop)`` is a clause's subject (or in apposition to one)."""
    return tokens[subject_token(tokens, first, stop)].rel in SUBJECT_RELS
