"""Plain typed records: what every stage reads and writes.

Every record is a dataclass with ``slots=True``, a short repr, and a JSON
round trip (``as_json`` / ``from_json``).  Offsets are ``(start, stop)``
Python string indices into ``Doc.text`` (stop exclusive); ``Doc.to_raw``
maps them back to the raw article text.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import ClassVar, Optional, get_args, get_origin, get_type_hints

PIPELINE_VERSION = "0.1.0"


class Record:
    """Mixin: JSON round trip and a short repr for slotted dataclasses."""

    __slots__ = ()
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    def as_json(self) -> dict:
        return {f.name: _dump(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict):
        hints = get_type_hints(cls)
        kwargs = {}
        for f in fields(cls):
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)

    def __repr__(self) -> str:
        names = self._repr_fields or tuple(f.name for f in fields(self))[:4]
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__name__}({body})"


def _dump(value):
    if is_dataclass(value):
        return value.as_json()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(hint, value):
    if value is None:
        return None
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Optional or (origin is not None and type(None) in args):
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value) if inner else value
    if origin in (list, tuple):
        return [_load(args[0], v) for v in value] if args else list(value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_json(value)
    return value


def content_id(text: str) -> str:
    """The article id: a hash of its text, so the same content is the same article."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True, repr=False)
class Article(Record):
    """One input article as read: raw text plus what the source says about it."""

    text: str
    id: str = ""
    source: str = ""          # path, "path:line" for JSONL, "-" for stdin
    format: str = ""          # dated | text | jsonl | html | bsnlp | warc
    title: str = ""
    url: str = ""
    published: Optional[str] = None            # ISO date at its precision
    published_precision: Optional[str] = None  # day | month | year
    ext_id: str = ""          # the id the source gives, if any
    encoding: str = ""
    near_duplicate_of: str = ""   # id of an earlier article of the same run this one nearly repeats
    _repr_fields: ClassVar = ("id", "source", "format", "published")

    def __post_init__(self):
        if not self.id:
            self.id = content_id(self.text)


@dataclass(slots=True, repr=False)
class Removal(Record):
    """A piece of raw text cleaning took out (or changed), and why."""

    start: int       # raw offsets
    stop: int
    reason: str      # boilerplate:<rule> | heading | normalize:<rule>
    text: str = ""
    _repr_fields: ClassVar = ("start", "stop", "reason", "text")


@dataclass(slots=True, repr=False)
class Segment(Record):
    """``length`` characters of clean text from ``clean`` map to raw text from ``raw``."""

    clean: int
    raw: int
    length: int


@dataclass(slots=True, repr=False)
class Sentence(Record):
    start: int
    stop: int
    _repr_fields: ClassVar = ("start", "stop")


@dataclass(slots=True, repr=False)
class Token(Record):
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict = field(default_factory=dict)
    head: int = -1      # index of the head token in Doc.tokens, -1 for the root
    rel: str = ""
    sent: int = 0       # index into Doc.sentences
    _repr_fields: ClassVar = ("text", "lemma", "pos", "rel")


@dataclass(slots=True, repr=False)
class Mention(Record):
    start: int
    stop: int
    text: str
    type: str                 # PER | LOC | ORG
    normal: str = ""          # base form of this mention
    entity: int = -1          # index into Doc.entities
    source: str = "natasha"   # which stage or rule produced it
    _repr_fields: ClassVar = ("text", "type", "normal", "entity")


@dataclass(slots=True, repr=False)
class Entity(Record):
    """A document entity: mentions of one person, organisation or place."""

    id: int
    type: str
    name: str                       # canonical, nominative, fullest form
    mentions: list[int] = field(default_factory=list)  # indexes into Doc.mentions
    first: str = ""
    middle: str = ""
    last: str = ""
    method: str = ""                # how the mentions were grouped
    _repr_fields: ClassVar = ("id", "type", "name", "count")

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(slots=True, repr=False)
class DateRef(Record):
    """A date expression and its resolved value."""

    start: int
    stop: int
    text: str
    value: Optional[str] = None     # ISO at its precision: YYYY-MM-DD, YYYY-MM, YYYY
    precision: Optional[str] = None  # day | week | month | year | approx
    resolved: str = "unresolved"     # absolute | relative | inherited | unresolved
    rule: str = ""
    _repr_fields: ClassVar = ("text", "value", "precision", "resolved")


@dataclass(slots=True, repr=False)
class Statement(Record):
    """Who said what: an attributed statement (direct, indirect or mixed)."""

    speaker_start: int          # the speaker's mention nearest the cue (-1 when unknown)
    speaker_stop: int
    cue_start: int              # the speech verb or phrase
    cue_stop: int
    content_start: int          # without quotation marks and without the attribution
    content_stop: int
    kind: str                   # direct | indirect | mixed
    speaker: str = ""           # the speaker as written
    speaker_entity: int = -1    # index into Doc.entities, -1 when not resolved
    speaker_name: str = ""      # canonical name of the speaker entity (or a description)
    cue: str = ""
    cue_lemma: str = ""
    content: str = ""
    medium: str = ""            # the medium cited ("Интерфакс"), if any
    medium_start: int = -1
    medium_stop: int = -1
    negated: bool = False
    rule: str = ""
    _repr_fields: ClassVar = ("speaker_name", "cue", "kind", "content")


@dataclass(slots=True, repr=False)
class Role(Record):
    """A person's title or position as the text gives it."""

    person_entity: int          # index into Doc.entities
    person: str                 # canonical name of the person
    role: str                   # nominative, lower case, as a dictionary gives it
    start: int                  # the span the role was read from
    stop: int
    org: str = ""               # organisation or place, in the nominative ("МИД", "Казахстан")
    org_entity: int = -1        # index into Doc.entities, -1 when none
    text: str = ""
    rule: str = ""
    _repr_fields: ClassVar = ("person", "role", "org")


@dataclass(slots=True, repr=False)
class Event(Record):
    """What happened: a typed event with its trigger, arguments, time and source sentence."""

    type: str                   # protest, arrest, deployment, ... (extract/data/event_types.txt)
    trigger_start: int
    trigger_stop: int
    sentence_start: int
    sentence_stop: int
    trigger: str = ""
    trigger_lemma: str = ""
    subtype: str = ""           # e.g. shooting for violence_against_civilians
    agent: str = ""             # entity name or a description ("власти Казахстана")
    agent_entity: int = -1
    patient: str = ""
    patient_entity: int = -1
    location: str = ""
    location_entity: int = -1
    date: Optional[str] = None          # ISO at its precision
    date_precision: Optional[str] = None
    date_source: str = ""               # expression | inherited | reported
    date_ref: int = -1                  # index into Doc.dates of the expression the date came from
    modality: str = "happened"          # happened | planned | reported | denied
    rule: str = ""
    _repr_fields: ClassVar = ("type", "trigger", "date", "location")


@dataclass(slots=True, repr=False)
class Doc(Record):
    """A cleaned, annotated article.  Every span is an offset into ``text``."""

    article: Article
    text: str
    segments: list[Segment] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    version: str = PIPELINE_VERSION
    _repr_fields: ClassVar = ("id",)

    @property
    def id(self) -> str:
        return self.article.id

    def to_raw(self, offset: int) -> int:
        """Map an offset in ``text`` to the raw article text."""
        if not self.segments:
            return offset
        starts = [s.clean for s in self.segments]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        seg = self.segments[i]
        return seg.raw + min(offset - seg.clean, seg.length)

    def raw_span(self, start: int, stop: int) -> tuple[int, int]:
        if stop <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(stop - 1) + 1

    def span_text(self, start: int, stop: int) -> str:
        return self.text[start:stop]

    def entity_mentions(self, entity: Entity) -> list[Mention]:
        return [self.mentions[i] for i in entity.mentions]


@dataclass(slots=True, repr=False)
class Failure(Record):
    """An input that did not become a stored article, and why."""

    source: str      # path, "path:line", "-" for stdin
    stage: str       # read | decode | clean | annotate | extract | store
    reason: str      # one line a person understands, with what to do
    code: str = "E000"
    article_id: str = ""
    _repr_fields: ClassVar = ("source", "stage", "code", "reason")

    @classmethod
    def from_error(cls, source: str, stage: str, error: Exception, article_id: str = "") -> "Failure":
        code = getattr(error, "code", "E200")
        reason = getattr(error, "reason", None) or f"{type(error).__name__}: {error}"
        return cls(source=source, stage=stage, reason=reason, code=code, article_id=article_id)
