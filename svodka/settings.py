"""One settings object: every setting declared once, with its default and help.

Precedence: defaults < settings file (``svodka.toml`` or ``--config``) <
environment (``SVODKA_<NAME>``) < command-line options.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "svodka.db", "Database: a SQLite file path or a postgresql:// URL."),
    Setting("max_bytes", 20_000_000, "Largest input file (bytes) read; bigger ones are recorded in failures."),
    Setting("min_chars", 20, "Articles with less text than this after cleaning are recorded as failures."),
    Setting("batch_size", 32, "Articles annotated together in one natasha batch."),
    Setting("tagger_batch", 64, "Sentences per slovnet morphology and syntax call inside a batch."),
    Setting("ner_batch", 8, "Paragraphs per slovnet NER call (paragraphs are long: more costs memory)."),
    Setting("ner_chars", 4000, "Most characters per slovnet NER call, padding included: long paragraphs go "
            "in smaller calls (memory)."),
    Setting("busy_timeout_ms", 30_000, "SQLite busy timeout in milliseconds."),
    Setting("progress", "auto", "Progress bar: auto (on a terminal), always, never."),
    Setting("default_date", "", "Publication date (YYYY-MM-DD) for articles that give none."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(slots=True)
class Settings:
    db: str = "svodka.db"
    max_bytes: int = 20_000_000
    min_chars: int = 20
    batch_size: int = 32
    tagger_batch: int = 64
    ner_batch: int = 8
    ner_chars: int = 4000
    busy_timeout_ms: int = 30_000
    progress: str = "auto"
    default_date: str = ""

    @classmethod
    def load(cls, config: str | Path | None = None, env: dict | None = None, **overrides) -> "Settings":
        """Build settings from defaults, a TOML file, the environment, then ``overrides``."""
        values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        path = Path(config) if config else Path("svodka.toml")
        if path.is_file():
            try:
                values.update(_check(tomllib.loads(path.read_text(encoding="utf-8")), str(path)))
            except tomllib.TOMLDecodeError as exc:
                raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from exc
        env = os.environ if env is None else env
        for s in SETTINGS:
            key = "SVODKA_" + s.name.upper()
            if key in env:
                values[s.name] = env[key]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**{k: _coerce(k, v) for k, v in _check(values, "settings").items()})

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _check(values: dict, where: str) -> dict:
    unknown = sorted(set(values) - set(_BY_NAME))
    if unknown:
        known = ", ".join(_BY_NAME)
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)} in {where}; known settings: {known}")
    return values


def _coerce(name: str, value: Any) -> Any:
    default = _BY_NAME[name].default
    if isinstance(default, int) and not isinstance(value, int):
        try:
            return int(str(value).replace("_", ""))
        except ValueError:
            raise SettingsError(f"setting {name} must be a whole number, got {value!r}") from None
    return value
