"""Read svodka's own gold (dates, statements, roles on BSNLP articles; GOLD_FORMAT.md).

The gold is JSONL, one object per article; ``file`` names a BSNLP raw file
found anywhere under the texts folder (or a path relative to it).  The
article is read with svodka's own BSNLP reader, whose ``Article.text`` is
the TEXT the offsets count in: the file after its first four lines.  Every
offset is checked against that text, so a gold file that does not fit its
texts is an error, not a silent zero.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError
from ..records import Article
from .gold import GoldDoc, check_dir
from .nerel_roles import gold_role

SPANS = {"dates": (("start", "end"),),
         "quotes": (("content_start", "content_end"), ("speaker_start", "speaker_end"), ("cue_start", "cue_end"))}


@dataclass(slots=True)
class GoldArticle:
    """One gold line with its article; offsets index ``article.text``."""

    file: str
    article: Article
    pub_date: str | None = None
    dates: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text


def read_gold_set(gold: str | Path, texts: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles of the JSONL file ``gold`` with their texts from ``texts``."""
    gold = Path(gold)
    if not gold.is_file():
        raise EvalError(f"{gold} is not a file", hint="give --gold the path of a gold JSONL file")
    folder = check_dir(texts, "BSNLP raw texts")
    index = {p.name: p for p in sorted(folder.rglob("*")) if p.is_file()}
    entries = []
    with open(gold, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                entries.append((number, _parse(line, gold, number)))
    if not entries:
        raise EvalError(f"{gold} has no gold articles", hint="the file holds one JSON object per line")
    return [_gold_article(entry, number, folder, index, gold) for number, entry in entries[:limit]]


def _parse(line: str, gold: Path, number: int) -> dict:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{gold}:{number} is not valid JSON ({exc.msg})",
                        hint="each line of the gold file is one JSON object (GOLD_FORMAT.md)") from None
    if not isinstance(entry, dict) or not entry.get("file"):
        raise EvalError(f"{gold}:{number} has no \"file\"", hint="each gold object names its article in \"file\"")
    return entry


def _gold_article(entry: dict, number: int, folder: Path, index: dict, gold: Path) -> GoldArticle:
    path = folder / entry["file"]
    path = path if path.is_file() else index.get(Path(entry["file"]).name)
    if path is None:
        raise EvalError(f"{gold}:{number}: the article {entry['file']!r} is not under {folder}",
                        hint="point --texts at the BSNLP folder that holds the raw files")
    article = read_article(path)
    item = GoldArticle(file=entry["file"], article=article, pub_date=entry.get("pub_date"),
                       dates=list(entry.get("dates") or []), quotes=list(entry.get("quotes") or []),
                       roles=list(entry.get("roles") or []))
    check_offsets(item, f"{gold}:{number}")
    return item


def read_article(path: Path) -> Article:
    from ..ingest import read_inputs
    items = list(read_inputs([str(path)]))
    if len(items) != 1 or not isinstance(items[0], Article):
        reason = getattr(items[0], "reason", "") if items else "nothing was read"
        raise EvalError(f"{path} cannot be read as an article: {reason}",
                        hint="the gold names BSNLP raw files; check that the file is one")
    return items[0]


def check_offsets(item: GoldArticle, where: str) -> None:
    """Every span lies inside the text, start before end (a quote's speaker and cue may be absent)."""
    size = len(item.text)
    for key, pairs in SPANS.items():
        for n, record in enumerate(getattr(item, key)):
            for start_key, end_key in pairs:
                start, end = record.get(start_key), record.get(end_key)
                if start is None and end is None and start_key != pairs[0][0]:
                    continue
                if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
                    raise EvalError(f"{where}: {key}[{n}] has {start_key}={start}, {end_key}={end} "
                                    f"outside the article text (0..{size})",
                                    hint="offsets index the text after the file's first four lines")


def gold_docs(items: list[GoldArticle]) -> list[GoldDoc]:
    """The gold articles as ``GoldDoc`` records with their roles, for the roles scorer."""
    return [GoldDoc(id=item.file, text=item.text, published=item.pub_date,
                    roles=[gold_role(r["person"], [r["role"]], [r["where"]] if r.get("where") else [])
                           for r in item.roles if r.get("person") and r.get("role")])
            for item in items]
