"""Read factRuEval-2016 (``book_N.txt``, ``.spans``, ``.objects``, ``.coref``).

Offsets in ``.spans`` are character offsets into ``.txt`` (checked on the
devset: every token and span text matches ``text[offset:offset+length]``),
so the text is read without newline translation.

Mapping to PER/LOC/ORG, as naeval does: Person is PER with the whole object
span; Org is ORG with its ``org_name`` spans; Location and LocOrg are LOC
with their ``loc_name`` spans.  Overlapping spans keep the outermost
(``gold.outermost``).  Coref groups become ``GoldEntity`` records with their
normalised attributes (firstname, patronymic, lastname; name).  Occupation
facts become ``GoldDoc.roles`` (``factru_facts``).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import EvalError
from .factru_facts import read_occupations
from .gold import GoldDoc, GoldEntity, check_dir, outermost, read_text

OBJECT_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NAME_SPANS = {"ORG": "org_name", "LOC": "loc_name"}
ATTRIBUTES = {"firstname": "first", "patronymic": "middle", "lastname": "last", "name": "names"}


def read_factru(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Every ``book_N`` in ``path`` (sorted by N), the first ``limit`` if given."""
    folder = check_dir(path, "factRuEval (book_N.txt, .spans, .objects)")
    books = sorted(folder.glob("*.txt"), key=_book_number)
    books = [b for b in books if b.with_suffix(".objects").exists()]
    if not books:
        raise EvalError(f"{folder} has no factRuEval documents (book_N.txt with book_N.objects)",
                        hint="point --format factru at a folder such as factru/devset")
    return [read_book(b) for b in books[:limit]]


def read_book(txt: Path) -> GoldDoc:
    text = read_text(txt)
    spans = _read_spans(txt.with_suffix(".spans"))
    objects = _read_objects(txt.with_suffix(".objects"))
    mentions = [m for obj_type, ids in objects.values() for m in _object_mentions(obj_type, ids, spans)]
    entities = _read_coref(txt.with_suffix(".coref"), objects, spans)
    return GoldDoc(id=txt.stem, text=text, spans=outermost(mentions), entities=entities,
                   roles=read_occupations(txt, text, spans))


def _book_number(path: Path) -> tuple[int, str]:
    digits = "".join(ch for ch in path.stem if ch.isdigit())
    return (int(digits) if digits else -1, path.stem)


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\n") for line in f]


def _read_spans(path: Path) -> dict[str, tuple[str, int, int]]:
    """span id -> (span type, start, stop)."""
    spans = {}
    for line in _lines(path):
        head = line.partition("#")[0].split()
        if len(head) >= 4:
            span_id, span_type, offset, length = head[:4]
            spans[span_id] = (span_type, int(offset), int(offset) + int(length))
    return spans


def _read_objects(path: Path) -> dict[str, tuple[str, list[str]]]:
    """object id -> (object type, span ids)."""
    objects = {}
    for line in _lines(path):
        head = line.partition("#")[0].split()
        if len(head) >= 2:
            objects[head[0]] = (head[1], head[2:])
    return objects


def _object_mentions(obj_type: str, span_ids: list[str], spans: dict) -> list[tuple[int, int, str]]:
    kind = OBJECT_TYPES.get(obj_type)
    own = [spans[i] for i in span_ids if i in spans]
    if kind is None or not own:
        return []
    if kind == "PER":
        return [(min(s[1] for s in own), max(s[2] for s in own), "PER")]
    return [(start, stop, kind) for span_type, start, stop in own if span_type == NAME_SPANS[kind]]


def _read_coref(path: Path, objects: dict, spans: dict) -> list[GoldEntity]:
    """Coref blocks: ``id object_ids...`` then ``attribute value`` lines, blank-separated."""
    entities, block = [], []
    for line in _lines(path) + [""]:
        if line.strip():
            block.append(line.strip())
            continue
        if block:
            entity = _coref_entity(block, objects, spans)
            if entity is not None:
                entities.append(entity)
        block = []
    return entities


def _coref_entity(block: list[str], objects: dict, spans: dict) -> GoldEntity | None:
    object_ids = block[0].split()[1:]
    kinds = Counter(OBJECT_TYPES[objects[i][0]] for i in object_ids
                    if i in objects and objects[i][0] in OBJECT_TYPES)
    if not kinds:
        return None
    entity = GoldEntity(type=kinds.most_common(1)[0][0])
    for i in object_ids:
        own = [spans[s] for s in objects.get(i, ("", []))[1] if s in spans]
        if own:
            entity.spans.append((min(s[1] for s in own), max(s[2] for s in own)))
    for line in block[1:]:
        key, _, value = line.partition(" ")
        attribute = ATTRIBUTES.get(key.rstrip("0123456789"))
        if attribute and value.strip():
            getattr(entity, attribute).add(value.strip())
    return entity
