"""Training the analyser's models from labelled speeches.

A label (schema of the corpus README: kind, title, subtitle, speaker, date, salutation, sections
by their `first` characters) is aligned with what the analyser reads in the text: the header
lines get their tags, the body's units (see `units.py`) the role most of their characters have.
`train(examples, weights=…)` fits the three CRFs and returns their bytes; `save` writes them.
Training is deterministic: the same examples give the same bytes.

    python -m speechwriter.core.training --corpus ../shared/corpus --seeds ../shared/seeds/labels --out resources/models
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from speechwriter.core.analyzer import (
    body_units,
    content_lines,
    kind_notes,
    opening_text,
    rule_line_tags,
    rule_roles,
)
from speechwriter.core.cleaning import Line, clean_lines
from speechwriter.core.crf import LinearCRF
from speechwriter.core.features import (
    FEATURES_VERSION,
    HEADER_WINDOW,
    kind_features,
    line_features,
    unit_features,
    units_text,
)
from speechwriter.core.held_out import held_out_among
from speechwriter.core.house import unit_keys
from speechwriter.core.kind_model import train_kinds
from speechwriter.core.labelling import norm  # labels are matched one way everywhere
from speechwriter.core.script import simplified
from speechwriter.core.trained_models import ALL_FILES, FILES, READERS, RECORD, Models
from speechwriter.core.units import Unit
from speechwriter.vocabulary import HEADER_FIELDS, role_rank

# chosen by source-grouped cross-validation (bench/structure.py --search; the kind's l2 by --kind-only,
# 10 folds: 1.0 0.815, 3.0 0.813, 0.3 a little lower; its iterations on 442 speeches with the
# development sets: 300 0.839, 1000 0.846 — at 300 the weights had not settled, every kind's cue
# weighed too little against the plain 领导讲话; a kind model trains in ~10 s instead of ~3 s). Each kind's
# own weights (its prior, its salutation and role habits) cost 3 times the shared cues' (`l2_own`): the
# habits of the sources trained on carry over less to others' speeches (kind-only CV, 10 source folds over
# 529 speeches, l2_own 1 / 3 / 5 / 8: 0.843 / 0.847 / 0.841 / 0.839; bench/corpus_fresh7's 40 speeches from
# association, Hong Kong and Taiwan hosts read untrained: 30 / 31 / 31 / 32 of 40)
PARAMS = {"roles": {"c1": 0.2, "c2": 0.05, "all_transitions": False}, "header": {"c1": 0.05, "c2": 0.05},
          "kind": {"l2": 1.0, "iterations": 1000, "l2_own": 3.0}}
MAX_ITERATIONS = 200


@dataclass
class Example:
    """One labelled speech, as the models see it."""

    name: str
    group: str                     # its source: speeches of one source are never both trained and tested on
    text: str                      # the speech's text as the reader returns it
    label: dict
    header_features: list[dict] = field(default_factory=list)
    header_tags: list[str] = field(default_factory=list)
    header_variants: list[tuple[list[dict], list[str]]] = field(default_factory=list)
    unit_features: list[dict] = field(default_factory=list)
    unit_roles: list[str] = field(default_factory=list)
    unit_keys: list[str] = field(default_factory=list)   # heading wordings (house.heading_key), not exported
    kind_features: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    kind_only: bool = False        # teaches the kind model alone (a development set's labels: see `main`)
    header_model_only: bool = False   # teaches the header model alone (a set kept for measuring the kind: see `main`)


def is_header_only(label: dict) -> bool:
    """A label of the header fields and the kind alone (no sections): it teaches the header and kind
    models, not the roles (its `body_first` says where the body starts)."""
    return not label.get("sections")


# shapes of a speech's top (core/shapes.py) the header model also learns from, each speech in a few
# of them: a page's lines above the title, the title wrapped or spaced out, a number label, a run-in
# salutation … — shapes the labelled files seldom show
# Off: on 10 source-grouped folds (header model retrained per fold, 363 speeches) three shapes per
# speech read shaped copies of held-out speeches better (title 0.948 → 0.960, header 0.947 → 0.960)
# but the held-out speeches themselves a little worse (title 0.978 → 0.975, header 0.961 → 0.953).
AUGMENT_SHAPES = 0


def shaped_sequences(name: str, text: str, label: dict) -> list[tuple[list[dict], list[str]]]:
    """The header model's (features, tags) of this speech written in AUGMENT_SHAPES shapes (chosen
    by its name, so training stays deterministic)."""
    import random
    import zlib

    from speechwriter.core.shapes import SHAPES, drafts, top_of

    top = top_of(text, label) if AUGMENT_SHAPES else None
    if top is None:
        return []
    seed = zlib.crc32(name.encode("utf-8"))
    chosen = random.Random(seed).sample(sorted(SHAPES), min(AUGMENT_SHAPES, len(SHAPES)))
    out = []
    for _, draft in drafts(top, seed, chosen):
        example = make_example(name, "", draft.text(), {**draft.written(), "kind": label.get("kind")},
                               shaped_copy=True)
        if not example.problems:
            out.append((example.header_features, example.header_tags))
    return out


def make_example(name: str, group: str, text: str, label: dict, shaped_copy: bool = False) -> Example:
    example = Example(name, group, text, label)
    # (the page's lines above a speech stay in what the header model learns from: it learns to read
    # them as noise, which source-grouped CV found better than learning without them)
    lines = clean_lines(text)
    noise, content = content_lines(lines, page_lines=False)
    header_only = is_header_only(label)
    start_text = label.get("body_first") if header_only else label["sections"][0]["first"]
    first = norm(start_text or "")
    body_start = _body_start(content, label, first)
    if body_start is None and header_only and not first:   # no body_first: the body follows the last header field
        tagged = [i for i, ln in enumerate(content[:HEADER_WINDOW]) if _header_tag(ln.text, label) != "noise"]
        body_start = tagged[-1] + 1 if tagged else 0
    if body_start is None:
        example.problems.append(f"正文开头“{start_text}”未找到")
        body_start = 0
    # the header and the body's first lines: enough to learn where the body starts (a date or a
    # speaker line at a short speech's end would otherwise be taught as body)
    window = content[:min(HEADER_WINDOW, body_start + 4)]
    # (繁體 read as the analyser reads it; the analyser reads past pinyin readings too, `script.as_read` —
    # the shipped model was trained with them in, and trained without them it read the development sets
    # alike: left for the next retraining)
    read = [Line(simplified(ln.text), ln.number) for ln in window]
    example.header_features = line_features([ln.text for ln in read], rule_line_tags(read))
    above = [_header_tag(ln.text, label) for ln in content[:body_start]]
    for i, line in enumerate(content[:body_start]):  # the page repeats a title: the last copy is the title
        if any(other.text == line.text for other in content[i + 1:body_start]):
            above[i] = "noise"
    example.header_tags = [above[i] if i < body_start else "body" for i in range(len(window))]
    unplaced = _unplaced_fields(label, lines + noise + content)
    if example.problems or unplaced:
        # what the label says cannot be put on the text's lines (the body's start not found, a field
        # the label names on no line): the lines would be taught by guesswork — the title taught as
        # noise, the header as body — so the header model learns nothing from this speech
        example.problems += [f"抬头“{key}”在文中找不到" for key in unplaced]
        example.header_features, example.header_tags = [], []
    # every header field is optional: the same speech without some of them (its salutation, its
    # speaker and date, its subtitle and page noise …) teaches the model headers it has not seen whole
    for dropped in (("salutation",), ("speaker", "date"), ("subtitle", "noise"), ("salutation", "speaker"),
                    ("salutation", "speaker", "subtitle", "noise")) if not shaped_copy else ():
        kept = [(ln, tag) for ln, tag in zip(read, example.header_tags) if tag not in dropped]
        if len(kept) < len(window) and any(tag != "body" for _, tag in kept):
            lines = [ln for ln, _ in kept]
            example.header_variants.append((line_features([ln.text for ln in lines], rule_line_tags(lines)),
                                            [tag for _, tag in kept]))
    if shaped_copy:
        return example   # (a shaped copy teaches the header model only)
    example.header_variants += shaped_sequences(name, text, label)
    body = content[body_start:]
    units = body_units(body)
    has_salutation = bool(label.get("salutation"))
    if not header_only:
        example.unit_features = unit_features(units, has_salutation, rule_roles(units, has_salutation))
        example.unit_roles = _unit_roles(units, body, label, example.problems)
        example.unit_keys = unit_keys(units)
    header_noise = [ln for ln, tag in zip(window[:body_start], above) if tag == "noise"]
    example.kind_features = kind_features(label.get("title"), label.get("subtitle"), label.get("salutation"),
                                          opening_text(units, noise), units_text(units), label.get("speaker"),
                                          kind_notes(noise + header_noise))
    return example


def _body_start(content: list[Line], label: dict, first: str) -> int | None:
    """The line the body starts on: the first line whose text (run on into the lines under it: the
    reader may have cut a run-in salutation off) opens with the label's first characters, and that
    comes after a line of each header field the label names — a title often opens with the body's
    first words (`…开幕词` above `…大会，今天开幕了`), and a page's summary repeats the body's first
    sentence above the title — and is itself no line of a header field."""
    if not first:
        return None
    texts = [norm(ln.text) for ln in content]
    starts = [i for i, text in enumerate(texts) if text and "".join(texts[i:i + 4]).startswith(first)]
    if not starts:
        return None
    values = [norm(part) for key in HEADER_FIELDS for part in (label.get(key) or "").split("\n") if norm(part)]
    placed = [i for i in starts if texts[i] not in values]
    for i in placed:
        if all(value in texts[:i] for value in values):
            return i
    return placed[0] if placed else starts[0]


def _unplaced_fields(label: dict, lines: list[Line]) -> list[str]:
    """The header fields the label names that are no line of the text (a field may stand where the
    model does not read: a speaker and date under the speech's end, a title the reader sets aside
    as a page's line; it is then no line the model is taught wrong)."""
    texts = {norm(ln.text) for ln in lines}
    return [key for key in HEADER_FIELDS if label.get(key)
            and any(norm(part) and norm(part) not in texts for part in label[key].split("\n"))]


def _header_tag(text: str, label: dict) -> str:
    line = norm(text)
    for key in HEADER_FIELDS:
        value = label.get(key)
        if value and line and (line == norm(value) or line in [norm(part) for part in value.split("\n")]):
            return key
    return "noise"


def _unit_roles(units: list[Unit], body: list[Line], label: dict, problems: list[str]) -> list[str]:
    """Each unit gets the role most of its characters have in the label."""
    text = "".join(norm(ln.text) for ln in body)
    starts, pos = [], 0
    for section in label["sections"]:
        first = norm(section["first"])
        index = text.find(first, pos)
        if index < 0:
            problems.append(f"小节开头“{section['first']}”未找到")
            continue
        starts.append((index, section["role"]))
        pos = index + max(1, len(first))
    char_roles = [starts[0][1] if starts else "key_points"] * len(text)
    for k, (index, role) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        char_roles[index:end] = [role] * (end - index)
    roles, offset = [], 0
    for unit in units:
        size = len(norm(unit.full_text))
        span = char_roles[offset:offset + size] or char_roles[max(0, offset - 1):offset] or ["key_points"]
        roles.append(Counter(span).most_common(1)[0][0])
        offset += size
    # the label's roles only move forward; keep the units' so too (a minority can break it)
    for i in range(1, len(roles)):
        if role_rank(roles[i]) < role_rank(roles[i - 1]):
            roles[i] = roles[i - 1]
    return roles


# --- reading the labelled data ---------------------------------------------------------------

def corpus_groups(corpus: Path) -> dict[str, str]:
    """Speech number → its source repository, from the table in the corpus's SOURCES.md (or its parts,
    SOURCES-a.md, SOURCES-b.md …: bench/corpus_fresh4 has one per half)."""
    groups = {}
    for sources in sorted(corpus.glob("SOURCES*.md")):
        for line in sources.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.split("|")]
            if len(cells) > 6 and cells[1].isdigit():
                groups[cells[1]] = cells[5]
    return groups


def labelled_examples(corpus: str | os.PathLike | list | None, seeds: str | os.PathLike | None,
                      kind_corpus: list | None = None, header_corpus: list | None = None) -> list[Example]:
    """Each corpus folder's NN.txt/.docx + NN.json (`corpus`: one folder or several), and the seed
    labels (each cut to its line span); the speeches of `kind_corpus`'s folders teach the kind alone,
    those of `header_corpus`'s the header alone.
    A speech's group is its source as its folder's SOURCES.md names it, so the same source in two
    folders is one group."""
    from speechwriter.core.reader import read_speech_file

    examples = []
    seen: dict[str, tuple[str, str]] = {}   # a speech's opening words → where it was first read, its group
    folders = [] if not corpus else [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    kind_folders = {Path(f).resolve() for f in kind_corpus or []}
    header_folders = {Path(f).resolve() for f in header_corpus or []}
    named = {Path(g).resolve() for g in folders}
    for folder in folders + [f for f in list(kind_corpus or []) + list(header_corpus or []) if Path(f).resolve() not in named]:
        folder = Path(folder)
        groups = corpus_groups(folder)
        for label_path in sorted(folder.glob("*.json")):
            nn = label_path.stem
            source = folder / f"{nn}.docx" if (folder / f"{nn}.docx").exists() else folder / f"{nn}.txt"
            label = json.loads(label_path.read_text(encoding="utf-8"))
            text = read_speech_file(source)
            key = same_speech_key(text, label)
            group = groups.get(nn, nn)
            if key and key in seen:   # one speech found on two sites: one group (else CV tests on what it trained on)
                print(f"{folder.name}/{nn}: the same speech as {seen[key][0]}, in its group {seen[key][1]}")
                group = seen[key][1]
            elif key:
                seen[key] = (f"{folder.name}/{nn}", group)
            examples.append(make_example(nn, group, text, label))
            examples[-1].kind_only = folder.resolve() in kind_folders
            examples[-1].header_model_only = folder.resolve() in header_folders
    if seeds:
        seeds = Path(seeds)
        texts = {p.name: p for p in seeds.parent.glob("*.txt")}
        for label_path in sorted(seeds.glob("*.json")):
            label = json.loads(label_path.read_text(encoding="utf-8"))
            lines = texts[label["source_file"]].read_text(encoding="utf-8").split("\n")
            first, last = label["line_span"]
            text = "\n".join(lines[first - 1:last])
            examples.append(make_example(f"seed-{label_path.stem}", "seeds", text, label))
    return examples


def same_speech_key(text: str, label: dict) -> str:
    """What makes two labelled texts one speech: the body's first 60 characters (normalised) from
    where the label says the body starts; "" when that start is not found."""
    first = norm(label.get("body_first") if is_header_only(label) else label["sections"][0]["first"])
    whole = norm(text)
    start = whole.find(first) if first else -1
    return whole[start:start + 60] if start >= 0 and len(whole) - start >= 40 else ""


# --- the featurised examples shipped for retraining -----------------------------------------

EXAMPLES_FILE = "examples.json.gz"


def example_row(example: Example) -> dict:
    """What is shipped of an example: its features and labels (no text; the label keeps only its kind)."""
    e = example
    row = {"name": e.name, "group": e.group, "kind": e.label.get("kind") or "other",
           "header": [e.header_features, e.header_tags], "header_variants": [list(v) for v in e.header_variants],
           "units": [e.unit_features, e.unit_roles], "kind_features": e.kind_features}
    if e.kind_only:
        row["kind_only"] = True
    if e.header_model_only:
        row["header_model_only"] = True
    return row


def export_examples(examples: list[Example], path: str | os.PathLike) -> None:
    """Write the examples' rows, byte for byte the same for the same examples (gzip without a time
    stamp, sorted keys), with the FEATURES_VERSION they were made with."""
    from speechwriter.core.atomic import atomic_write_bytes

    data = {"extractor": FEATURES_VERSION, "examples": [example_row(e) for e in examples]}
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    atomic_write_bytes(Path(path), gzip.compress(raw, compresslevel=9, mtime=0))


def load_examples(path: str | os.PathLike) -> tuple[object, list[Example]]:
    """(the FEATURES_VERSION they were made with, the examples) from an `export_examples` file."""
    data = json.loads(gzip.decompress(Path(path).read_bytes()).decode("utf-8"))
    examples = []
    for row in data["examples"]:
        examples.append(Example(row["name"], row["group"], "", {"kind": row["kind"]},
                                header_features=row["header"][0], header_tags=row["header"][1],
                                header_variants=[(x, y) for x, y in row["header_variants"]],
                                unit_features=row["units"][0], unit_roles=row["units"][1],
                                kind_features=row["kind_features"], kind_only=bool(row.get("kind_only")),
                                header_model_only=bool(row.get("header_model_only"))))
    return data.get("extractor", ""), examples


# --- training --------------------------------------------------------------------------------

def train(examples: list[Example], weights: list[float] | None = None, params: dict | None = None) -> dict[str, bytes]:
    """The three models' bytes ({"roles": …, "header": …, "kind": …}).

    `weights` (one per example, default 1) make an example count several times: a weight w adds
    it round(w) times, so a clerk's few corrections can outweigh the bundled data.
    """
    params = {**PARAMS, **(params or {})}
    weights = weights or [1.0] * len(examples)
    repeats = [max(1, round(w)) for w in weights]
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in ("roles", "header"):
            trainer = _trainer(params[name])
            for example, times in zip(examples, repeats):
                if example.kind_only or name == "roles" and example.header_model_only:
                    continue
                if name == "roles":
                    pairs = [(example.unit_features, example.unit_roles)]
                else:
                    pairs = [(example.header_features, example.header_tags)] + example.header_variants
                for xseq, yseq in pairs:
                    for _ in range(times if xseq else 0):
                        trainer.append(xseq, yseq)
            path = os.path.join(folder, f"{name}.crfsuite")
            trainer.train(path)
            out[name] = _as_json(path)
    samples = [(e.kind_features, e.label.get("kind") or "other") for e, times in zip(examples, repeats)
               if not e.header_model_only for _ in range(times)]
    out["kind"] = train_kinds(samples, **params["kind"]).to_bytes()
    return out


def _trainer(values: dict) -> Any:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": values["c1"], "c2": values["c2"], "max_iterations": MAX_ITERATIONS,
                        "feature.possible_transitions": values.get("all_transitions", True)})
    return trainer


def save(models: dict[str, bytes], folder: str | os.PathLike, record: dict | None = None) -> None:
    """Write the model files (each replaced atomically) and the record of how they were made."""
    from speechwriter.core.atomic import atomic_write_bytes

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in models.items():
        atomic_write_bytes(folder / ALL_FILES[name], data)
    if record is not None:
        atomic_write_bytes(folder / RECORD, (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _as_json(path: str) -> bytes:
    """What crfsuite learned, as the JSON `crf.LinearCRF` reads (the analyser needs no native library)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    try:
        return LinearCRF.from_crfsuite(tagger.info()).to_bytes()
    finally:
        tagger.close()


def open_models(models: dict[str, bytes]) -> Models:
    """`trained_models.Models` over trained bytes, without touching the disk."""
    return Models(**{name: READERS[name](data) for name, data in models.items()})


def training_record(examples: list[Example], corpus_note: str) -> dict:
    groups = Counter(e.group for e in examples)
    return {"trained_on": {"speeches": len(examples), "sources": dict(sorted(groups.items())),
                           "names": [e.name for e in examples], "data": corpus_note},
            "params": {**PARAMS, "max_iterations": MAX_ITERATIONS},
            "models": dict(FILES)}




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="从标注的讲稿训练结构识别模型")
    parser.add_argument("--corpus", action="append", help="标注语料文件夹（NN.txt/NN.docx + NN.json），可给多个")
    parser.add_argument("--kind-corpus", action="append", default=[],
                        help="只教文种模型的标注文件夹（其抬头标注不教抬头模型），可给多个")
    parser.add_argument("--header-corpus", action="append", default=[],
                        help="只教抬头模型的标注文件夹（其文种标注不教文种模型），可给多个")
    parser.add_argument("--seeds", help="种子讲稿的标注文件夹（seeds/labels）")
    parser.add_argument("--out", required=True, help="模型写入的文件夹")
    args = parser.parse_args(argv)
    held = held_out_among((args.corpus or []) + args.kind_corpus + args.header_corpus)
    if held:
        parser.error(f"bench/{held} 是留出的检验集：训练不读它")   # the held-out set measures, never teaches
    examples = labelled_examples(args.corpus, args.seeds, args.kind_corpus, args.header_corpus)
    for example in examples:
        for problem in example.problems:
            print(f"{example.name}: {problem}")
    models = train(examples)
    seeds = sum(1 for e in examples if e.group == "seeds")
    note = (f"{' and '.join(args.corpus or [])} (sources in each folder's SOURCES.md; bench/corpus: header and "
            f"kind labels) and ../shared/seeds/labels ({seeds} seed speeches)"
            + (f"; for the kind alone {' and '.join(args.kind_corpus)}" if args.kind_corpus else "")
            + (f"; for the header alone {' and '.join(args.header_corpus)}" if args.header_corpus else "")
            + "; the texts are not shipped")
    record = training_record(examples, note)
    record["examples"] = {"file": EXAMPLES_FILE, "extractor": FEATURES_VERSION}
    save(models, args.out, record)
    export_examples(examples, Path(args.out) / EXAMPLES_FILE)
    print(f"trained on {len(examples)} speeches → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
