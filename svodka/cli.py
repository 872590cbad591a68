"""Thin commands, each calling one API function.

Exit codes (documented in the README):
  0  everything read was ingested (or was a duplicate), or the query ran;
  1  the run finished but some inputs failed: see `svodka failures`;
  2  bad usage (unknown option, bad argument);
  3  svodka could not run: database unreachable, bad settings, unknown document.
"""
from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from .errors import SvodkaError, UsageError
from .settings import SETTINGS, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="svodka: Russian-language news into a knowledge base.")

DB = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (default: setting db, svodka.db).")
JSON = typer.Option(False, "--json", help="Print one JSON document instead of a table.")
CONFIG = typer.Option(None, "--config", help="Settings file (TOML); default svodka.toml if present.")


def _kb(db: str | None, config: str | None = None):
    from .query import KB
    settings = Settings.load(config, db=db)
    return KB.open(settings.db, settings)


def _emit(data, as_json: bool, table) -> None:
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        table(data)


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
           db: Optional[str] = DB,
           date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for articles without one."),
           reprocess: bool = typer.Option(False, "--reprocess",
                                          help="Analyse again articles stored by another pipeline version."),
           as_json: bool = JSON, config: Optional[str] = CONFIG):
    """Read articles, analyse them, and store them.

    Example: svodka ingest samples/ ../news/*.html --db kb.sqlite --date 2022-01-10
    """
    from . import output
    if date:
        output.check_date(date)
    with _kb(db, config) as kb:
        with output.progress(kb.settings) as report:
            summary = kb.ingest(paths, default_date=date, progress=report, reprocess=reprocess,
                                command="ingest " + " ".join(paths))
    _emit(summary, as_json, output.print_summary)
    raise typer.Exit(1 if summary["failed"] else 0)


@app.command()
def docs(db: Optional[str] = DB, as_json: bool = JSON, limit: Optional[int] = typer.Option(None, help="At most N.")):
    """List the documents.  Example: svodka docs --db kb.sqlite"""
    from . import output
    with _kb(db) as kb:
        _emit(kb.docs(limit=limit), as_json, output.print_docs)


@app.command()
def show(doc: str = typer.Argument(..., help="Document id (or a unique prefix of 6+ characters)."),
         db: Optional[str] = DB, as_json: bool = JSON):
    """One document: its text with entities and dates marked, and what cleaning removed.

    Example: svodka show 020cccdf --db kb.sqlite   (ids are in `svodka docs`)
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.show(doc), as_json, output.print_doc)


@app.command()
def entities(db: Optional[str] = DB, as_json: bool = JSON,
             type: Optional[str] = typer.Option(None, "--type", help="PER, ORG or LOC."),
             doc: Optional[str] = typer.Option(None, "--doc", help="Only this document's entities.")):
    """People, organisations and places, with mention counts.

    Example: svodka entities --type PER --db kb.sqlite --json
    """
    from . import output
    if type and type.upper() not in ("PER", "ORG", "LOC"):
        raise UsageError(f"--type must be PER, ORG or LOC, not {type!r}")
    with _kb(db) as kb:
        _emit(kb.entities(type=type, doc=doc), as_json, output.print_entities)


@app.command()
def search(query: str = typer.Argument(..., help="Words or a phrase, in any grammatical form."),
           db: Optional[str] = DB, as_json: bool = JSON, limit: int = typer.Option(20, help="At most N results.")):
    """Full-text search over lemmas: any word form finds every form.

    Example: svodka search "задержанного пианиста" --db kb.sqlite
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.search(query, limit=limit), as_json, output.print_hits)


@app.command()
def statements(db: Optional[str] = DB, as_json: bool = JSON,
               speaker: Optional[str] = typer.Option(None, "--speaker", help="Only statements by this speaker."),
               about: Optional[str] = typer.Option(None, "--about", help="Only statements whose content names X."),
               doc: Optional[str] = typer.Option(None, "--doc", help="Only this document's statements.")):
    """Who said what: attributed statements with speaker, cue, content and medium.

    Example: svodka statements --speaker Токаев --db kb.sqlite --json
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.statements(speaker=speaker, about=about, doc=doc), as_json, output.print_statements)


@app.command()
def roles(db: Optional[str] = DB, as_json: bool = JSON,
          person: Optional[str] = typer.Option(None, "--person", help="Only this person's roles."),
          doc: Optional[str] = typer.Option(None, "--doc", help="Only this document's roles.")):
    """Who is who: people's titles and positions, with the organisation or place.

    Example: svodka roles --person Пашинян --db kb.sqlite --json
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.roles(person=person, doc=doc), as_json, output.print_roles)


ENTITY = typer.Option(None, "--entity", help="Only events whose agent or patient is X.")
PLACE = typer.Option(None, "--place", help="Only events located in X.")
TYPE = typer.Option(None, "--type", help="Only events of this type or sub-type (see docs/EVENTS.md).")
FROM = typer.Option(None, "--from", help="From this date (YYYY[-MM[-DD]]).")
TO = typer.Option(None, "--to", help="Up to this date (YYYY[-MM[-DD]]).")


@app.command()
def events(db: Optional[str] = DB, as_json: bool = JSON, entity: Optional[str] = ENTITY,
           place: Optional[str] = PLACE, type: Optional[str] = TYPE, start: Optional[str] = FROM,
           stop: Optional[str] = TO, doc: Optional[str] = typer.Option(None, "--doc", help="Only this document.")):
    """What happened: typed events, dated or not, with their arguments.

    Example: svodka events --type arrest --place Алматы --db kb.sqlite --json
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.events(entity=entity, place=place, type=type, start=start, stop=stop, doc=doc),
              as_json, output.print_events)


@app.command()
def timeline(db: Optional[str] = DB, as_json: bool = JSON, entity: Optional[str] = ENTITY,
             place: Optional[str] = PLACE, type: Optional[str] = TYPE, start: Optional[str] = FROM,
             stop: Optional[str] = TO,
             reported: bool = typer.Option(False, "--reported",
                                           help="Also events the text leaves undated (dated by publication).")):
    """Dated events in date order, with precision; each line leads back to its article and sentence.

    Example: svodka timeline --from 2022-01-01 --to 2022-01-31 --db kb.sqlite
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.timeline(entity=entity, place=place, type=type, start=start, stop=stop, reported=reported),
              as_json, output.print_timeline)


@app.command()
def export(what: str = typer.Argument(..., help="What to export: events."),
           format: str = typer.Option("csv", "--format", help="csv (an ACLED-like layout)."),
           db: Optional[str] = DB, entity: Optional[str] = ENTITY, place: Optional[str] = PLACE,
           type: Optional[str] = TYPE, start: Optional[str] = FROM, stop: Optional[str] = TO):
    """Export data for other tools.

    Example: svodka export events --format csv --db kb.sqlite > events.csv
    """
    if what != "events":
        raise UsageError(f"cannot export {what!r}", hint="svodka export events --format csv")
    with _kb(db) as kb:
        sys.stdout.write(kb.export_events(format, entity=entity, place=place, type=type, start=start, stop=stop))


@app.command()
def failures(db: Optional[str] = DB, as_json: bool = JSON):
    """Inputs that could not be ingested, and why.  Example: svodka failures --json"""
    from . import output
    with _kb(db) as kb:
        _emit(kb.failures(), as_json, output.print_failures)


@app.command()
def brief(db: Optional[str] = DB, as_json: bool = JSON):
    """A briefing: documents, people, organisations, places, the timeline, who said what, who is who, dates.

    Example: svodka brief --db svodka.db
    """
    from . import output
    with _kb(db) as kb:
        _emit(kb.brief(), as_json, output.print_brief)


@app.command()
def settings(as_json: bool = JSON):
    """Every setting with its default and help.  Example: svodka settings"""
    rows = [{"name": s.name, "default": s.default, "env": "SVODKA_" + s.name.upper(), "help": s.help}
            for s in SETTINGS]
    from . import output
    _emit(rows, as_json, output.print_settings)


def _register_eval() -> None:
    try:
        from .eval.commands import bench_command, eval_app
    except ImportError:   # the evaluation tools are optional at import time
        return
    app.add_typer(eval_app, name="eval")
    app.command("bench")(bench_command)


_register_eval()


# typer raises click's usage errors (its own copy of click since typer 0.20): find their base class
# through a public typer name rather than importing click, which may not be installed.
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run a command; errors become one clear line and an exit code."""
    try:
        code = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except SvodkaError as exc:
        typer.echo(f"error: {exc}", err=True)
        return 2 if isinstance(exc, UsageError) else 3
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except Exception as exc:  # usage errors (typer's click exceptions) and anything unexpected
        if isinstance(exc, _CLICK_ERROR):
            exc.show()
            return 2
        if isinstance(exc, typer.Abort):
            return 130
        typer.echo(f"error: [E200] unexpected {type(exc).__name__}: {exc} "
                   "(this is a bug in svodka; please report it with the command you ran)", err=True)
        return 3
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
