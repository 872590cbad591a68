"""Read NEREL (BRAT standoff: ``name.txt`` with ``name.ann``).

Mapping: PERSON is PER; ORGANIZATION is ORG; COUNTRY, CITY,
STATE_OR_PROVINCE, LOCATION and DISTRICT are LOC.  NEREL nests entities
("Правительство [России]"): only the outermost spans of these types are
kept.  A discontinuous entity (``start stop;start stop``) spans from its
first start to its last stop.  Offsets are character offsets into the
``.txt``, read without newline translation.  WORKS_AS and WORKPLACE
relations become ``GoldDoc.roles`` (``nerel_roles``); EVENT entities with
their POINT_IN_TIME, TAKES_PLACE_IN, PARTICIPANT_IN and AGENT relations
become ``GoldDoc.events`` (``nerel_events``).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import EvalError
from .gold import GoldDoc, check_dir, outermost, read_text
from .nerel_events import read_events
from .nerel_roles import read_work_relations

NEREL_TYPES = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC",
}


def read_nerel(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Every ``.txt`` with an ``.ann`` beside it in ``path``, sorted by name."""
    folder = check_dir(path, "NEREL (BRAT .txt + .ann)")
    texts = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".ann").exists())
    if not texts:
        raise EvalError(f"{folder} has no NEREL documents (.txt files with an .ann beside them)",
                        hint="point --format nerel at a folder such as nerel/dev")
    return [read_brat(p) for p in texts[:limit]]


def read_brat(txt: Path) -> GoldDoc:
    text = read_text(txt)
    with open(txt.with_suffix(".ann"), encoding="utf-8-sig") as f:
        lines = f.readlines()
    spans = [span for line in lines if (span := parse_entity(line)) is not None]
    return GoldDoc(id=txt.stem, text=text, spans=outermost(spans), roles=read_work_relations(lines, text),
                   events=read_events(lines, text))


def parse_entity(line: str) -> tuple[int, int, str] | None:
    """A mapped ``(start, stop, type)`` from a ``T`` line, None for anything else."""
    if not line.startswith("T"):
        return None
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2:
        return None
    kind, _, ranges = parts[1].partition(" ")
    if kind not in NEREL_TYPES:
        return None
    try:
        bounds = [tuple(map(int, r.split())) for r in ranges.split(";")]
        return bounds[0][0], bounds[-1][1], NEREL_TYPES[kind]
    except (ValueError, IndexError):
        raise EvalError(f"cannot read the entity line {line.strip()!r}",
                        hint="NEREL lines look like 'T1<TAB>PERSON 0 5<TAB>text'") from None
