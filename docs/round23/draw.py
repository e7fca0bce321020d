"""Round 23's annotation samples: six groups of 20 pool papers, drawn once, blind to the extractor.

  python docs/round23/draw.py /work/probe16/mine16.jsonl OUTDIR

The pool is round 16's (docs/round16/pool_build.py: 7,028 arXiv abstracts, disjoint by id and title from
the seeds, the dev gold and every probe). A paper qualifies when its abstract has at least three figures
that read like results (a percent, a factor, a decimal); the selection reads no output of the extractor.
The hardware group draws from the qualifying papers that also name a platform word. Groups are disjoint.
"""
import json
import random
import re
import sys
from pathlib import Path

FIGURE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|\\%|x\b|×|\$\\times\$)|\b\d+\.\d+\b")
PLATFORM = re.compile(r"\b(?:GPUs?|CPUs?|FPGAs?|ASICs?|TPUs?|NPUs?|Jetson|Raspberry Pi|A100|H100|V100|RTX|MCUs?|"
                      r"microcontrollers?|Snapdragon|smartphones?|edge devices?|accelerators?|SoCs?)\b")
GROUPS = ("fam23", "rec23", "meth23", "data23", "base23")


def main(pool: str, out: str) -> None:
    papers = [json.loads(line) for line in open(pool, encoding="utf-8")]
    rich = [p for p in papers if len(FIGURE.findall(p["abstract"])) >= 3]
    rng = random.Random(23)
    rng.shuffle(rich)
    platform = [p for p in rich if PLATFORM.search(p["abstract"])][:20]
    taken = {p["id"] for p in platform}
    rest = [p for p in rich if p["id"] not in taken]
    Path(out).mkdir(parents=True, exist_ok=True)
    groups = {name: rest[i * 20:(i + 1) * 20] for i, name in enumerate(GROUPS)} | {"hw23": platform}
    for name, group in groups.items():
        with open(Path(out) / f"{name}_abstracts.jsonl", "w", encoding="utf-8") as f:
            for p in group:
                f.write(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                                    "domain": p.get("domain")}, ensure_ascii=False) + "\n")
    print(len(papers), "papers,", len(rich), "with three figures or more")


if __name__ == "__main__":
    main(*sys.argv[1:3])
