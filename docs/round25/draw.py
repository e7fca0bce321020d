"""Round 25's annotation samples: six groups of 20 pool papers, drawn once, blind to the extractor.

  python docs/round25/draw.py POOL.jsonl OUTDIR

POOL is docs/round16/pool_build.py's output on the archive snapshots of 2026-12-07, second fetch (6,990
abstracts). A paper qualifies when its abstract has at least three figures that read like results (a
percent, a factor, a decimal) and it shares no id and no title with any gold or probe of the project
(seeds, dev gold, every probe, round 23's and round 24's samples included); the selection reads no
output of the extractor. Groups are disjoint.
"""
import json
import random
import re
import sys
from pathlib import Path

FIGURE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|\\%|x\b|×|\$\\times\$)|\b\d+\.\d+\b")
GROUPS = ("fam25", "famb25", "rec25", "meth25", "data25", "base25")
ROOT = Path(__file__).resolve().parents[2]
KNOWN = [*ROOT.glob("tests/data/probe/*.jsonl"), *ROOT.glob("tests/data/dev/*.jsonl"), ROOT / "seeds/gold.jsonl"]


def _title(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _known() -> tuple[set[str], set[str]]:
    ids, titles = set(), set()
    for path in KNOWN:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                ids.add(str(record.get("id", "")).removeprefix("p-"))
                titles.add(_title(record.get("title", "")))
    return ids, titles


def main(pool: str, out: str) -> None:
    papers = [json.loads(line) for line in open(pool, encoding="utf-8")]
    ids, titles = _known()
    fresh = [p for p in papers if str(p["id"]).removeprefix("p-") not in ids and _title(p["title"]) not in titles]
    rich = [p for p in fresh if len(FIGURE.findall(p["abstract"])) >= 3]
    rng = random.Random(25)
    rng.shuffle(rich)
    Path(out).mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(GROUPS):
        with open(Path(out) / f"{name}_abstracts.jsonl", "w", encoding="utf-8") as f:
            for p in rich[i * 20:(i + 1) * 20]:
                f.write(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                                    "domain": p.get("domain")}, ensure_ascii=False) + "\n")
    print(len(papers), "papers,", len(fresh), "unknown to the project,", len(rich), "with three figures or more")


if __name__ == "__main__":
    main(*sys.argv[1:3])
