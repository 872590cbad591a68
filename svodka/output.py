"""What the CLI prints: rich tables and a progress bar on a terminal, plain lines otherwise."""
from __future__ import annotations

import contextlib
import datetime as dt
import sys

from rich.console import Console
from rich.table import Table

from .errors import UsageError

console = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False)


def check_date(value: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date must be a date like 2022-01-07, not {value!r}") from None


@contextlib.contextmanager
def progress(settings):
    """Yield a callback(counts, source); a rich bar on a terminal, nothing otherwise."""
    show = settings.progress == "always" or (settings.progress == "auto" and sys.stderr.isatty())
    if not show:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def report(counts: dict, source: str) -> None:
            done = sum(counts.values())
            bar.update(task, description=f"{done} read: {counts['ingested']} ingested, "
                       f"{counts['duplicates']} duplicates, {counts['failed']} failed  {source[-50:]}")
        yield report


def _table(title: str, columns: list[str], rows: list[list]) -> None:
    table = Table(title=title, show_lines=False, title_justify="left")
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    console.print(table)


def print_summary(s: dict) -> None:
    skipped = f", not articles skipped {s['skipped']}" if s.get("skipped") else ""
    skipped += f" (near-duplicates stored and marked {s['near_duplicates']})" if s.get("near_duplicates") else ""
    console.print(f"ingested {s['ingested']}, duplicates skipped {s['duplicates']}{skipped}, failed {s['failed']}"
                  + ("  (see: svodka failures)" if s["failed"] else ""))


def print_docs(rows: list[dict]) -> None:
    _table(f"{len(rows)} documents", ["id", "published", "format", "title", "entities", "dates", "source"],
           [[r["id"], r.get("published"), r.get("format"), (r.get("title") or "")[:60], r.get("n_entities"),
             r.get("n_dates"), r.get("source")] for r in rows])


def print_entities(rows: list[dict]) -> None:
    _table(f"{len(rows)} entities", ["name", "type", "mentions", "docs"],
           [[r["name"], r["type"], r["mentions"], r.get("docs", 1)] for r in rows])


def print_doc(d: dict) -> None:
    console.print(f"[bold]{d.get('title') or d['id']}[/bold]  id {d['id']}  published {d.get('published') or 'unknown'}"
                  f"  format {d.get('format')}  source {d.get('source')}", markup=True)
    console.print(d["marked"], markup=False)
    if d.get("dates"):
        _table("dates", ["expression", "value", "precision", "resolved"],
               [[x["text"], x["value"], x["precision"], x["resolved"]] for x in d["dates"]])
    if d.get("statements"):
        _table("statements", ["speaker", "cue", "kind", "content"],
               [[x["speaker_name"] or x["speaker"], x["cue"], x["kind"], _short(x["content"], 100)]
                for x in d["statements"]])
    if d.get("roles"):
        _table("roles", ["person", "role", "organisation / place"], [[x["person"], x["role"], x["org"]] for x in d["roles"]])
    if d.get("events"):
        _table("events", ["date", "type", "agent", "patient", "location", "trigger"],
               [[_date(x), x["type"], x["agent"], x["patient"], x["location"], x["trigger"]] for x in d["events"]])
    if d.get("removed"):
        _table("removed by cleaning", ["raw span", "reason", "text"],
               [[f"{x['start']}-{x['stop']}", x["reason"], x["text"][:80]] for x in d["removed"]])


def print_hits(rows: list[dict]) -> None:
    if not rows:
        console.print("no matches")
        return
    for r in rows:
        console.print(f"{r['id']}  {r.get('title') or ''}", markup=False)
        console.print(f"    {r.get('snippet', '')}", markup=False)


def print_statements(rows: list[dict]) -> None:
    if not rows:
        console.print("no statements")
        return
    _table(f"{len(rows)} statements", ["doc", "speaker", "cue", "kind", "content", "medium"],
           [[r["doc"][:8], r["speaker_name"] or r["speaker"], ("не " if r["negated"] else "") + r["cue"],
             r["kind"], _short(r["content"], 110), r["medium"]] for r in rows])


def print_roles(rows: list[dict]) -> None:
    if not rows:
        console.print("no roles")
        return
    _table(f"{len(rows)} roles", ["person", "role", "organisation / place", "doc", "as written"],
           [[r["person"], r["role"], r["org"], r["doc"][:8], _short(r["text"], 60)] for r in rows])


def print_events(rows: list[dict]) -> None:
    if not rows:
        console.print("no events")
        return
    _table(f"{len(rows)} events", ["date", "type", "agent", "patient", "location", "modality", "doc", "trigger"],
           [[_date(r), r["type"] + (f"/{r['subtype']}" if r.get("subtype") else ""), r["agent"], r["patient"],
             r["location"], r["modality"], r["doc"][:8], r["trigger"]] for r in rows])


def print_timeline(rows: list[dict]) -> None:
    if not rows:
        console.print("no dated events")
        return
    for r in rows:
        what = r["type"] + (f"/{r['subtype']}" if r.get("subtype") else "")
        who = " -> ".join(x for x in (r["agent"], r["patient"]) if x)
        console.print(f"{_date(r):24} {what:32} {who[:40]:40} {r['location'] or '':16} {r['doc'][:8]}  "
                      f"{_short(r.get('sentence') or '', 90)}", markup=False)


def _date(r: dict) -> str:
    if not r.get("date"):
        return "undated"
    source = {"inherited": ", inherited", "reported": ", reported"}.get(r.get("date_source") or "", "")
    return f"{r['date']} ({r.get('date_precision')}{source})"


def _short(text: str, size: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def print_failures(rows: list[dict]) -> None:
    if not rows:
        console.print("no failures")
        return
    _table(f"{len(rows)} failures", ["source", "stage", "code", "reason"],
           [[r["source"], r["stage"], r["code"], r["reason"]] for r in rows])


def print_settings(rows: list[dict]) -> None:
    _table("settings (file < environment < command line)", ["name", "default", "env", "help"],
           [[r["name"], r["default"], r["env"], r["help"]] for r in rows])


def _print_section(title: str, rows: list[dict], line) -> None:
    if not rows:
        return
    console.print(f"[bold]{title}[/bold]", markup=True)
    for row in rows:
        console.print(line(row), markup=False)


def print_brief(b: dict) -> None:
    console.print(f"[bold]{len(b['documents'])} documents[/bold]", markup=True)
    for d in b["documents"]:
        console.print(f"  {d['id']}  {d.get('published') or 'date unknown':10}  {(d.get('title') or d.get('source') or '')[:70]}",
                      markup=False)
    for key, title in (("people", "People"), ("organisations", "Organisations"), ("places", "Places")):
        names = ", ".join(f"{e['name']} ({e['mentions']})" for e in b[key])
        console.print(f"[bold]{title}[/bold]: {names or '-'}", markup=True)
    _print_section("Timeline", b.get("timeline", []), lambda e: (
        f"  {e['date'] or '?':10}  {e['type']:26} {_short(e.get('trigger') or '', 24):24}"
        f" {_short(e.get('location') or '', 20)}"))
    _print_section("Who said what", b.get("statements", []), lambda s: (
        f"  {s['doc'][:8]}  {_short(s['speaker_name'] or s['speaker'] or '?', 24)}: {s['cue']} — "
        f"{_short(s['content'], 70)}"))
    _print_section("Who is who", b.get("roles", []), lambda r: (
        f"  {r['person']}: {r['role']}" + (f", {r['org']}" if r["org"] else "")))
    console.print("[bold]Dates[/bold]", markup=True)
    for d in b["dates"]:
        value = d["value"] or "unresolved"
        console.print(f"  {d['doc'][:8]}  {d['text']!r:40} -> {value} ({d['precision']}, {d['resolved']})", markup=False)
    if b.get("failures"):
        console.print(f"{b['failures']} inputs failed: svodka failures")
