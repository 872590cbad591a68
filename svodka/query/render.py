"""Text with its entities and dates marked, for `svodka show`."""
from __future__ import annotations


def mark_text(doc: dict) -> str:
    """The clean text with ``[span]{TYPE: canonical}`` and ``[span]{DATE: value}`` marks.

    ``doc`` is what ``Store.get_doc`` returns: ``clean_text``, ``mentions``
    (start, stop, type, entity name) and ``dates`` (start, stop, value).
    """
    text = doc.get("clean_text", "")
    marks: list[tuple[int, int, str]] = []
    names = {e["id"]: e["name"] for e in doc.get("entities", [])}
    for m in doc.get("mentions", []):
        label = names.get(m.get("entity")) or m.get("normal") or ""
        marks.append((m["start"], m["stop"], f"{m['type']}: {label}" if label else m["type"]))
    for d in doc.get("dates", []):
        value = d.get("value") or "?"
        marks.append((d["start"], d["stop"], f"DATE: {value}"))
    marks.sort(key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    for start, stop, label in marks:
        if start < pos:          # overlapping marks: keep the first
            continue
        out.append(text[pos:start])
        out.append(f"[{text[start:stop]}]{{{label}}}")
        pos = stop
    out.append(text[pos:])
    return "".join(out)
