"""Readable tables (rich) for the JSON reports of ``svodka eval`` and ``svodka bench``."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

ROWS = ("PER", "LOC", "ORG", "overall")


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def ner_table(report: dict) -> Table:
    systems = report["systems"]
    methods = [m for m in ("exact", "token", "relaxed") if any(m in systems[s]["overall"] for s in systems)]
    table = Table(title=f"NER on {report['format']} ({report['documents']} documents): P / R / F1, %")
    table.add_column("system")
    table.add_column("type")
    for method in methods:
        table.add_column(method, justify="right")
    for name, rows in systems.items():
        for type in ROWS:
            cells = [f"{_pct(rows[type][m]['p'])} / {_pct(rows[type][m]['r'])} / {_pct(rows[type][m]['f1'])}"
                     for m in methods]
            table.add_row(name, type, *cells, end_section=type == "overall")
    return table


def entities_table(report: dict) -> Table:
    table = Table(title=f"Document entities on {report['format']} ({report['documents']} documents)")
    for column in ("system", "P %", "R %", "F1 %", "matched", "system entities", "gold entities"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, rows in report["systems"].items():
        o = rows["overall"]
        table.add_row(name, _pct(o["p"]), _pct(o["r"]), _pct(o["f1"]), str(o["tp"]), str(o["pred"]), str(o["gold"]))
    return table


def norm_table(report: dict) -> Table:
    table = Table(title=f"Base forms on {report['format']} ({report['documents']} documents): accuracy %, n")
    table.add_column("system")
    for type in ROWS:
        table.add_column(type, justify="right")
    for name, rows in report["systems"].items():
        table.add_row(name, *(f"{_pct(rows[t]['accuracy'])} ({rows[t]['n']})" for t in ROWS))
    return table


def _prf(counts: dict) -> list[str]:
    return [_pct(counts["p"]), _pct(counts["r"]), _pct(counts["f1"]), str(counts["tp"]),
            str(counts["pred"]), str(counts["gold"])]


def _acc(acc: dict) -> str:
    return f"{_pct(acc['accuracy'])} ({acc['right']}/{acc['n']})"


def roles_table(report: dict) -> Table:
    table = Table(title=f"Roles on {report['format']} ({report['documents']} documents)")
    for column in ("system", "match", "P %", "R %", "F1 %", "matched", "predicted", "gold"):
        table.add_column(column, justify="left" if column in ("system", "match") else "right")
    for name, rows in report["systems"].items():
        table.add_row(name, "person, role, where", *_prf(rows["overall"]))
        table.add_row(name, "person, role", *_prf(rows["person_role"]))
    table.caption = f"gold facts without a role, not scored: {report.get('skipped', 0)}"
    return table


def statements_table(report: dict) -> Table:
    table = Table(title=f"Statements on the svodka gold ({report['documents']} articles)")
    for column in ("system", "P %", "R %", "F1 %", "found", "predicted", "gold",
                   "speaker %", "cue %", "content F1 %"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, row in report["systems"].items():
        table.add_row(name, *_prf(row["found"]), _acc(row["speaker"]), _acc(row["cue"]),
                      _pct(row["content_f1"]))
    return table


def dates_table(report: dict) -> Table:
    table = Table(title=f"Dates on the svodka gold ({report['documents']} articles): P / R / F1, %")
    for column in ("system", "exact span", "overlap", "predicted", "gold", "value %", "value only %"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, row in report["systems"].items():
        exact, over = row["detection"]["exact"], row["detection"]["overlap"]
        table.add_row(name, " / ".join(_pct(exact[k]) for k in ("p", "r", "f1")),
                      " / ".join(_pct(over[k]) for k in ("p", "r", "f1")), str(row["n_pred"]),
                      str(row["n_gold"]), _acc(row["value"]), _acc(row["value_only"]))
    resolved = ", ".join(f"{k} {_acc(v)}" for name, row in report["systems"].items()
                         for k, v in row["by_resolved"].items())
    table.caption = f"value accuracy by gold resolution: {resolved or 'n/a'}"
    return table


def events_table(report: dict) -> Table:
    table = Table(title=f"Events on {report['format']} ({report['documents']} documents)")
    for column in ("system", "measure", "P %", "R %", "F1 %", "matched", "predicted", "gold"):
        table.add_column(column, justify="left" if column in ("system", "measure") else "right", no_wrap=True)
    for name, row in report["systems"].items():
        table.add_row(name, "trigger (overlap)", *_prf(row["trigger"]))
        table.add_row(name, "trigger (exact)", *_prf(row["trigger_exact"]), end_section=True)
    links = Table(show_header=True, box=None)
    for column in ("system", "link", "accuracy % (right/n)", "covered"):
        links.add_column(column, justify="left" if column in ("system", "link") else "right")
    for name, row in report["systems"].items():
        for link in ("time", "place", "participant"):
            acc = row[f"{link}_link"]
            links.add_row(name, link, _acc(acc), f"{acc['covered']}/{acc['n']}")
    table.caption = "links: gold events with that relation; a gold event svodka missed counts as wrong"
    return table, links


def misses_lines(report: dict) -> list[str]:
    """The worst time-link misses, one short block each (plain text: contexts may hold brackets)."""
    lines = []
    for name, misses in report.get("time_misses", {}).items():
        kinds = ", ".join(f"{k} {v}" for k, v in misses["by_kind"].items())
        lines.append(f"{name}: time-link misses by kind: {kinds or 'none'}; the worst {len(misses['worst'])}:")
        for i, m in enumerate(misses["worst"], 1):
            said = (f"{m['trigger']} ({m['type']}) -> {m['date'] or 'no date'}"
                    + (f" [{m['date_source']}: {m['date_text'] or 'publication date'}]" if m["date"] else "")
                    if m["trigger"] else "no event")
            lines.append(f"{i:3}. {m['doc']} @{m['start']}  {m['kind']}: gold {m['event']!r} at {m['gold_time']!r};"
                         f" svodka {said}; svodka reads the gold time as {m['svodka_date_at_gold_time'] or 'nothing'}")
            lines.append(f"     ... {m['context']} ...")
    return lines


def bench_table(report: dict) -> Table:
    machine = report.get("machine", {})
    table = Table(title=f"Speed on {report['documents']} articles, {report.get('tokens', 0)} tokens; "
                        f"{machine.get('cores', '?')} cores, {machine.get('cpu', '?')}")
    for column in ("system", "articles/s", "tokens/s", "peak RSS MB", "load s", "stages s"):
        table.add_column(column, justify="left" if column in ("system", "stages s") else "right")
    for name, row in report["systems"].items():
        if "error" in row:
            table.add_row(name, "-", "-", "-", "-", f"failed: {row['error']}")
            continue
        stages = ", ".join(f"{k} {v:.2f}" for k, v in row.get("stages", {}).items())
        table.add_row(name, f"{row['docs_per_s']:.2f}", f"{row['tokens_per_s']:.0f}",
                      f"{row['peak_rss_mb']:.0f}", f"{row.get('load_s', 0):.1f}", stages)
    ratio = report.get("ratio")
    table.caption = ("ratio (svodka without storage / natasha, articles per second): "
                     + (f"{ratio:.2f}" if ratio is not None else "n/a"))
    return table


def print_table(table, notes: list[str] | None = None, console: Console | None = None) -> None:
    """Print a table (or a tuple of tables) and the notes under it."""
    console = console or Console()
    for one in table if isinstance(table, tuple) else (table,):
        console.print(one)
    for note in notes or []:
        console.print(note)
