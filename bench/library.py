"""Benchmark: the sample library (素材库) — import throughput, search latency and size, on either engine.

    bench/library.py [--engine sqlite|postgres] [--paragraphs N] [--pool N]   (default: sqlite, 100,000)
    nice -n 10 bench/library.py --engine postgres --paragraphs 1000000 --pool 4000   (the issue's full run)
    bench/library.py --measure CLERK_URL --admin ADMIN_URL   (an existing server library, built before)
    bench/library.py --engine postgres --shared-buffers 1GB   (the throw-away server otherwise has the defaults)

`--engine postgres` starts a throw-away PostgreSQL server (initdb in a temporary folder, as the
tests do), sets it up with `library init`, and works as a clerk (row-level security applies).

1. Real import: a folder of varied sample speeches (.txt) read, analysed, cut and stored file by
   file, as `speechwriter library add FOLDER` does → files/s and this side's CPU ms per file
   (import_cpu_ms_per_file: reading and storing; on the throw-away server also the server's,
   import_server_cpu_ms_per_file: its processes' CPU time, read from /proc); beforehand 40 of those
   files read alone, nothing stored → the reading's CPU ms per file (read_cpu_ms_per_file).
2. A library of ~100,000 paragraphs. Analysing 4,000 files would take minutes, so real speeches
   (the bundled samples, bench/corpus and ../shared/corpus) are analysed once and then stored
   again and again with ~15 % of their words swapped
   for other dictionary words and numbers changed (texts differ, vocabulary grows as in a real
   library); each copy goes in through Library.store, one transaction per file, like an import.
3. 200 searches for words a clerk would look for (1–2 of the keywords of a random paragraph; a
   quarter narrowed to a role), the whole `search()` call timed: median and p95.
4. The reference, same run, same table, same queries and role filters: a plain `LIKE '%word%'`
   scan of the paragraphs returning the matching ones (what a search without an index has to
   do before it can rank or count anything).
5. 8 searchers at once (processes, as 8 clerks' PCs, each with its own connection), 50 of the same
   queries each: p95.
   (On more than 200,000 paragraphs the LIKE reference runs 20 of the queries: each scans everything.)
6. Size: the library on disk (file, or the database) per byte of paragraph text (UTF-8), and per
   character; with --engine postgres also an embedded (SQLite) library of 30,000 paragraphs of the
   same texts, for its size per character.
Last line: key=value pairs (cli.md).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speechwriter.core import tokens  # noqa: E402
from speechwriter.core.speech import Block, Speech  # noqa: E402
from speechwriter.library import (  # noqa: E402
    Library,
    import_paths,
    open_library,
    search,
    textindex,  # noqa: E402
)
from speechwriter.library.importer import reader_count  # noqa: E402
from speechwriter.library.prepare import (  # noqa: E402
    PreparedFile,
    PreparedParagraph,
    PreparedSpeech,
    content_hash,
    prepare_file,
    prepare_text,
    read_file,
)
from speechwriter.library.search import RANK_LIMIT, role_of  # noqa: E402
from speechwriter.paths import samples_dir  # noqa: E402

PARAGRAPHS = 100_000
IMPORT_FILES = 150
QUERIES = 200
SWAP = 0.15
ROLES = ["开场", "回顾", "要点", "结束"]


CORPORA = (Path(__file__).resolve().parent / "corpus", Path(__file__).resolve().parents[2] / "shared" / "corpus")


def speech_files() -> list[Path]:
    """Real speeches: the bundled samples, bench/corpus and the shared labelled corpus (where present)."""
    found = sorted(samples_dir().glob("*.txt"))
    for folder in CORPORA:
        found += sorted(folder.glob("*.txt"))
    return found


def sample_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt"))]


def varied_folder(folder: Path, count: int, rnd: random.Random) -> None:
    """Sample speeches with places and years changed, so every file is new content."""
    texts = sample_texts()
    places = ["东城", "西城", "南岗", "北湖", "青山", "白云", "金水", "玉泉", "龙湖", "凤凰", "桃源", "清河"]
    for n in range(count):
        text = texts[n % len(texts)]
        text = text.replace("市", rnd.choice(places) + "市", 3).replace("2024", str(1990 + n))
        text = text.replace("妇联", rnd.choice(["妇联", "总工会", "团委", "科协"]))
        (folder / f"{n:04d}.txt").write_text(text + f"\n（第{n}稿）\n", encoding="utf-8")


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the import's readers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


READ_FILES = 40   # files of the import's folder read (analysed, cut, keywords) alone, for the reading's CPU


def reading_cpu_ms(folder: Path) -> float:
    """CPU milliseconds per file of reading (what a reader does: analyser, words, index terms,
    keywords, phrases) alone, nothing stored: the best of three passes over the folder's first files,
    as the machine's other work only ever adds to it."""
    texts = [read_file(path) for path in sorted(folder.glob("*.txt"))[:READ_FILES]]
    prepare_text(texts[0], "warm-up")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for number, text in enumerate(texts):
            prepare_text(text, f"/read/{number}.txt")
        best = min(best, (time.process_time() - start) * 1000 / len(texts))
    tokens.forget_cuts()   # the import that follows starts as cold as without this
    return best


def server_cpu_seconds(data: Path) -> float:
    """CPU time of a server on this computer: its postmaster and the processes it started (backends,
    WAL writer, checkpointer, autovacuum) that are running now."""
    postmaster = (data / "postmaster.pid").read_text().split()[0]
    tick, total = os.sysconf("SC_CLK_TCK"), 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:   # ended meanwhile
            continue
        if entry.name == postmaster or fields[1] == postmaster:   # fields: state, ppid, … utime (11), stime (12)
            total += int(fields[11]) + int(fields[12])
    return total / tick


def measure_import(rnd: random.Random, location, server_cpu=None) -> tuple[float, float, int, int, float, int, float]:
    """(seconds, CPU seconds of this side (reading + storing), speeches, paragraphs, the reading's CPU ms
    per file, reader processes, the server's CPU seconds (`server_cpu`: a function giving its CPU time so
    far, for a server on this computer; else nan))."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "讲稿"
        folder.mkdir()
        varied_folder(folder, IMPORT_FILES, rnd)
        read_ms = reading_cpu_ms(folder)
        with open_library(location or Path(tmp) / "import.sqlite3") as library:
            start, cpu = time.perf_counter(), _cpu_seconds()
            served = server_cpu() if server_cpu else float("nan")
            readers = reader_count()
            summary = import_paths(library, [folder], workers=readers)   # as `library add` does
            seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
            served = (server_cpu() if server_cpu else float("nan")) - served
            counts = library.counts()
    assert len(summary.imported) == IMPORT_FILES, summary.text()
    return seconds, cpu, counts["speeches"], counts["paragraphs"], read_ms, readers, served


class Variator:
    """Stores copies of the analysed samples with words swapped, as new files."""

    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        freq = tokens.tokenizer().FREQ
        self.vocabulary = [w for w, f in freq.items() if f >= 20 and 2 <= len(w) <= 4]
        self.base = [prepare_file(p, str(p)) for p in speech_files()]
        self.base = [f for f in self.base if f.speeches]
        # each paragraph as jieba pieces (words and punctuation), cut once
        self.pieces = {id(p): tokens.cut(p.text) for f in self.base for s in f.speeches for p in s.paragraphs}

    def copy(self, number: int) -> PreparedFile:
        base = self.base[number % len(self.base)]
        speeches = []
        for item in base.speeches:
            paragraphs = [self._vary(p) for p in item.paragraphs]
            all_words = [w for p in paragraphs for w in p.terms.split()]
            speeches.append(PreparedSpeech(self._speech_of(item.speech, paragraphs), textindex.keywords(all_words, 8),
                                           paragraphs, item.phrases))
        text = "\n".join(p.text for s in speeches for p in s.paragraphs)
        return PreparedFile(key=f"/bench/{number:05d}.txt", text=text, content_hash=content_hash(text), size=len(text),
                            mtime=0.0, bundled=False, speeches=speeches, analyzer_version=base.analyzer_version)

    @staticmethod
    def _speech_of(speech: Speech, paragraphs: list[PreparedParagraph]) -> Speech:
        """The sample's reading with the varied lines in it, as an import of the varied text would store it."""
        lines = iter(p.text for p in paragraphs)

        def fill(block: Block) -> Block:
            return Block(role=block.role, heading=next(lines) if block.heading else block.heading, level=block.level,
                         paragraphs=[next(lines) for _ in block.paragraphs], points=[fill(p) for p in block.points])

        return dataclasses.replace(speech, sections=[fill(block) for block in speech.sections])

    def _vary(self, paragraph: PreparedParagraph) -> PreparedParagraph:
        pieces = list(self.pieces[id(paragraph)])
        for i, piece in enumerate(pieces):
            if piece.isdigit():
                pieces[i] = str(self.rnd.randrange(1, 2000))
            elif len(piece) > 1 and self.rnd.random() < SWAP:
                pieces[i] = self.rnd.choice(self.vocabulary)
        words = [w for w in pieces if textindex.is_word(w)]
        return PreparedParagraph(paragraph.section, paragraph.role, paragraph.level, paragraph.heading,
                                 "".join(pieces), textindex.index_text(words),
                                 textindex.keywords(words, textindex.KEYWORDS_PER_PARAGRAPH))


def build(library: Library, rnd: random.Random, paragraphs: int, pool: int) -> tuple[float, int]:
    """`pool` > 0: only that many varied copies are made (making one costs ~4× storing it); the rest
    are those again under other names, each file's text made unique by a line of its own."""
    variator = Variator(rnd)
    made: list[PreparedFile] = []
    start = time.perf_counter()
    files = 0
    while library.counts()["paragraphs"] < paragraphs:
        for _ in range(200):
            if not pool or len(made) < pool:
                copy = variator.copy(files)
                made.append(copy)
            else:
                base = made[files % pool]
                text = base.text + f"\n（第{files}稿）"
                copy = PreparedFile(key=f"/bench/{files:07d}.txt", text=text, content_hash=content_hash(text),
                                    size=len(text), mtime=0.0, bundled=False, speeches=base.speeches,
                                    analyzer_version=base.analyzer_version)
            library.store(copy)
            files += 1
        if files % 2000 == 0:
            print(f"  … {files} files stored, {time.perf_counter() - start:.0f} s", flush=True)
    return time.perf_counter() - start, files


def _table(library: Library, name: str) -> str:
    return f"speechwriter.{name}" if library.server else name


def make_queries(library: Library, rnd: random.Random) -> list[tuple[str, str | None]]:
    rows = library.conn.execute(f"SELECT keywords FROM {_table(library, 'paragraphs')} WHERE keywords != '' "
                                "ORDER BY id LIMIT 200000").fetchall()
    queries = []
    while len(queries) < QUERIES:
        words = rows[rnd.randrange(len(rows))][0].split()
        picked = rnd.sample(words, min(len(words), rnd.choice([1, 1, 2])))
        role = rnd.choice(ROLES) if rnd.random() < 0.25 else None
        queries.append((" ".join(picked), role))
    return queries


def like_scan(library: Library, query: str, role: str | None) -> list:
    words = query.split()
    mark = "%s" if library.server else "?"
    where = " AND ".join([f"text LIKE {mark}"] * len(words) + ([f"role = {mark}"] if role else []))
    params = [f"%{w}%" for w in words] + ([role_of(role)] if role else [])
    return library.conn.execute(f"SELECT id, text FROM {_table(library, 'paragraphs')} WHERE {where}",
                                params).fetchall()


def _searcher(location, mine, start_together, results) -> None:
    """One clerk's PC: its own process and connection, the queries one after another."""
    times = []
    with Library(location) as library:
        search(library, mine[0][0])    # what the first search loads
        start_together.wait()
        for query, role in mine:
            begun = time.perf_counter()
            search(library, query, role=role)
            times.append((time.perf_counter() - begun) * 1000)
    results.put(times)


def concurrent_searches(location, queries, searchers: int = 8, each: int = 50) -> list[float]:
    """`searchers` processes (as many clerks' PCs), each with its own connection, run `each` of the
    queries (its own pick and order), all at once."""
    import multiprocessing

    context = multiprocessing.get_context("fork")   # jieba and its tables are loaded already
    start_together = context.Barrier(searchers)
    results = context.Queue()
    workers = [context.Process(target=_searcher, args=(location, random.Random(n).sample(list(queries), min(
        each, len(queries))), start_together, results)) for n in range(searchers)]
    for worker in workers:
        worker.start()
    times = [t for _ in workers for t in results.get(timeout=3600)]
    for worker in workers:
        worker.join()
    return times


def text_chars(library: Library) -> int:
    table = _table(library, "paragraphs")
    return int(library.conn.execute(f"SELECT COALESCE(SUM(length(text)), 0) FROM {table}").fetchone()[0])


def sqlite_bytes_per_char(rnd: random.Random, paragraphs: int) -> tuple[float, float]:
    """The embedded library's size for the same kind of texts: (bytes per character, × the UTF-8 text)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite3"
        with open_library(path) as library:
            build(library, rnd, paragraphs, 0)
            chars, stored = text_chars(library), text_bytes(library)
        size = path.stat().st_size
    return size / chars, size / stored


def text_bytes(library: Library) -> int:
    table = _table(library, "paragraphs")
    length = "octet_length(text)" if library.server else "length(CAST(text AS BLOB))"
    return int(library.conn.execute(f"SELECT COALESCE(SUM({length}), 0) FROM {table}").fetchone()[0])


@contextlib.contextmanager
def postgres_location(shared_buffers: str | None):
    """A clerk's URL on a throw-away server set up by `library init` (as the tests make one), its
    settings the server's defaults but for `shared_buffers` (None: the default) and durability
    (fsync off: a throw-away server; searches do not write)."""
    from speechwriter.library.pg_schema import initialise
    from tests.library.engines import throwaway_server

    with throwaway_server(memory=shared_buffers) as server:
        name = server.new_database()
        initialise(server.url(name))
        server.sql("GRANT speechwriter_clerk TO alice")
        yield server.url(name, "alice"), lambda: database_size(server.url(name)), \
            lambda: server_cpu_seconds(server.folder / "data")


def database_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")   # what autovacuum does on a server left running
        return int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])


def server_settings(url: str) -> str:
    """The server's version and the settings that searching depends on, as it ran them."""
    import psycopg

    names = ("shared_buffers", "effective_cache_size", "work_mem", "max_connections", "fsync")
    with psycopg.connect(url, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0].split()[0]
        shown = [f"{name}={conn.execute(f'SHOW {name}').fetchone()[0]}" for name in names]
    return f"server: PostgreSQL {version}, {', '.join(shown)}; the machine's load {os.getloadavg()[0]:.1f}"


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--paragraphs", type=int, default=PARAGRAPHS)
    parser.add_argument("--pool", type=int, default=0, metavar="N",
                        help="make only N varied files and store them again under other names (for 1,000,000)")
    parser.add_argument("--measure", metavar="URL",
                        help="build nothing: measure searches and size on this existing server library (as a clerk)")
    parser.add_argument("--admin", metavar="URL", help="with --measure: the owner's URL, to read the size")
    parser.add_argument("--shared-buffers", metavar="SIZE", default=None,
                        help="the throw-away server's shared_buffers, e.g. 1GB (default: the server's own default, 128MB)")
    args = parser.parse_args()
    rnd = random.Random(20240501)
    start = time.perf_counter()
    tokens.warm_up()
    textindex.keywords(["妇联"], 1)  # jieba.analyse's IDF table
    load_s = time.perf_counter() - start

    with contextlib.ExitStack() as stack:
        if args.measure:
            args.engine = "postgres"
            run(args, rnd, load_s, args.measure, lambda: database_size(args.admin or args.measure), None,
                build_it=False)
        elif args.engine == "postgres":
            import psycopg

            url, size_of, server_cpu = stack.enter_context(postgres_location(args.shared_buffers))
            with psycopg.connect(url.replace("://alice@", "://postgres@"), autocommit=True) as conn:
                empty_size = int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])
            run(args, rnd, load_s, url, lambda: size_of() - empty_size, url, server_cpu=server_cpu)
        else:
            tmp = stack.enter_context(tempfile.TemporaryDirectory())
            path = Path(tmp) / "library.sqlite3"
            run(args, rnd, load_s, path, lambda: path.stat().st_size, None)


def run(args, rnd, load_s, location, size_of, import_location, build_it: bool = True, server_cpu=None) -> None:
    files_per_s = cpu_ms = read_ms = server_ms = float("nan")
    if build_it:
        import_s, import_cpu, speeches, paragraphs, read_ms, readers, served = measure_import(rnd, import_location,
                                                                                             server_cpu)
        files_per_s = IMPORT_FILES / import_s
        cpu_ms, server_ms = import_cpu * 1000 / IMPORT_FILES, served * 1000 / IMPORT_FILES
        print(f"[{args.engine}] import: {IMPORT_FILES} files ({speeches} speeches, {paragraphs} paragraphs) in "
              f"{import_s:.1f} s = {files_per_s:.1f} files/s, {paragraphs / import_s:.0f} paragraphs/s, with "
              f"{f'{readers} reader processes' if readers > 1 else 'the files read on a thread while stored'}; {cpu_ms:.0f} ms of CPU per file here, of which reading "
              f"{read_ms:.1f} ms (the same files read alone, best of 3){f', the server {server_ms:.1f} ms' if server_cpu else ''}; the machine's load "
              f"{os.getloadavg()[0]:.1f}; jieba + keywords loaded beforehand in {load_s:.1f} s)", flush=True)
    with open_library(location) as library:
        build_s, files = build(library, rnd, args.paragraphs, args.pool) if build_it else (float("nan"), 0)
        stored_text, chars = text_bytes(library), text_chars(library)
    size_mb = size_of() / 1e6
    per_text = size_mb * 1e6 / stored_text
    # searching as the app does: its own connection, next to the one that imported
    with Library(location) as library:
        counts = library.counts()
        print(f"library: {counts['paragraphs']} paragraphs in {counts['speeches']} speeches of {files} files, "
              f"stored in {build_s:.1f} s ({files / build_s:.0f} files/s without analysis"
              f"{f'; {args.pool} varied files, stored again under other names' if args.pool else ''}), "
              f"{size_mb:.0f} MB on disk for {stored_text / 1e6:.0f} MB of paragraph text = {per_text:.1f}× the text")
        queries = make_queries(library, rnd)
        search(library, queries[0][0])   # the first search loads what searching needs
        times, capped, empty = [], 0, 0
        for query, role in queries:
            start = time.perf_counter()
            result = search(library, query, role=role)
            times.append((time.perf_counter() - start) * 1000)
            capped += result.capped
            empty += not result.hits
        like_times = []
        # the reference scans the whole table: on a large library 20 queries tell the same
        for query, role in queries if counts["paragraphs"] <= 200_000 else queries[:20]:
            start = time.perf_counter()
            like_scan(library, query, role)
            like_times.append((time.perf_counter() - start) * 1000)
    together = concurrent_searches(location, queries)

    median, tail = statistics.median(times), p95(times)
    like_median = statistics.median(like_times)
    ratio = like_median / median
    print(f"search: {QUERIES} queries (1–2 keywords, {sum(1 for _, r in queries if r)} with a role filter): "
          f"median {median:.1f} ms, p95 {tail:.1f} ms, max {max(times):.1f} ms; {capped} matched more than "
          f"the {RANK_LIMIT} paragraphs ranked, {empty} found nothing")
    print(f"8 searchers at once, {len(together)} searches: median {statistics.median(together):.1f} ms, "
          f"p95 {p95(together):.1f} ms")
    print(f"reference LIKE scan, {len(like_times)} of the same queries and filters: median {like_median:.0f} ms, p95 {p95(like_times):.0f} ms "
          f"→ search {ratio:.0f}× faster (medians), {p95(like_times) / tail:.0f}× (p95)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    sqlite_note = ""
    if args.engine == "postgres":
        per_char, per_utf8 = sqlite_bytes_per_char(rnd, min(args.paragraphs, 30_000))
        print(f"the embedded (SQLite) library for the same kind of texts: {per_char:.1f} bytes per character "
              f"= {per_utf8:.2f}× the UTF-8 text")
        sqlite_note = f" sqlite_bytes_per_char={per_char:.1f} sqlite_size_ratio={per_utf8:.2f}"
    if args.engine == "postgres":
        print(server_settings(location))   # what the figures above were measured with
    print(f"engine={args.engine} import_files_per_s={files_per_s:.1f} import_cpu_ms_per_file={cpu_ms:.0f} read_cpu_ms_per_file={read_ms:.1f} "
          f"import_server_cpu_ms_per_file={server_ms:.1f} "
          f"library_paragraphs={counts['paragraphs']} "
          f"search_median_ms={median:.1f} search_p95_ms={tail:.1f} concurrent8_p95_ms={p95(together):.1f} "
          f"like_median_ms={like_median:.0f} search_vs_like={ratio:.0f} library_mb={size_mb:.0f} "
          f"size_ratio={per_text:.2f} bytes_per_char={size_mb * 1e6 / chars:.1f}{sqlite_note}")


if __name__ == "__main__":
    main()
