"""Decoding bytes and sniffing formats: cases as data."""
from __future__ import annotations

import gzip
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svodka.errors import BinaryInput, UndecodableInput
from svodka.ingest.decode import decode_bytes, russian_score
from svodka.ingest.published import parse_published
from svodka.ingest.sniff import sniff_format

NEWS = (
    "В понедельник в Новосибирске прошла акция протеста, полиция задержала двенадцать человек. "
    "Об этом сообщил правозащитный центр, его руководитель Ирина Семенова назвала задержания незаконными."
)
SHORT = "Суд в Казани арестовал бывшего главу районной администрации."
CAPS = "ЗАЯВЛЕНИЕ МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ"
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Новости</title></head>'
    "<body><p>" + NEWS + "</p></body></html>"
)
PAGE_HTTP_EQUIV = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    "</head><body><p>" + SHORT + "</p></body></html>"
)

DECODE_CASES = [
    # (bytes, expected text, expected encoding)
    (NEWS.encode("cp1251"), NEWS, "cp1251"),
    (NEWS.encode("koi8-r"), NEWS, "koi8-r"),
    (SHORT.encode("cp1251"), SHORT, "cp1251"),
    (SHORT.encode("koi8-r"), SHORT, "koi8-r"),
    (CAPS.encode("cp1251"), CAPS, "cp1251"),
    (CAPS.encode("koi8-r"), CAPS, "koi8-r"),
    (NEWS.encode("cp866"), NEWS, "cp866"),
    (NEWS.encode("iso8859-5"), NEWS, "iso8859-5"),
    (NEWS.encode("utf-8"), NEWS, "utf-8"),
    (NEWS.encode("utf-8-sig"), NEWS, "utf-8-sig"),
    (NEWS.encode("utf-16"), NEWS, "utf-16-le"),                  # BOM + little endian
    (b"\xfe\xff" + NEWS.encode("utf-16-be"), NEWS, "utf-16-be"),
    (NEWS.encode("utf-32"), NEWS, "utf-32-le"),
    (NEWS.encode("utf-16-le"), NEWS, "utf-16-le"),               # no BOM
    (PAGE.encode("cp1251"), PAGE, "cp1251"),                     # <meta charset>
    (PAGE_HTTP_EQUIV.encode("koi8-r"), PAGE_HTTP_EQUIV, "koi8-r"),
]


@pytest.mark.parametrize("data, text, encoding", DECODE_CASES)
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_declared_charset_is_used_and_a_wrong_one_ignored():
    data = NEWS.encode("koi8-r")
    assert decode_bytes(data, declared="koi8-r") == (NEWS, "koi8-r")
    # a page that claims latin-1 but holds cp1251 bytes: the claim is ignored
    assert decode_bytes(NEWS.encode("cp1251"), declared="iso-8859-1") == (NEWS, "cp1251")
    # a page re-encoded to koi8-r that still says windows-1251 in its <meta>
    stale = PAGE.encode("koi8-r")
    assert decode_bytes(stale) == (PAGE, "koi8-r")
    # a claim of UTF-8 that the bytes contradict falls through to detection
    assert decode_bytes(NEWS.encode("cp1251"), declared="utf-8") == (NEWS, "cp1251")


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00\x00\x00\x10" * 8
BINARY_CASES = [
    (PNG, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "ZIP"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
    (gzip.compress(NEWS.encode("utf-8")), "gzip"),
    (SHORT.encode("utf-8") + b"\x00\x00" + SHORT.encode("utf-8"), "NUL"),
    (bytes(range(1, 9)) * 40, "control"),
]


@pytest.mark.parametrize("data, word", BINARY_CASES)
def test_binary_is_refused_with_a_reason(data, word):
    with pytest.raises(BinaryInput) as info:
        decode_bytes(data)
    assert word in info.value.reason
    assert info.value.code == "E102"


def test_broken_utf16_is_undecodable():
    with pytest.raises(UndecodableInput) as info:
        decode_bytes(b"\xff\xfe" + "Минск".encode("utf-16-le") + b"\x00\xdc")  # lone surrogate
    assert "utf-16-le" in info.value.reason and info.value.code == "E104"


def test_russian_score_prefers_the_right_code_page():
    raw = NEWS.encode("cp1251")
    right, wrong = russian_score(raw.decode("cp1251")), russian_score(raw.decode("koi8-r"))
    assert right > 0.4 > wrong


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(NEWS.split() + CAPS.split()), min_size=12, max_size=40),
       st.sampled_from(["cp1251", "koi8-r", "utf-8", "utf-16", "utf-8-sig"]))
def test_decode_round_trip(words, encoding):
    text = " ".join(words)
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def _jsonl() -> bytes:
    return (json.dumps({"id": 1, "text": SHORT}, ensure_ascii=False) + "\n").encode("utf-8")


def _warc_gz() -> bytes:
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warc_record("urn:x", "warcinfo", payload=io.BytesIO(b"software: test\r\n")))
    return buf.getvalue()


BSNLP = "ru-77\nru\n2023-05-04\nhttps://example.org/a\nЗаголовок\n" + NEWS
SNIFF_CASES = [
    # (bytes, misleading name, expected format)
    (_warc_gz(), "archive.txt", "warc"),
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "notes.html", "warc"),
    (PAGE.encode("cp1251"), "page.txt", "html"),
    (("\ufeff  \n<HTML lang=ru><body><p>" + SHORT).encode("utf-8"), "x.jsonl", "html"),
    (b"<head><title>t</title></head>", "x.json", "html"),
    (("<div class=news><p>" + SHORT + "</p></div>").encode("utf-8"), "saved.htm", "html"),
    (("<div class=news><p>" + SHORT + "</p></div>").encode("utf-8"), "saved.txt", "text"),
    (_jsonl(), "dump.txt", "jsonl"),
    (b'\n\n{"text": "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba", "id"', "dump.html", "jsonl"),
    (BSNLP.encode("utf-8"), "article.html", "bsnlp"),
    (BSNLP.replace("\n", "\r\n").encode("utf-8"), "a.jsonl", "bsnlp"),
    ("233\nru\n\n\nЗаголовок\nтекст".encode("utf-8"), "a", "bsnlp"),
    ((" date 2022-01 " + NEWS).encode("utf-8"), "a.html", "dated"),
    (("date 2023-03-15\n" + NEWS).encode("cp1251"), "a.jsonl", "dated"),
    ((" date 2022-01 " + NEWS).encode("utf-16"), "a.bin", "dated"),
    (NEWS.encode("utf-8"), "a.html", "text"),
    (("Как устроен тег <html> и зачем нужен <body>. " + NEWS).encode("utf-8"), "a.html", "text"),
    (b'{"text": "<!DOCTYPE html><html><body>page</body></html>"}\n', "a.html", "jsonl"),
    (("Обновлено: date 2022-01\n" + NEWS).encode("utf-8"), "a.txt", "text"),
    (("Москва\nru\nвчера\nпусто\n" + NEWS).encode("utf-8"), "a.txt", "text"),
]


@pytest.mark.parametrize("data, name, expected", SNIFF_CASES)
def test_sniff_format_from_content(data, name, expected):
    assert sniff_format(data, name) == expected


PUBLISHED_CASES = [
    ("2022-01", ("2022-01", "month")),
    ("2022", ("2022", "year")),
    ("2021-03-04", ("2021-03-04", "day")),
    ("2021-03-04T10:00:00Z", ("2021-03-04", "day")),
    ("2019-01-10T08:15:00+03:00", ("2019-01-10", "day")),
    ("2019-01-10 08:15:00", ("2019-01-10", "day")),
    ("04.03.2021", ("2021-03-04", "day")),
    ("2021-02-30", (None, None)),
    ("2021-13", (None, None)),
    ("вчера", (None, None)),
    ("", (None, None)),
    (None, (None, None)),
    (20210304, (None, None)),
]


@pytest.mark.parametrize("value, expected", PUBLISHED_CASES)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
