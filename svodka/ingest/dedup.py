"""Near-duplicate articles: MinHash LSH over word 5-shingles (datasketch).

Exact duplicates are caught by the content hash (``Article.id``); this
catches reposts with a changed byline, a fixed typo or an extra line.
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

SHINGLE = 5
_WORD = re.compile(r"\w+")


class NearDuplicates:
    """Remembers articles and says which earlier one a new text nearly repeats."""

    def __init__(self, threshold: float = 0.9, num_perm: int = 64):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}

    def seen(self, article_id: str, text: str) -> str | None:
        """The id of an earlier near-duplicate of ``text``, else ``None``; remembers ``text`` as ``article_id``.

        An ``article_id`` seen before gives ``None``: that is an exact duplicate.
        """
        if article_id in self._hashes:
            return None
        sketch = self.sketch(text)
        match = self._best_match(sketch)
        self._lsh.insert(article_id, sketch)
        self._hashes[article_id] = sketch
        return match

    def __len__(self) -> int:
        return len(self._hashes)

    def sketch(self, text: str) -> MinHash:
        """The MinHash of ``text``'s word shingles."""
        sketch = MinHash(num_perm=self.num_perm)
        sketch.update_batch([s.encode("utf-8") for s in shingles(text)])
        return sketch

    def _best_match(self, sketch: MinHash) -> str | None:
        best, score = None, self.threshold - 0.1  # the estimate is noisy at 64 permutations
        for key in self._lsh.query(sketch):
            similarity = sketch.jaccard(self._hashes[key])
            if similarity >= score:
                best, score = key, similarity
        return best


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text if it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}
