"""Bytes to text: BOM, declared charset, strict UTF-8, then Cyrillic detection.

``decode_bytes`` is the one entry point.  It refuses binary files
(``BinaryInput``) and bytes no Cyrillic code page explains
(``UndecodableInput``).  Detection is charset-normalizer restricted to the
code pages Russian text really comes in, checked by a letter-pair score so
that cp1251 and koi8-r are not confused.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes

from ..errors import BinaryInput, UndecodableInput
from .rules import load_lines, load_magic

BOMS = (  # utf-32 first: its LE BOM starts with the utf-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CYRILLIC = ("cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5")
SAMPLE = 200_000          # bytes handed to the detector
SCORED = 50_000           # characters scored per candidate code page
_META = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27} | {127}
_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii"}


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` with a Python codec name.

    ``declared`` is a charset the caller was told (HTTP header, CLI option);
    a ``<meta charset>`` in the bytes counts the same.  A declaration the
    bytes contradict is ignored.
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], name.replace("-sig", "")), name
    refuse_binary(data)
    wide = guess_utf16(data)
    if wide:
        return _strict(data, wide), wide
    if b"\x00" in data[:65536]:
        raise BinaryInput("the file contains NUL bytes, so it is not text")
    for name in (declared, find_declared(data)):
        found = _try_declared(data, name)
        if found is not None:
            return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return detect_cyrillic(data)


def refuse_binary(data: bytes) -> None:
    """Raise ``BinaryInput`` for known binary formats and control-char soup."""
    if data.startswith(b"\x1f\x8b"):
        raise BinaryInput(
            "the file is gzip-compressed and not a WARC archive (or cut off too early to tell)",
            "decompress it (gunzip) and ingest the result",
        )
    for prefix, name in load_magic():
        if data.startswith(prefix):
            raise BinaryInput(f"the file is a {name}, not text")
    head = data[:8192]
    if guess_utf16(head):
        return
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls / len(head) > 0.1:
        raise BinaryInput(f"{controls} of the first {len(head)} bytes are control characters, so it is not text")


def guess_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for BOM-less UTF-16 of Cyrillic or Latin text."""
    head = data[:4096]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    for high, low, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        zeros = sum(1 for b in high if b in (0, 4))
        if zeros / len(high) > 0.6 and sum(1 for b in low if b in (0, 4)) / len(low) < 0.2:
            return name
    return None


def find_declared(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names, if any."""
    match = _META.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def codec_name(name: str) -> str:
    """Python's canonical codec name (``windows-1251`` -> ``cp1251``)."""
    return codecs.lookup(name).name


def detect_cyrillic(data: bytes) -> tuple[str, str]:
    """Pick the Cyrillic code page that decodes ``data`` into the most Russian-looking text."""
    decoded = {}
    for name in CYRILLIC:
        try:
            decoded[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise UndecodableInput(
            "the bytes are not UTF-8 and no Cyrillic code page (cp1251, koi8-r, cp866, mac-cyrillic, iso8859-5) decodes them"
        )
    scores = {name: russian_score(text[:SCORED]) for name, text in decoded.items()}
    choice = pick_code_page(scores, {n: stray_count(t[:SCORED]) for n, t in decoded.items()},
                            _detector_choice(data[:SAMPLE]))
    if scores[choice] < -0.2:
        raise UndecodableInput(
            f"the bytes are not UTF-8, and read as {choice} they do not look like Russian text"
        )
    return decoded[choice], choice


def pick_code_page(scores: dict[str, float], strays: dict[str, int], detected: str | None) -> str:
    """Among the near-best scores, the decoding with fewest stray symbols; the detector breaks ties.

    cp1251 and mac-cyrillic differ only in capitals, so their scores are
    close; stray symbols (``¬``, ``»рина``) tell them apart.
    """
    top = max(scores.values())
    near = [name for name in scores if scores[name] >= top - 0.1]
    fewest = min(strays[name] for name in near)
    near = [name for name in near if strays[name] == fewest]
    if detected in near:
        return detected
    return max(near, key=scores.get)


def stray_count(text: str) -> int:
    """Symbols that do not occur in Russian text, plus closing marks glued to a lower-case word."""
    odd = sum(1 for ch in text if ord(ch) > 127 and ch not in _LETTERS and ch not in _PUNCT)
    return odd + len(_GLUED.findall(text))


def russian_score(text: str) -> float:
    """How Russian ``text`` looks: share of frequent letter pairs, minus case flips and stray symbols."""
    pairs = good = flips = 0
    common = _bigrams()
    for word in _WORDS.findall(text):
        low = word.lower()
        for i in range(len(low) - 1):
            pairs += 1
            good += low[i:i + 2] in common
            flips += word[i].islower() and word[i + 1].isupper()
    wide = [ch for ch in text if ord(ch) > 127]
    letters = sum(1 for ch in wide if ch in _LETTERS)
    odd = sum(1 for ch in wide if ch not in _LETTERS and ch not in _PUNCT)
    penalty = (odd + 0.5 * (len(wide) - letters)) / (len(wide) or 1)
    if not pairs:
        return -penalty
    return good / pairs - 2 * flips / pairs - penalty


_WORDS = re.compile(r"[а-яёА-ЯЁ]+")
_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґўІЇЄҐЎ")
_GLUED = re.compile(r"[»”’—–…№][а-яё]")
_PUNCT = frozenset("«»—–„“”‘’…№°±§\u00a0•·")


@lru_cache(maxsize=1)
def _bigrams() -> frozenset[str]:
    return frozenset(load_lines("ru_bigrams.txt"))


def _detector_choice(sample: bytes) -> str | None:
    match = from_bytes(sample, cp_isolation=[n.replace("-", "_") for n in CYRILLIC]).best()
    return codec_name(match.encoding) if match else None


def _try_declared(data: bytes, name: str | None) -> tuple[str, str] | None:
    """``(text, codec)`` if the declared charset fits the bytes, else ``None``."""
    if not name:
        return None
    try:
        codec = codec_name(name)
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    if codec in _WESTERN and _looks_like_misread_cyrillic(text):
        return None
    if codec in CYRILLIC:  # mirrors re-encoded pages without fixing the <meta>
        try:
            detected, choice = detect_cyrillic(data)
        except UndecodableInput:
            return text, codec
        if choice != codec and russian_score(detected[:SCORED]) > russian_score(text[:SCORED]) + 0.3:
            return detected, choice
    return text, codec


def _looks_like_misread_cyrillic(text: str) -> bool:
    """Latin-1 pages that are really cp1251 show mostly accented letters À..ÿ."""
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if "\u00c0" <= ch <= "\u00ff")
    return bool(letters) and accented / len(letters) > 0.3


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"the file says it is {name} but byte {exc.start} is not valid {name}") from None


def universal_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n``, as ``open()`` reads text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
