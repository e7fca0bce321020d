"""Throughput and peak memory of `claims extract`, against quantulum3 and a bare regex floor.

    python bench/bench_extract.py                              # seeds + 200,000 abstracts
    python bench/bench_extract.py --sizes 10000,1000000        # memory flatness
    python bench/bench_extract.py --sizes 2000 --jobs 2 --profile
    python bench/bench_extract.py --sizes 30000 --split 30000    # regex engine vs the rest

For every corpus size the script builds (once, cached under --work) a JSON Lines corpus from the
seed abstracts and perturbed copies (sentences shuffled, numbers changed, titles made unique),
then runs, on the same abstracts:

- `claims extract CORPUS --out DIR --format F --jobs N --quiet` as a child process: wall time,
  abstracts/s, input MB/s, and peak memory (the largest resident set of the whole process tree,
  workers included, sampled every 50 ms with psutil; plus ru_maxrss of the main process);
- quantulum3 (`pip install quantulum3`; skipped with a message when missing) on at most
  --quantulum-sample abstracts, in this process;
- the floor: read the JSON Lines, parse each line, one compiled number regex over each abstract.

With --split N it also runs the local engine in this process over N generated abstracts, once
plain and once under cProfile, and prints how much of the CPU time per abstract is spent inside
the regex engine and the Aho-Corasick automaton (an upper bound) and how much is the rest: the
stages' Python, JSON and Arrow (a lower bound).

Ratios to claims are printed. Timing numbers come from this run only; nothing is hard-coded.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def seed_records() -> list[dict]:
    from claims.readers import read_papers
    from claims.resources import seed_pages

    return [{"title": p.title, "abstract": p.abstract, "id": p.paper_id}
            for p in read_papers(seed_pages()) if p.abstract]


def perturb(record: dict, n: int, rng: random.Random) -> dict:
    """A copy of a seed with its sentences shuffled (the first kept first) and every number
    changed by a few percent, keeping its digits and decimals, under a unique title."""
    sentences = SENTENCE_END.split(record["abstract"])
    head, tail = sentences[:1], sentences[1:]
    rng.shuffle(tail)

    def change(match: re.Match) -> str:
        text = match.group(0)
        if "," in text or len(text) > 7:
            return text
        decimals = len(text.split(".")[1]) if "." in text else 0
        value = float(text) * rng.uniform(0.8, 1.25)
        return f"{value:.{decimals}f}"

    abstract = NUMBER.sub(change, " ".join(head + tail))
    return {"title": f"{record['title']} (variant {n})", "abstract": abstract,
            "id": f"bench-{n:08d}"}


def build_corpus(size: int, work: Path, seeds: list[dict]) -> Path:
    path = work / f"corpus_{size}.jsonl"
    if path.exists():
        return path
    rng = random.Random(size)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for n in range(size):
            seed = seeds[n % len(seeds)]
            record = seed if n < len(seeds) else perturb(seed, n, rng)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def run_claims(corpus: Path, out: Path, fmt: str, jobs: int | None) -> dict:
    import psutil

    command = [sys.executable, "-m", "claims", "extract", str(corpus), "--out", str(out),
               "--format", fmt, "--quiet"] + ([] if jobs is None else ["--jobs", str(jobs)])
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = single_peak = 0
    proc = psutil.Process(child.pid)
    while child.poll() is None:
        try:
            members = [proc] + proc.children(recursive=True)
            sizes = []
            for member in members:
                try:
                    sizes.append(member.memory_info().rss)
                except psutil.Error:
                    pass
            tree_peak = max(tree_peak, sum(sizes))
            single_peak = max(single_peak, max(sizes, default=0))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    stderr = child.stderr.read().decode(errors="replace")
    if child.returncode != 0:
        raise SystemExit(f"claims extract failed ({child.returncode}):\n{stderr}")
    return {"seconds": seconds, "tree_peak_mb": tree_peak / 2**20,
            "process_peak_mb": single_peak / 2**20, "summary": stderr.strip().splitlines()[-1]}


def abstracts_of(corpus: Path, limit: int | None = None) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(texts) >= limit:
                break
            texts.append(json.loads(line)["abstract"])
    return texts


def run_floor(corpus: Path) -> float:
    start = time.perf_counter()
    found = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            found += len(NUMBER.findall(json.loads(line)["abstract"]))
    return time.perf_counter() - start


def run_quantulum(texts: list[str]) -> float | None:
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): its column is skipped")
        return None
    parser.parse("warm up 5 ms")
    start = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return time.perf_counter() - start


def profile_seeds(top: int = 15) -> str:
    from claims.extraction.platforms import find_platforms
    from claims.extraction.pipeline import extract

    papers = seed_records()
    extract(papers[0]["abstract"])
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    for paper in papers:
        extract(paper["abstract"], title=paper["title"])
        find_platforms(paper["abstract"])
    profiler.disable()
    seconds = time.perf_counter() - start
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return (f"extract + find_platforms on {len(papers)} seed abstracts, profiled: {seconds:.2f} s "
            f"({len(papers) / seconds:.0f} abstracts/s under cProfile)\n" + buffer.getvalue())


# The C calls that are the regex engine's and the automaton's work; everything else a run
# spends (the stages' Python, JSON, Arrow) is "the rest".
ENGINE_CALLS = ("_regex.Pattern", "AhoCorasick")


def split_engine_time(corpus: Path, fmt: str) -> str:
    """Where one in-process run of the local engine over `corpus` spends its time: CPU time per
    abstract of a plain run, and of a profiled run the part inside the regex engine and the
    automaton. The profiler adds a little to each call it times, so the engine's share is an
    upper bound and the rest (plain total minus that share) a lower bound."""
    from claims.engine.local import run_local

    with tempfile.TemporaryDirectory() as out:
        # Start-up (imports, patterns, automata) is paid on a few abstracts, outside the timing.
        warm = Path(out) / "warm.jsonl"
        with corpus.open(encoding="utf-8") as lines:
            warm.write_text("".join(islice(lines, 64)), encoding="utf-8")
        run_local([warm], Path(out) / "warm", fmt)
        start = time.process_time()
        papers = run_local([corpus], Path(out) / "plain", fmt).papers
        plain = (time.process_time() - start) / papers
        profiler = cProfile.Profile()
        profiler.enable()
        run_local([corpus], Path(out) / "profiled", fmt)
        profiler.disable()
    engine = calls = 0.0
    for (filename, _, name), (_, ncalls, tottime, _, _) in pstats.Stats(profiler).stats.items():
        if filename == "~" and any(part in name for part in ENGINE_CALLS):
            engine += tottime
            calls += ncalls
    engine, calls = engine / papers, calls / papers
    return (f"in-process run over {papers:,} abstracts: {plain * 1e6:.0f} us an abstract "
            f"({1 / plain:.0f} abstracts/s of CPU time); inside the regex engine and the automaton "
            f"at most {engine * 1e6:.0f} us ({calls:.0f} calls an abstract, "
            f"{100 * engine / plain:.0f}%), the rest at least {(plain - engine) * 1e6:.0f} us")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200000",
                        help="comma-separated corpus sizes in abstracts (default 200000)")
    parser.add_argument("--jobs", type=lambda text: None if text == "default" else int(text), default=1,
                        help="--jobs of claims extract; 'default' runs it without --jobs, as a user would")
    parser.add_argument("--format", default="parquet", choices=("csv", "jsonl", "parquet"))
    parser.add_argument("--quantulum-sample", type=int, default=2000,
                        help="abstracts given to quantulum3 per corpus (it is slow)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "claims-bench"))
    parser.add_argument("--profile", action="store_true", help="print cProfile top 15 on the seeds")
    parser.add_argument("--no-seeds", action="store_true", help="skip the run on the seeds")
    parser.add_argument("--split", type=int, metavar="N",
                        help="also time an in-process run over N generated abstracts, plain and "
                             "profiled: how much of it the regex engine and the automaton take")
    args = parser.parse_args()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    seeds = seed_records()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}; claims extract --jobs {'(default)' if args.jobs is None else args.jobs} --format {args.format}")
    corpora = [] if args.no_seeds else [("seeds", build_corpus(len(seeds), work, seeds))]
    corpora += [(f"{int(s):,}", build_corpus(int(s), work, seeds)) for s in args.sizes.split(",") if s]

    rows = []
    for label, corpus in corpora:
        size = sum(1 for _ in corpus.open(encoding="utf-8"))
        megabytes = corpus.stat().st_size / 2**20
        out = work / f"out_{label.replace(',', '')}"
        claims = run_claims(corpus, out, args.format, args.jobs)
        shutil.rmtree(out, ignore_errors=True)
        floor = run_floor(corpus)
        sample = abstracts_of(corpus, args.quantulum_sample)
        quantulum = run_quantulum(sample)
        rate = size / claims["seconds"]
        q_rate = len(sample) / quantulum if quantulum else None
        floor_rate = size / floor
        rows.append((label, size, megabytes, claims, rate, q_rate, floor_rate, len(sample)))
        print(f"\n[{label}] {size:,} abstracts, {megabytes:.1f} MB: {claims['summary']}")
        print(f"  claims extract : {claims['seconds']:8.1f} s  {rate:9.0f} abstracts/s  "
              f"{megabytes / claims['seconds']:7.3f} MB/s  peak RSS {claims['tree_peak_mb']:.0f} MB "
              f"(process tree), {claims['process_peak_mb']:.0f} MB (largest process)")
        if q_rate:
            print(f"  quantulum3     : {quantulum:8.1f} s  {q_rate:9.0f} abstracts/s  "
                  f"(first {len(sample):,} abstracts)  claims/quantulum3 = {rate / q_rate:.2f}x")
        print(f"  regex floor    : {floor:8.2f} s  {floor_rate:9.0f} abstracts/s  "
              f"{megabytes / floor:7.1f} MB/s  claims/floor = {rate / floor_rate:.4f}x")

    print("\n| corpus | abstracts | MB | claims abstracts/s | claims MB/s | peak RSS MB (tree / largest) "
          "| quantulum3 abstracts/s | claims / quantulum3 | floor abstracts/s | claims / floor |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, size, mb, claims, rate, q_rate, floor_rate, _ in rows:
        q = f"{q_rate:.1f}" if q_rate else "n/a"
        ratio = f"{rate / q_rate:.2f}x" if q_rate else "n/a"
        print(f"| {label} | {size:,} | {mb:.1f} | {rate:.0f} | {mb / claims['seconds']:.3f} | "
              f"{claims['tree_peak_mb']:.0f} / {claims['process_peak_mb']:.0f} | {q} | {ratio} | "
              f"{floor_rate:.0f} | {rate / floor_rate:.4f}x |")
    if args.split:
        print("\n" + split_engine_time(build_corpus(args.split, work, seeds), args.format))
    if args.profile:
        print("\n" + profile_seeds())


if __name__ == "__main__":
    main()
