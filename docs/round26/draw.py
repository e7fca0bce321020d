"""Round 26's annotation samples: six groups of 20 papers of docs/round26/pool_build.py's pool, drawn once, blind.

  python docs/round26/draw.py POOL.jsonl OUTDIR

A paper qualifies when its abstract has at least three figures that read like results (a percent, a factor, a
decimal). Each group takes 10 papers of the pool's systems domain and 10 of its efficiency domain (hardware or
efficiency words in any category), shuffled with seed 26; groups are disjoint. The pool already excludes every id and
title known to the project; the selection reads no output of the extractor.
"""
import json
import random
import re
import sys
from pathlib import Path

FIGURE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|\\%|x\b|×|\$\\times\$)|\b\d+\.\d+\b")
GROUPS = ("fam26", "rec26", "meth26", "data26", "base26", "hw26")


def main(pool: str, out: str) -> None:
    papers = [json.loads(line) for line in open(pool, encoding="utf-8")]
    rich = [p for p in papers if len(FIGURE.findall(p["abstract"])) >= 3]
    rng = random.Random(26)
    by_domain = {domain: [p for p in rich if p["domain"] == domain] for domain in ("systems", "efficiency")}
    for group in by_domain.values():
        rng.shuffle(group)
    Path(out).mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(GROUPS):
        chosen = by_domain["systems"][i * 10:(i + 1) * 10] + by_domain["efficiency"][i * 10:(i + 1) * 10]
        with open(Path(out) / f"{name}_abstracts.jsonl", "w", encoding="utf-8") as f:
            for p in chosen:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(papers), "papers,", len(rich), "with three figures or more:",
          {domain: len(group) for domain, group in by_domain.items()})


if __name__ == "__main__":
    main(*sys.argv[1:3])
