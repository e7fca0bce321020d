"""Round 24's annotation samples: six groups of 20 pool papers, drawn once, blind to the extractor.

  python docs/round24/draw.py POOL.jsonl OUTDIR

POOL is docs/round16/pool_build.py's output on the archive snapshots of 2026-12-07 (7,007 abstracts: the
archives' history had changed, so the same script drew papers other than round 16's; none shares an id
or a title with the seeds, the dev gold or any probe, round 23's samples included). A paper qualifies
when its abstract has at least three figures that read like results (a percent, a factor, a decimal);
the selection reads no output of the extractor. Groups are disjoint.
"""
import json
import random
import re
import sys
from pathlib import Path

FIGURE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|\\%|x\b|×|\$\\times\$)|\b\d+\.\d+\b")
GROUPS = ("fam24", "famb24", "rec24", "meth24", "data24", "base24")


def main(pool: str, out: str) -> None:
    papers = [json.loads(line) for line in open(pool, encoding="utf-8")]
    rich = [p for p in papers if len(FIGURE.findall(p["abstract"])) >= 3]
    rng = random.Random(24)
    rng.shuffle(rich)
    Path(out).mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(GROUPS):
        with open(Path(out) / f"{name}_abstracts.jsonl", "w", encoding="utf-8") as f:
            for p in rich[i * 20:(i + 1) * 20]:
                f.write(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                                    "domain": p.get("domain")}, ensure_ascii=False) + "\n")
    print(len(papers), "papers,", len(rich), "with three figures or more")


if __name__ == "__main__":
    main(*sys.argv[1:3])
