"""Reading inputs: formats, bad inputs, paths, stdin, WARC, shared data."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT
from svodka.errors import UsageError
from svodka.ingest import READERS, iter_files, read_bytes, read_inputs
from svodka.ingest.dedup import NearDuplicates
from svodka.records import Article, Failure
from svodka.settings import Settings

PROTEST = (
    "В субботу в Хабаровске прошла акция в поддержку бывшего губернатора. "
    "Полиция задержала шестерых участников, сообщил местный правозащитник Андрей Ковалев. "
    "По словам Ковалева, задержанных доставили в отдел полиции Центрального района."
)
MINISTRY = (
    "Министерство иностранных дел Армении вызвало посла соседней страны для объяснений. "
    "Заместитель министра Ани Манукян заявила, что Ереван ждет официальных разъяснений до пятницы."
)
COURT = (
    "Ленинский районный суд Оренбурга оштрафовал блогера Сергея Дьяконова на 30 тысяч рублей. "
    "Адвокат Дьяконова сообщил, что решение будет обжаловано в областном суде."
)
PARAGRAPHS = [
    "Во вторник в Минске прошло заседание Центральной избирательной комиссии Беларуси.",
    "Председатель комиссии Игорь Карпович сообщил, что явка на выборах составила 71 процент.",
    "По словам Карповича, наблюдатели не зафиксировали серьезных нарушений на участках.",
    "Представители оппозиции заявили, что не признают итоги голосования и обратятся в суд.",
    "Министерство внутренних дел сообщило, что в столице задержаны восемь человек.",
]


def page(paragraphs=PARAGRAPHS, charset="windows-1251", title="ЦИК Беларуси объявил итоги выборов") -> str:
    """A news page with menu, share buttons and footer around the article."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="{charset}"><title>{title}</title>
<meta property="article:published_time" content="2023-02-28T11:00:00+03:00"></head>
<body><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li>
<li><a href="/sport">Спорт</a></li></ul></nav>
<article><h1>{title}</h1>
{body}
<div class="share"><a href="#">Поделиться ВКонтакте</a> <a href="#">Telegram</a></div></article>
<footer><p>© 2023 Сетевое издание «Минский курьер». Все права защищены.</p></footer>
</body></html>"""


@pytest.fixture
def html_ok():
    """trafilatura must import; it needs lxml_html_clean, which the lock file may lack."""
    try:
        import trafilatura  # noqa: F401
    except ImportError as exc:
        if IN_CI:
            pytest.fail(f"trafilatura does not import: {exc}")
        pytest.skip(f"trafilatura does not import here ({exc})")


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def jsonl(*records) -> bytes:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- bad inputs

BAD_INPUT_CASES = [
    # (name, bytes, expected results: ("article", text) or ("failure", code, word in reason))
    ("empty.txt", b"", [("failure", "E101", "empty")]),
    ("blank.txt", b"  \n\n \t", [("failure", "E101", "whitespace")]),
    ("picture.txt", bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010") + bytes(64), [("failure", "E102", "PNG")]),
    ("report.txt", b"%PDF-1.5\n" + bytes(range(256)), [("failure", "E102", "PDF")]),
    ("cp1251.txt", PROTEST.encode("cp1251"), [("article", PROTEST, "cp1251")]),
    ("koi8.txt", MINISTRY.encode("koi8-r"), [("article", MINISTRY, "koi8-r")]),
    ("utf16.txt", COURT.encode("utf-16"), [("article", COURT, "utf-16-le")]),
    ("broken_utf16.txt", b"\xff\xfe" + "Минск".encode("utf-16-le") + b"\x00\xdc", [("failure", "E104", "utf-16")]),
    ("huge.txt", ("Очень длинная статья. " * 300).encode("utf-8"), [("failure", "E103", "max_bytes")]),
    ("mixed.jsonl", jsonl({"id": "a", "text": PROTEST}, '{"id": "b", "text": "Суд в Уфе', {"id": "c", "text": COURT}),
     [("article", PROTEST, "utf-8"), ("failure", "E105", "line 2"), ("article", COURT, "utf-8")]),
    ("dated_only.txt", b" date 2022-01 \n", [("failure", "E101", "header")]),
]


@pytest.mark.parametrize("name, data, expected", BAD_INPUT_CASES, ids=[c[0] for c in BAD_INPUT_CASES])
def test_bad_inputs(tmp_path, name, data, expected):
    path = write(tmp_path, name, data)
    results = list(read_inputs([path], Settings(max_bytes=4000)))
    assert len(results) == len(expected)
    for got, want in zip(results, expected):
        if want[0] == "article":
            assert isinstance(got, Article)
            assert (got.text, got.encoding) == want[1:]
        else:
            assert isinstance(got, Failure), got
            assert got.code == want[1]
            assert got.stage == ("decode" if got.code == "E104" else "read")
            assert want[2] in got.reason
            assert got.source.startswith(path)


# ---------------------------------------------------------------- JSONL

JSONL_BROKEN_CASES = [
    # (broken line, words the reason must contain)
    ('{"text": "Минск", "id": }', ["line 2", "not valid JSON"]),
    ('["Минск", "Гродно"]', ["line 2", "list", "not an object"]),
    ('{"title": "Без текста"}', ["line 2", 'no "text"']),
    ('{"text": "   "}', ["line 2", "empty"]),
    ('{"text": 42}', ["line 2", "int"]),
    ('"просто строка"', ["line 2", "str"]),
]


@pytest.mark.parametrize("broken, words", JSONL_BROKEN_CASES)
def test_jsonl_broken_line_is_one_failure(tmp_path, broken, words):
    path = write(tmp_path, "feed.jsonl", jsonl({"text": PROTEST}, broken, {"text": COURT}))
    results = list(read_inputs([path]))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    failure = results[1]
    assert failure.source == f"{path}:2" and failure.code == "E105" and failure.stage == "read"
    for word in words:
        assert word in failure.reason
    assert [r.source for r in results[::2]] == [f"{path}:1", f"{path}:3"]


def test_jsonl_truncated_last_line(tmp_path):
    data = jsonl({"text": PROTEST}) + b'{"id": "x", "text": "\xd0\x92 \xd0\x9c\xd0\xb8'
    results = list(read_inputs([write(tmp_path, "cut.jsonl", data)]))
    assert isinstance(results[0], Article) and results[0].text == PROTEST
    assert isinstance(results[1], Failure) and "line 2" in results[1].reason and "truncated" in results[1].reason


JSONL_FIELD_CASES = [
    ({"text": COURT, "id": 17, "url": "https://example.org/a", "title": "Блогера оштрафовали",
      "date": "2021-03-04T10:00:00Z"},
     {"ext_id": "17", "url": "https://example.org/a", "title": "Блогера оштрафовали",
      "published": "2021-03-04", "published_precision": "day"}),
    ({"text": COURT, "published": "2021-03"}, {"published": "2021-03", "published_precision": "month"}),
    ({"text": COURT, "date": "не помню"}, {"published": None, "published_precision": None}),
]


@pytest.mark.parametrize("record, fields", JSONL_FIELD_CASES)
def test_jsonl_fields(tmp_path, record, fields):
    [article] = read_inputs([write(tmp_path, "one.jsonl", jsonl(record))])
    assert article.format == "jsonl" and article.text == COURT
    for key, value in fields.items():
        assert getattr(article, key) == value


# ---------------------------------------------------------------- text and dated

DATED_CASES = [
    (" date 2022-01 " + PROTEST, "2022-01", "month"),
    ("date 2023-03-15\n" + PROTEST, "2023-03-15", "day"),
    ("\t date 2019-11  " + PROTEST + "\n\nЧитайте также: новости региона", "2019-11", "month"),
]


@pytest.mark.parametrize("raw, published, precision", DATED_CASES)
def test_read_dated(tmp_path, raw, published, precision):
    [article] = read_inputs([write(tmp_path, "a.txt", raw.encode("cp1251"))])
    assert (article.format, article.published, article.published_precision) == ("dated", published, precision)
    assert article.text.startswith("В субботу") and "date" not in article.text


def test_text_keeps_everything_and_normalises_newlines(tmp_path):
    raw = "Заголовок\r\n\r\n" + PROTEST + "\r" + COURT
    [article] = read_inputs([write(tmp_path, "a.txt", raw.encode("utf-8"))])
    assert article.format == "text" and article.published is None
    assert article.text == "Заголовок\n\n" + PROTEST + "\n" + COURT


def test_default_date_fills_only_undated(tmp_path):
    undated = write(tmp_path, "a.txt", PROTEST.encode("utf-8"))
    dated = write(tmp_path, "b.txt", (" date 2022-01 " + COURT).encode("utf-8"))
    first, second = read_inputs([undated, dated], default_date="2022-01-07")
    assert (first.published, first.published_precision) == ("2022-01-07", "day")
    assert (second.published, second.published_precision) == ("2022-01", "month")
    [third] = read_inputs([undated], Settings(default_date="2020-05-09"))
    assert third.published == "2020-05-09"


@pytest.mark.parametrize("bad", ["2022-01", "07.01.2022", "2022-02-30", "вчера"])
def test_bad_default_date_is_a_usage_error(bad):
    with pytest.raises(UsageError):
        read_inputs(["samples"], default_date=bad)


# ---------------------------------------------------------------- HTML

def test_read_html_cp1251_with_meta(tmp_path, html_ok):
    path = write(tmp_path, "page.txt", page().encode("cp1251"))
    [article] = read_inputs([path])
    assert article.format == "html" and article.encoding == "cp1251"
    assert article.title == "ЦИК Беларуси объявил итоги выборов"
    assert article.published == "2023-02-28"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for boilerplate in ("Главная", "Поделиться", "Все права защищены"):
        assert boilerplate not in article.text


def test_html_without_text_is_a_failure(tmp_path, html_ok):
    blank = "<!DOCTYPE html><html><head><title>Пусто</title></head><body><script>var x = 1;</script></body></html>"
    [failure] = read_inputs([write(tmp_path, "blank.html", blank.encode("utf-8"))])
    assert isinstance(failure, Failure) and failure.code == "E106" and "no main text" in failure.reason


# ---------------------------------------------------------------- paths, globs, stdin

def test_directory_is_walked_sorted_without_hidden(tmp_path):
    write(tmp_path, "README.md", b"# What these files are")
    write(tmp_path, "b.txt", COURT.encode("utf-8"))
    write(tmp_path, "a.txt", PROTEST.encode("cp1251"))
    write(tmp_path, "sub/c.txt", MINISTRY.encode("koi8-r"))
    write(tmp_path, ".hidden.txt", b"secret")
    write(tmp_path, ".git/d.txt", COURT.encode("utf-8"))
    results = list(read_inputs([str(tmp_path)]))
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in results] == ["a.txt", "b.txt", "sub/c.txt"]
    assert [r.text for r in results] == [PROTEST, COURT, MINISTRY]
    assert [r.text for r in read_inputs([str(tmp_path / "README.md")])] == ["# What these files are"]


def test_glob_and_missing_paths(tmp_path):
    write(tmp_path, "x/one.txt", PROTEST.encode("utf-8"))
    write(tmp_path, "x/y/two.txt", COURT.encode("utf-8"))
    write(tmp_path, "x/y/skip.md", MINISTRY.encode("utf-8"))
    specs = [str(tmp_path / "**" / "*.txt"), str(tmp_path / "x" / "one.txt"),
             str(tmp_path / "nothing-*.txt"), str(tmp_path / "absent.txt")]
    results = list(read_inputs(specs))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert sorted(a.text for a in articles) == sorted([PROTEST, COURT])  # one.txt read once
    assert [(f.code, f.source) for f in failures] == [("E108", specs[2]), ("E108", specs[3])]
    assert "no file matches" in failures[0].reason and "no such file" in failures[1].reason


def test_iter_files_accepts_a_single_path(tmp_path):
    path = write(tmp_path, "a.txt", b"x")
    assert list(iter_files(path)) == [path]


STDIN_CASES = [
    ((" date 2022-01 " + PROTEST).encode("utf-8"), "dated", PROTEST),
    (MINISTRY.encode("koi8-r"), "text", MINISTRY),
    (jsonl({"text": COURT}), "jsonl", COURT),
]


@pytest.mark.parametrize("data, fmt, text", STDIN_CASES)
def test_stdin(monkeypatch, data, fmt, text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article] = read_inputs(["-"])
    assert (article.format, article.text) == (fmt, text)
    assert article.source in ("-", "-:1")


def test_stdin_too_large(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PROTEST.encode("utf-8") * 10)))
    [failure] = read_inputs(["-"], Settings(max_bytes=100))
    assert failure.code == "E103" and failure.source == "-"


def test_reader_bug_becomes_a_failure(tmp_path, monkeypatch):
    def broken_reader(data, source):
        yield Article(text=PROTEST, source=source)
        raise KeyError("oops")

    monkeypatch.setitem(READERS, "text", broken_reader)
    first, second = read_inputs([write(tmp_path, "a.txt", COURT.encode("utf-8"))])
    assert isinstance(first, Article)
    assert isinstance(second, Failure) and second.stage == "read" and "KeyError" in second.reason


# ---------------------------------------------------------------- WARC

def warc(records, gz=True) -> bytes:
    """A WARC of (url, content type, payload, status) responses, plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warc_record("https://example.org/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    for url, ctype, payload, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    return buf.getvalue()


TEXT_RECORDS = [
    ("https://example.org/1", "text/plain; charset=windows-1251", PROTEST.encode("cp1251"), "200 OK"),
    ("https://example.org/logo.png", "image/png", bytes.fromhex("89504e470d0a1a0a") + bytes(40), "200 OK"),
    ("https://example.org/moved", "text/plain", b"moved", "301 Moved Permanently"),
    ("https://example.org/2", "text/plain; charset=koi8-r", MINISTRY.encode("koi8-r"), "200 OK"),
    ("https://example.org/3", "text/plain", COURT.encode("utf-8"), "200 OK"),
]


@pytest.mark.parametrize("gz", [True, False])
def test_read_warc(tmp_path, gz):
    path = write(tmp_path, "crawl.bin", warc(TEXT_RECORDS, gz))
    results = list(read_inputs([path]))
    assert all(isinstance(r, Article) for r in results)
    assert [(r.source, r.url, r.text, r.format) for r in results] == [
        (f"{path}#2", "https://example.org/1", PROTEST, "warc"),
        (f"{path}#5", "https://example.org/2", MINISTRY, "warc"),
        (f"{path}#6", "https://example.org/3", COURT, "warc"),
    ]


def last_record_span(data: bytes) -> tuple[int, int]:
    """Offset and length of the archive's last record."""
    from warcio.archiveiterator import ArchiveIterator
    archive = ArchiveIterator(io.BytesIO(data))
    for _ in archive:
        archive.read_to_end()
        span = archive.get_record_offset(), archive.get_record_length()
    return span


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("fraction", [0.05, 0.5, 0.95])
def test_truncated_warc_keeps_good_records(tmp_path, gz, fraction):
    data = warc(TEXT_RECORDS, gz)
    offset, length = last_record_span(data)
    path = write(tmp_path, "cut.warc.gz", data[: offset + int(length * fraction)])
    results = list(read_inputs([path]))
    articles, last = results[:-1], results[-1]
    assert [a.text for a in articles] == [PROTEST, MINISTRY]
    assert isinstance(last, Failure) and last.code == "E107"
    assert last.source == f"{path}#6" and "record 6" in last.reason


def test_warc_html_record(tmp_path, html_ok):
    records = [("https://example.org/vybory", "text/html", page().encode("cp1251"), "200 OK")]
    [article] = read_inputs([write(tmp_path, "a.warc.gz", warc(records))])
    assert article.url == "https://example.org/vybory" and article.format == "warc"
    assert article.encoding == "cp1251" and PARAGRAPHS[1] in article.text


def test_warc_without_pages_is_a_failure(tmp_path):
    [failure] = read_inputs([write(tmp_path, "a.warc", warc([], gz=False))])
    assert failure.code == "E106"


# ---------------------------------------------------------------- near duplicates

def test_near_duplicates():
    base = " ".join([PROTEST, MINISTRY, COURT] + PARAGRAPHS)
    near = base + " Читайте также."                       # a repost with a boilerplate tail
    half = " ".join([PROTEST, MINISTRY] + PARAGRAPHS[:2])  # shares half its text: not a near duplicate
    finder = NearDuplicates()
    cases = [("base", base, None), ("other", COURT, None), ("near", near, "base"),
             ("half", half, None), ("base", base, None), ("short", "Минск", None)]
    for key, text, expected in cases:
        assert finder.seen(key, text) == expected, key
    assert len(finder) == 5


# ---------------------------------------------------------------- bundled samples

def test_samples_cover_every_format(html_ok):
    results = list(read_inputs([str(ROOT / "samples")]))
    failures = [r for r in results if isinstance(r, Failure)]
    assert not failures, failures
    assert sorted({r.format for r in results}) == ["bsnlp", "dated", "html", "jsonl", "text"]
    assert len(results) == 7
    for article in results:
        assert 150 <= len(article.text.split()) <= 420, article.source
        assert sum("а" <= ch <= "я" for ch in article.text) > 500
    html = next(r for r in results if r.format == "html")
    assert html.encoding == "cp1251" and html.published == "2023-04-11"


def test_sample_bytes(tmp_path):
    """The samples' formats and encodings, without trafilatura."""
    from svodka.ingest.sniff import sniff_format
    expected = {"komi_protest_dated.txt": "dated", "ufa_court.txt": "text", "articles.jsonl": "jsonl",
                "altai_flood.html": "html", "bsnlp/ru-demo-1.txt": "bsnlp"}
    for name, fmt in expected.items():
        assert sniff_format((ROOT / "samples" / name).read_bytes(), name) == fmt
    raw = (ROOT / "samples" / "altai_flood.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really windows-1251 bytes


# ---------------------------------------------------------------- shared data

@pytest.mark.shared
def test_seed(seed_path):
    [article] = read_inputs([str(seed_path)])
    assert (article.format, article.published, article.published_precision) == ("dated", "2022-01", "month")
    assert not article.text.startswith((" ", "date")) and article.text[0].isupper()
    assert article.encoding == "utf-8"
    header = seed_path.read_text(encoding="utf-8").split()[:3]
    assert article.text.split()[0] == header[2]  # the word after "date 2022-01"


@pytest.mark.shared
def test_bsnlp_raw_files(shared):
    files = sorted((shared / "datasets" / "bsnlp").glob("*/raw/**/*.txt"))
    assert len(files) > 700
    results = list(read_inputs([str(f) for f in files]))
    assert [r for r in results if isinstance(r, Failure)] == []
    assert len(results) == len(files)
    for path, article in zip(files, results):
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        assert article.format == "bsnlp"
        assert article.text == "\n".join(lines[4:])  # GOLD_FORMAT's TEXT
        assert article.title == lines[4].strip()
        assert article.ext_id == lines[0].strip().lstrip("\ufeff") and article.url == lines[3].strip()
        assert article.published is None or article.published == lines[2][:10]


def test_read_bytes_directly():
    [article] = read_bytes(("ru-5\nru\n2019-01-10\nhttps://example.org\nЗаголовок\r\n" + COURT).encode("utf-8"), "mem")
    assert (article.format, article.title, article.text, article.published) == (
        "bsnlp", "Заголовок", "Заголовок\n" + COURT, "2019-01-10")


def test_annotation_files_are_skipped_not_failed(tmp_path):
    from svodka.ingest import read_inputs
    from svodka.ingest.sniff import sniff_format
    gold = "ru-42\nМинфина\tМинфин\tORG\tORG-Minfin\nАнтона Силуанова\tАнтон Силуанов\tPER\tPER-Siluanov\n"
    path = tmp_path / "ru-42.out"
    path.write_text(gold, encoding="utf-8")
    assert sniff_format(gold.encode()) == "annotation"
    (item,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(item, Failure) and item.code == "E109"
