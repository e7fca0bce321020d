"""Round 26's pool: systems, hardware and efficiency abstracts from four more archives of daily arXiv listings.

  python docs/round26/pool_build.py MIRRORS_DIR OUT.jsonl

MIRRORS_DIR holds bare git snapshots (fetched 2026-12-07) of the public repositories
70asunflower/, springkill/, InfiniteNightmare/ (branch `data`) and zzhaozeng/daily-arXiv-ai-enhanced (branch `main`),
each as OWNER+daily-arXiv-ai-enhanced/repo. None is a source of the dev gold or of an earlier probe. Every
`data/*.jsonl` file is read (records with `id`, `title`, `summary`, `categories`). A record joins the pool when its
first category is a systems one (cs.DC, cs.AR, cs.PF, cs.ET, cs.NI, cs.OS, cs.MS) or, in any category, its abstract
speaks of hardware or efficiency (EFFICIENCY below): the dev gold is about 45% systems, hardware and efficiency,
and rounds 16-25 drew from a pool with 11 systems papers. Records are deduplicated by normalized title, and every
record sharing an id or a normalized title with a gold, a probe, a sample of the project or the round-16 pool
(/work/probe16/mine16.jsonl, when present) is dropped; the selection reads no output of the extractor.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVES = {"70asunflower": "data", "springkill": "data", "InfiniteNightmare": "data", "zzhaozeng": "main"}
SYSTEMS = {"cs.DC", "cs.AR", "cs.PF", "cs.ET", "cs.NI", "cs.OS", "cs.MS"}
EFFICIENCY = re.compile(r"\b(?:GPUs?|FPGAs?|ASICs?|TPUs?|NPUs?|accelerators?|speed-?ups?|latency|throughput|"
                        r"energy[- ]efficien\w*|power consumption|memory footprint|FLOPs|on-device|edge devices?|"
                        r"microcontrollers?|inference cost|(?:times|x) faster)\b", re.IGNORECASE)
KNOWN = [*ROOT.glob("tests/data/probe/*.jsonl"), *ROOT.glob("tests/data/dev/*.jsonl"), ROOT / "seeds/gold.jsonl",
         Path("/work/probe16/mine16.jsonl")]


def norm(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


def known() -> tuple[set[str], set[str]]:
    ids, titles = set(), set()
    for path in KNOWN:
        if path.exists():
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    record = json.loads(line)
                    ids.add(str(record.get("id", "")).removeprefix("p-"))
                    titles.add(norm(record.get("title", "")))
    return ids, titles


def records(git_dir: Path, branch: str):
    names = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", branch],
                           capture_output=True, text=True, check=True).stdout.split()
    for name in sorted(n for n in names if n.startswith("data/") and n.endswith(".jsonl")):
        text = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{branch}:{name}"],
                              capture_output=True, text=True, errors="replace").stdout
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("summary") and record.get("title") and record.get("id"):
                yield record


def main(mirrors: str, out: str) -> None:
    ids, titles = known()
    seen, rows = set(), []
    for owner, branch in ARCHIVES.items():
        for record in records(Path(mirrors) / f"{owner}+daily-arXiv-ai-enhanced" / "repo", branch):
            categories = record.get("categories") or []
            abstract = " ".join(record["summary"].split())
            systems = bool(categories) and categories[0] in SYSTEMS
            if not systems and not EFFICIENCY.search(abstract) or len(abstract) < 300:
                continue
            title = " ".join(record["title"].split())
            key = norm(title)
            if key in seen or key in titles or str(record["id"]) in ids:
                continue
            seen.add(key)
            rows.append({"id": str(record["id"]), "title": title, "abstract": abstract,
                         "domain": "systems" if systems else "efficiency"})
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "abstracts:", sum(r["domain"] == "systems" for r in rows), "systems")


if __name__ == "__main__":
    main(*sys.argv[1:3])
