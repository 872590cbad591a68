"""Read the BSNLP shared task (raw articles plus per-document annotations).

A raw file is: id, language, date (may be empty), URL, then the title and
the text.  An annotated file is the id, then one line per distinct mention:
``mention<TAB>base form<TAB>type<TAB>entity id``.  Files are paired by id
within a topic (``topic/raw/ru/x`` with ``topic/annotated/ru/y``); any
folder holding such files, at any depth, can be read.  The document text is
everything after the first four lines, read with universal newlines (as
GOLD_FORMAT.md defines it).

How mentions are scored (there are no offsets):

* Per document, gold is the set of (mention string, type) for gold types
  PER, LOC and ORG.  Strings are compared by ``gold.normal_text``: case-
  insensitive (two topics are annotated in lower case), ё read as е, spaces
  collapsed, surrounding quotes stripped.
* ``exact``: every distinct (string, type) a system outputs is one
  prediction; it is right when the same pair is in gold.  This is the shared
  task's strict setting (every surface form must be found).
* ``relaxed``: the shared task's relaxed setting.  A gold entity (its entity
  id in this document, with its type) is found when the system outputs at
  least one of its surface forms with that type.  Predictions that match a
  gold form of a found entity count once, as that entity; every other
  prediction is a false positive.
* Gold PRO, EVT and MISC mentions are not scored, but a system PER/LOC/ORG
  mention whose string gold annotates as PRO, EVT or MISC is a false
  positive in both settings: in the shared task a wrong type is an error.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import EvalError
from .gold import TYPES, GoldDoc, check_dir, normal_text

MARKERS = ("annotated", "raw")


@dataclass(slots=True)
class _Raw:
    id: str
    published: str | None
    url: str
    text: str


def read_bsnlp(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Annotated documents under ``path`` paired with their raw text, sorted by topic and id."""
    folder = check_dir(path, "BSNLP (topic/raw/ru and topic/annotated/ru)")
    raws, annotations = {}, {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        kind, key = _pair_key(file)
        if kind == "raw":
            raws[key] = file
        elif kind == "annotated":
            annotations[key] = file
    docs = []
    for key in sorted(k for k in annotations if k in raws):
        raw = read_raw(raws[key])
        docs.append(read_annotated(annotations[key], raw))
    if not docs:
        raise EvalError(f"{folder} has no BSNLP annotated documents with their raw text",
                        hint="point --format bsnlp at a topic folder holding annotated/ and raw/, "
                             "or at the folder of topics")
    return docs[:limit]


def _pair_key(file: Path) -> tuple[str, tuple]:
    parts = file.parts
    for i in range(len(parts) - 2, -1, -1):
        if parts[i] in MARKERS:
            first = _first_line(file)
            return parts[i], (parts[:i], parts[i + 1:-1], first)
    return "", ()


def _first_line(file: Path) -> str:
    try:
        with open(file, encoding="utf-8-sig") as f:
            return f.readline().strip()
    except (UnicodeDecodeError, OSError):
        return ""


def read_raw(file: Path) -> _Raw:
    with open(file, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    if len(lines) < 5:
        raise EvalError(f"{file} is not a BSNLP raw file (it has fewer than five lines)",
                        hint="raw files hold id, language, date, URL, then the title and text")
    date = lines[2].strip() or None
    return _Raw(id=lines[0].strip(), published=date, url=lines[3].strip(), text="\n".join(lines[4:]))


def read_annotated(file: Path, raw: _Raw) -> GoldDoc:
    doc = GoldDoc(id=raw.id, text=raw.text, published=raw.published, url=raw.url)
    with open(file, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")[1:]
    for number, line in enumerate(lines, 2):
        if not line.strip():
            continue
        fields = [x.strip() for x in line.split("\t")]
        if len(fields) < 3:
            raise EvalError(f"{file}:{number} is not 'mention<TAB>base<TAB>type<TAB>id'",
                            hint="fix the line or remove the file from the folder")
        mention, base, kind = fields[0], fields[1], fields[2].upper()
        entity = fields[3] if len(fields) > 3 and fields[3] else f"{kind}:{normal_text(base)}"
        if kind not in TYPES:
            doc.other.add(normal_text(mention))
            continue
        doc.mentions.add((normal_text(mention), kind))
        doc.norms.append((mention, base, kind))
        doc.groups.setdefault(f"{kind}|{entity}", set()).add((normal_text(mention), kind))
    return doc
