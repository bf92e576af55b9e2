"""The tool as a user runs it: `extract run` / `extract score` in a subprocess on real files.

What is pinned here is the contract's promise to the person holding the output file:
the seeds score at least as well as they did (floors only ever rise), every offset slices the
input exactly as given (also when the input is NFD or uses the `Ð` look-alike), every input
line gets exactly one output line even when it is unreadable, and the exit code tells a
script whether anything failed.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from extract.io import SHARED_CORPUS
from offsets import assert_offsets_slice

# Floors on the seed gold (annotations/seeds.jsonl). Raise them when the pipeline improves;
# never lower them to make a change pass.
FIGURE_F1_FLOOR = 0.99
FACT_F1_FLOOR = 0.90

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = Path(sys.executable).with_name("extract")
SEEDS = ROOT / "corpus" / "seeds.jsonl"
SEED_GOLD = ROOT / "annotations" / "seeds.jsonl"
PAGES = SHARED_CORPUS / "pages.jsonl"
# Seed 000 (Cần Thơ): many figures of every kind, and it already mixes `Đ` and `Ð`.
VARIANT_SEED = "000_f28c877bd538956e"
# A guard against a hung process, not a speed requirement.
HANG_GUARD = 900


def run_cli(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(EXTRACT), *map(str, args)], capture_output=True, text=True, timeout=HANG_GUARD)
    if check and proc.returncode != 0:
        raise AssertionError(f"extract {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return proc


def read_jsonl(path: Path) -> list[dict]:
    """Every line of an output file, each of which must be one JSON object."""
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "output ends in a partial line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def write_jsonl(path: Path, objs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return path


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


def fact_keys(rec: dict) -> list[tuple]:
    return [
        (f["figure"]["kind"], f["figure"]["value"], (f["subject"] or {}).get("canonical"), f["year"])
        for f in rec["facts"]
    ]


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "seeds.out.jsonl"
    run_cli("run", SEEDS, "-o", out, "--quiet")
    return out


# --- quality floors ---------------------------------------------------------------------------


def test_seed_scores_stay_above_floors(seed_out: Path) -> None:
    rep = json.loads(run_cli("score", SEED_GOLD, seed_out, "--json").stdout)
    assert rep["documents"] == 5 and rep["missing_predictions"] == []
    assert rep["figures"]["f1"] >= FIGURE_F1_FLOOR, rep["figures"]
    assert rep["facts"]["f1"] >= FACT_F1_FLOOR, rep["facts"]


# Floors on the challenge sets (annotations/challenge/): passages and full-length pages written
# and annotated blind to the code, whose records carry their own text. Same rule: only raise.
CHALLENGE_FLOORS = {
    "indices.jsonl": (0.99, 0.92), "articles.jsonl": (0.98, 0.91), "articles2.jsonl": (0.99, 0.91),
    "articles3.jsonl": (0.99, 0.89), "articles4.jsonl": (0.98, 0.91), "articles5.jsonl": (0.98, 0.90),
    "articles6.jsonl": (0.99, 0.89), "articles7.jsonl": (0.98, 0.88), "articles8.jsonl": (0.99, 0.90),
    "articles9.jsonl": (0.98, 0.90), "articles10.jsonl": (0.98, 0.90), "articles11.jsonl": (0.99, 0.88),
    "articles12.jsonl": (0.99, 0.85), "articles13.jsonl": (0.99, 0.89), "articles14.jsonl": (0.99, 0.85),
    "articles15.jsonl": (0.99, 0.85), "articles16.jsonl": (0.99, 0.90), "articles17.jsonl": (0.99, 0.86),
    "articles18.jsonl": (0.98, 0.85), "articles19.jsonl": (0.97, 0.85), "articles20.jsonl": (0.97, 0.87),
    "articles21.jsonl": (0.98, 0.86), "articles22.jsonl": (0.98, 0.85), "articles23.jsonl": (0.98, 0.85),
    "articles24.jsonl": (0.99, 0.93), "articles25.jsonl": (0.98, 0.88), "articles26.jsonl": (0.98, 0.83),
    "articles27.jsonl": (0.98, 0.88), "articles28.jsonl": (0.99, 0.94), "articles29.jsonl": (0.99, 0.93),
    "articles30.jsonl": (0.99, 0.85), "articles31.jsonl": (0.99, 0.95), "articles32.jsonl": (0.99, 0.91),
    "articles33.jsonl": (0.98, 0.85), "articles34.jsonl": (0.99, 0.93), "articles35.jsonl": (0.99, 0.91),
    "articles36.jsonl": (0.99, 0.91), "articles37.jsonl": (0.98, 0.88), "articles38.jsonl": (0.99, 0.91),
    "articles39.jsonl": (0.99, 0.90), "articles40.jsonl": (0.98, 0.89), "articles41.jsonl": (0.99, 0.96),
    "articles42.jsonl": (0.99, 0.92), "articles43.jsonl": (0.99, 0.92), "articles44.jsonl": (0.98, 0.84),
    "articles45.jsonl": (0.99, 0.93), "articles46.jsonl": (0.98, 0.86), "articles47.jsonl": (0.98, 0.88),
    "articles48.jsonl": (0.98, 0.86), "articles49.jsonl": (0.98, 0.91), "articles50.jsonl": (0.98, 0.89),
    "articles51.jsonl": (0.99, 0.95), "articles52.jsonl": (0.99, 0.88), "articles53.jsonl": (0.95, 0.81),
}


@pytest.mark.parametrize("name", sorted(CHALLENGE_FLOORS))
def test_challenge_scores_stay_above_floors(tmp_path: Path, name: str) -> None:
    gold = ROOT / "annotations" / "challenge" / name
    out = tmp_path / "out.jsonl"
    run_cli("run", gold, "-o", out, "--quiet")
    for rec in read_jsonl(out):
        assert_offsets_slice(rec)
    rep = json.loads(run_cli("score", gold, out, "--json").stdout)
    figure_floor, fact_floor = CHALLENGE_FLOORS[name]
    assert rep["missing_predictions"] == []
    assert rep["figures"]["f1"] >= figure_floor, rep["figures"]
    assert rep["facts"]["f1"] >= fact_floor, rep["facts"]


# --- offsets ----------------------------------------------------------------------------------


def test_seed_records_keep_text_and_offsets(seed_out: Path) -> None:
    inputs = load(SEEDS)
    out = read_jsonl(seed_out)
    assert [r["doc_id"] for r in out] == [d["doc_id"] for d in inputs]
    for d, r in zip(inputs, out, strict=True):
        assert r["status"] == "ok", r["error"]
        assert r["text"] == d["text"]
        assert r["facts"], "every seed article has figures"
        assert_offsets_slice(r)


@pytest.mark.skipif(not PAGES.exists(), reason="needs ../shared/corpus/pages.jsonl")
def test_page_records_keep_text_and_offsets(tmp_path: Path) -> None:
    out = tmp_path / "pages.out.jsonl"
    run_cli("run", PAGES, "-o", out, "--quiet")
    inputs = load(PAGES)
    recs = read_jsonl(out)
    assert [r["doc_id"] for r in recs] == [d["doc_id"] for d in inputs]
    for d, r in zip(inputs, recs, strict=True):
        assert r["status"] == "ok", r["error"]
        assert r["text"] == d["text"]
        assert r["meta"] == {k: v for k, v in d.items() if k not in ("doc_id", "text")}
        assert_offsets_slice(r)


def test_nfd_and_lookalike_inputs_give_same_facts_at_their_own_offsets(tmp_path: Path) -> None:
    """The same article served decomposed, or with `Ð` (U+00D0) for every `Đ`: the facts must
    not change, and each offset must point into the variant the user gave, not the NFC text."""
    seed = next(d for d in load(SEEDS) if d["doc_id"] == VARIANT_SEED)
    original = seed["text"]
    variants = {
        "nfc": original,
        "nfd": unicodedata.normalize("NFD", original),
        "lookalike": original.replace("\u0110", "\u00d0"),
        "nfd+lookalike": unicodedata.normalize("NFD", original.replace("\u0110", "\u00d0")),
    }
    assert len(set(variants.values())) == 4
    assert len(variants["nfd"]) > len(original)  # offsets really do differ
    src = write_jsonl(tmp_path / "variants.jsonl", [{"doc_id": k, "text": v} for k, v in variants.items()])
    out = tmp_path / "variants.out.jsonl"
    run_cli("run", src, "-o", out, "--quiet")
    recs = {r["doc_id"]: r for r in read_jsonl(out)}
    base = recs["nfc"]
    assert base["facts"]
    for name, text in variants.items():
        r = recs[name]
        assert r["status"] == "ok", r["error"]
        assert r["text"] == text, name
        assert_offsets_slice(r)
        assert fact_keys(r) == fact_keys(base), name
        assert [fold(f["figure"]["text"]) for f in r["facts"]] == [fold(f["figure"]["text"]) for f in base["facts"]]
        assert [(fold(e["text"]), e["label"]) for e in r["entities"]] == [
            (fold(e["text"]), e["label"]) for e in base["entities"]
        ], name


# --- inputs -----------------------------------------------------------------------------------


def test_folder_of_txt_files_and_a_jsonl(tmp_path: Path, seed_out: Path) -> None:
    """A folder batch: one record per `.txt` (doc_id = file name), a `.jsonl` inside it read
    line by line, files in name order, anything else ignored; same facts as the JSONL run."""
    seeds = load(SEEDS)
    folder = tmp_path / "batch"
    folder.mkdir()
    for d in seeds[:3]:
        (folder / f"{d['doc_id']}.txt").write_text(d["text"], encoding="utf-8")
    write_jsonl(folder / "zz_more.jsonl", seeds[3:])
    (folder / "README.md").write_text("Không phải bài báo: 92,27% ở đây không được đọc.\n", encoding="utf-8")
    out = tmp_path / "folder.out.jsonl"
    proc = run_cli("run", folder, "-o", out, "--quiet")
    recs = read_jsonl(out)
    assert [r["doc_id"] for r in recs] == [d["doc_id"] for d in seeds]
    by_id = {r["doc_id"]: r for r in read_jsonl(seed_out)}
    for d, r in zip(seeds, recs, strict=True):
        assert r["status"] == "ok", r["error"]
        assert r["text"] == d["text"]
        assert r["facts"] == by_id[d["doc_id"]]["facts"]
        assert_offsets_slice(r)
    assert "documents: 5" in proc.stdout


def test_jsonl_metadata_passes_through_unchanged(tmp_path: Path) -> None:
    seeds = load(SEEDS)[:2]
    meta = [
        {"url": "https://baocantho.com.vn/chi-so-cai-cach-hanh-chinh", "title": "Chỉ số CCHC của TP Cần Thơ",
         "published": "2024-03-05T22:57:00+07:00", "source": "baocantho.com.vn"},
        {"url": "https://baohungyen.vn/par-index", "published": None, "source": "baohungyen.vn", "tags": ["PAR"]},
    ]
    docs = [{"doc_id": d["doc_id"], "text": d["text"], **m} for m, d in zip(meta, seeds, strict=True)]
    src = write_jsonl(tmp_path / "meta.jsonl", docs)
    out = tmp_path / "meta.out.jsonl"
    run_cli("run", src, "-o", out, "--quiet")
    recs = read_jsonl(out)
    assert [r["meta"] for r in recs] == meta
    assert [r["text"] for r in recs] == [d["text"] for d in seeds]


def test_gold_file_as_input_takes_texts_from_the_shared_corpus(tmp_path: Path) -> None:
    """Re-running the machine over a gold file (texts referenced by `doc_id`, facts and
    entities its own) gives the same facts as running it over the corpus; the gold's results
    are not carried along as metadata, its `meta` object is."""
    gold = load(ROOT / "annotations" / "pages.jsonl")[:3]
    assert all("text" not in g and g["facts"] for g in gold)
    out = tmp_path / "gold.out.jsonl"
    run_cli("run", ROOT / "annotations" / "pages.jsonl", "-o", out, "--quiet")
    recs = read_jsonl(out)
    assert len(recs) == 60 and all(r["status"] == "ok" for r in recs)
    pages = {d["doc_id"]: d for d in load(PAGES)}
    for g, r in zip(gold, recs, strict=False):
        assert r["text"] == pages[g["doc_id"]]["text"]
        assert r["meta"] == {**g["meta"], "text_from": "shared corpus"}
        assert_offsets_slice(r)
    direct = tmp_path / "pages.out.jsonl"
    run_cli("run", write_jsonl(tmp_path / "pages.jsonl", [pages[g["doc_id"]] for g in gold]), "-o", direct, "--quiet")
    assert [r["facts"] for r in read_jsonl(direct)] == [r["facts"] for r in recs[:3]]


def test_jsonl_gz_input_gives_the_same_output(tmp_path: Path, seed_out: Path) -> None:
    gz = tmp_path / "seeds.jsonl.gz"
    gz.write_bytes(gzip.compress(SEEDS.read_bytes()))
    out = tmp_path / "gz.out.jsonl"
    run_cli("run", gz, "-o", out, "--quiet")
    assert out.read_bytes() == seed_out.read_bytes()


def test_html_page_record_carries_extracted_text(tmp_path: Path) -> None:
    """An `.html` page: main text via trafilatura, offsets into that text, which the record holds."""
    seed = next(d for d in load(SEEDS) if d["doc_id"] == VARIANT_SEED)
    paras = [p.strip() for p in seed["text"].split("\n") if p.strip()]
    title = paras[1]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[2:])
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} - Báo Cần Thơ</title></head><body>"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>'
        f"<main><article><h1>{html.escape(title)}</h1>\n{body}\n</article></main>"
        "<footer><p>Đường dây nóng: 0913.456.789 · Trang 1/5</p></footer></body></html>"
    )
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "can-tho.html").write_text(page, encoding="utf-8")
    out = tmp_path / "html.out.jsonl"
    run_cli("run", folder, "-o", out, "--quiet")
    (rec,) = read_jsonl(out)
    assert rec["doc_id"] == "can-tho"
    assert rec["status"] == "ok", rec["error"]
    text = rec["text"]
    assert "<p>" not in text and "<article" not in text
    key = "Chỉ số CCHC cấp sở năm 2023 của thành phố có giá trị trung bình đạt 92,27%, tăng 1,76% so với năm 2022."
    assert key in text
    assert_offsets_slice(rec)
    at = text.index(key)
    figs = {(f["figure"]["text"], f["figure"]["kind"]) for f in rec["facts"]
            if at <= f["figure"]["start"] < at + len(key)}
    assert figs == {("92,27%", "percent"), ("1,76%", "delta")}


# --- bad input: one line out per line in, exit codes --------------------------------------------


def _bad_batch(tmp_path: Path) -> Path:
    seeds = load(SEEDS)
    lines = [
        json.dumps({"doc_id": "good-1", "text": seeds[0]["text"]}, ensure_ascii=False).encode(),
        json.dumps({"doc_id": "empty", "text": ""}).encode(),
        '{"doc_id": "broken", "text": "Tỉnh đạt 90%'.encode(),  # cut off mid-object
        json.dumps({"text": "Tỉnh Sóc Trăng đạt 92,27%.", "url": "https://example.vn/a"}, ensure_ascii=False).encode(),
        '{"doc_id": "cp1252", "text": "Hà Nội đạt 90%"}'.encode("cp1252", errors="replace"),
        json.dumps({"doc_id": "good-2", "text": seeds[1]["text"]}, ensure_ascii=False).encode(),
    ]
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    return src


def test_bad_lines_each_get_one_error_record_in_place(tmp_path: Path) -> None:
    src = _bad_batch(tmp_path)
    out = tmp_path / "bad.out.jsonl"
    proc = run_cli("run", src, "-o", out, "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    recs = read_jsonl(out)
    assert len(recs) == 6
    assert [r["status"] for r in recs] == ["ok", "error", "error", "error", "error", "ok"]
    assert recs[0]["doc_id"] == "good-1" and recs[5]["doc_id"] == "good-2"
    assert recs[1]["doc_id"] == "empty"
    for r in recs:
        assert_offsets_slice(r)
        if r["status"] == "error":
            assert isinstance(r["error"]["type"], str) and r["error"]["type"]
            assert isinstance(r["error"]["message"], str) and r["error"]["message"]
            assert r["facts"] == []
        else:
            assert r["error"] is None and r["facts"]
    # Lines with no usable doc_id are named by their line number, so a user can find them.
    for line_no in (3, 4, 5):
        doc_id = recs[line_no - 1]["doc_id"]
        assert str(line_no) in doc_id.replace("bad.jsonl", ""), doc_id
    assert len({r["doc_id"] for r in recs}) == 6
    # The readable-but-idless line keeps its metadata.
    assert recs[3]["meta"].get("url") == "https://example.vn/a"


def test_strict_exits_1_when_any_record_is_an_error(tmp_path: Path) -> None:
    src = _bad_batch(tmp_path)
    out = tmp_path / "strict.out.jsonl"
    proc = run_cli("run", src, "-o", out, "--quiet", "--strict", check=False)
    assert proc.returncode == 1
    assert len(read_jsonl(out)) == 6  # strict still writes every line


def test_strict_exits_0_on_a_clean_batch(tmp_path: Path) -> None:
    out = tmp_path / "clean.out.jsonl"
    proc = run_cli("run", SEEDS, "-o", out, "--quiet", "--strict", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_empty_jsonl_file_gives_empty_output(tmp_path: Path) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"")
    out = tmp_path / "empty.out.jsonl"
    proc = run_cli("run", src, "-o", out, "--quiet", "--strict", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.exists() and out.read_bytes() == b""


def test_empty_and_undecodable_txt_files_get_error_records(tmp_path: Path) -> None:
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "a.txt").write_text(load(SEEDS)[2]["text"], encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes("Tỉnh Hưng Yên đạt 88,34 điểm.".encode("utf-16"))
    (folder / "d.txt").write_text(" \n\t\n", encoding="utf-8")
    out = tmp_path / "txt.out.jsonl"
    proc = run_cli("run", folder, "-o", out, "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    recs = read_jsonl(out)
    assert [r["doc_id"] for r in recs] == ["a", "b", "c", "d"]
    assert [r["status"] for r in recs] == ["ok", "error", "error", "error"]
    for r in recs[1:]:
        assert r["error"]["type"] and r["error"]["message"]


def test_escaped_lone_surrogate_does_not_stop_the_batch(tmp_path: Path) -> None:
    """`"\\ud83d"` is valid JSON (scrapers cut emoji in half) but not encodable as UTF-8: the
    document may fail, the batch may not, and every line still gets its record."""
    src = tmp_path / "surrogate.jsonl"
    src.write_text(
        '{"doc_id": "a", "text": "Tỉnh Hưng Yên đạt 88,34 điểm."}\n'
        '{"doc_id": "s", "text": "Hà Nội đạt 90% \\ud83d rất tốt."}\n'
        '{"doc_id": "b", "text": "Tỉnh Sóc Trăng đạt 92,27%."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "surrogate.out.jsonl"
    proc = run_cli("run", src, "-o", out, "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    recs = read_jsonl(out)
    assert [r["doc_id"] for r in recs] == ["a", "s", "b"]
    assert recs[0]["status"] == "ok" and recs[2]["status"] == "ok"
    assert recs[1]["status"] in ("ok", "error")


def test_missing_input_path_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("run", tmp_path / "nope.jsonl", "-o", tmp_path / "o.jsonl", check=False)
    assert proc.returncode == 2
    assert not (tmp_path / "o.jsonl").exists()


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Python salts string hashes per process; a tie broken by set order would make two runs of
    the same batch disagree. Two runs under different seeds give byte-identical output."""
    outs = []
    for seed in ("4", "5"):  # two seeds under which a set-ordered tie once split the seed articles' output
        out = tmp_path / f"out{seed}.jsonl"
        proc = subprocess.run([str(EXTRACT), "run", str(SEEDS), "-o", str(out), "--quiet"], capture_output=True,
                              text=True, timeout=HANG_GUARD, env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
