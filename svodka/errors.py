"""Typed errors with a code and a hint that says what to do.

Codes are stable: ``E1xx`` input, ``E2xx`` pipeline, ``E3xx`` storage,
``E4xx`` settings and usage, ``E5xx`` evaluation.  ``reason`` is the one
line stored in ``failures`` and shown to a user.
"""
from __future__ import annotations


class SvodkaError(Exception):
    code = "E000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    @property
    def reason(self) -> str:
        return f"{self.message}" + (f" ({self.hint})" if self.hint else "")

    def __str__(self) -> str:
        return f"[{self.code}] {self.reason}"


class InputError(SvodkaError):
    """An input file or record that cannot become an article."""
    code = "E100"
    hint = "fix or remove the input and ingest it again"


class EmptyInput(InputError):
    code = "E101"
    hint = "the file has no text; nothing to ingest"


class BinaryInput(InputError):
    code = "E102"
    hint = "svodka reads text, HTML, JSONL, WARC and BSNLP files; convert this file to text first"


class TooLarge(InputError):
    code = "E103"
    hint = "split the file, or raise the max_bytes setting (SVODKA_MAX_BYTES or svodka.toml)"


class UndecodableInput(InputError):
    code = "E104"
    hint = "save the file as UTF-8 and ingest it again"


class BrokenRecord(InputError):
    code = "E105"
    hint = "fix this record (it is not valid JSON, or has no text) and ingest the file again; the other records were ingested"


class NoText(InputError):
    code = "E106"
    hint = "no article text was found after cleaning; check that the file is a news article"


class BrokenArchive(InputError):
    code = "E107"
    hint = "the archive is truncated or damaged; the records before the damage were ingested"


class MissingInput(InputError):
    code = "E108"
    hint = "check the path; a glob must be quoted or match at least one file"


class NotAnArticle(InputError):
    """A file that is data beside articles (a gold annotation file): skipped, not failed."""
    code = "E109"
    hint = "svodka skips such files; point ingest at the articles themselves"


class PipelineError(SvodkaError):
    code = "E200"
    hint = "this is a bug in svodka; please report it with the article that caused it"


class StoreError(SvodkaError):
    code = "E300"
    hint = "check the --db path or URL and that the database is reachable"


class NotFound(StoreError):
    code = "E301"
    hint = "list what is there with `svodka docs`"


class SettingsError(SvodkaError):
    code = "E400"
    hint = "see `svodka settings` for the known settings and their defaults"


class UsageError(SvodkaError):
    code = "E401"
    hint = "see --help for usage and an example"


class EvalError(SvodkaError):
    code = "E500"
    hint = "point the command at a directory in the stated format"
