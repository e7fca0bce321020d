"""Round 16 review sheets from the unlabeled mining pool (docs/round16/pool_build.py; 7,028 fresh
arXiv abstracts, disjoint by id and title from every probe, the dev gold and the seeds).

  python /work/probe16/sample.py claims  N SEED [--tree T] > sheet.jsonl   # N random papers' claims, all fields
  python /work/probe16/sample.py dropped N SEED [--rule R] [--tree T]        # N random dropped numbers (optionally of one rule)
  python /work/probe16/sample.py hardware N SEED [--tree T]                # N random papers that name a platform word, with the extractor's hardware

Run it with the tree whose extractor you want (default: the current directory's `claims`).
"""
import argparse, json, random, sys, re, os
ap = argparse.ArgumentParser()
ap.add_argument("what", choices=["claims", "dropped", "hardware"])
ap.add_argument("n", type=int); ap.add_argument("seed", type=int)
ap.add_argument("--rule"); ap.add_argument("--tree", default=os.getcwd())
ap.add_argument("--pool", default="/work/probe16/mine16.jsonl")
a = ap.parse_args()
sys.path.insert(0, a.tree)
from claims.extraction.pipeline import read
papers = [json.loads(l) for l in open(a.pool)]
rng = random.Random(a.seed)
HW = re.compile(r"\b(GPU|CPU|FPGA|ASIC|TPU|NPU|Jetson|Raspberry|A100|H100|V100|RTX|MCU|microcontroller|Arm|ARM|Snapdragon|smartphone|edge device|accelerator|chip|SoC)\b")

def claim_row(c):
    d = c.__dict__ if hasattr(c, "__dict__") else {k: getattr(c, k) for k in c.__slots__}
    return {k: v for k, v in d.items() if not k.startswith("_")}

if a.what == "claims":
    order = list(range(len(papers))); rng.shuffle(order); n = 0
    for i in order:
        p = papers[i]; r = read(p["abstract"], p["title"])
        if not r.claims: continue
        print(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                          "claims": [claim_row(c) for c in r.claims]}, default=str, ensure_ascii=False))
        n += 1
        if n == a.n: break
elif a.what == "dropped":
    order = list(range(len(papers))); rng.shuffle(order); rows = []
    for i in order:
        p = papers[i]; r = read(p["abstract"], p["title"])
        ts = [t for t in r.traces if not t.kept and (a.rule is None or (t.rule_ids and t.rule_ids[-1] == a.rule))]
        if ts:
            t = rng.choice(ts)
            rows.append({"id": p["id"], "number": t.text, "rule": t.rule_ids[-1] if t.rule_ids else "-",
                         "sentence": t.sentence})
        if len(rows) == a.n: break
    for row in rows: print(json.dumps(row, ensure_ascii=False))
else:
    order = list(range(len(papers))); rng.shuffle(order); n = 0
    for i in order:
        p = papers[i]
        if not HW.search(p["abstract"]): continue
        r = read(p["abstract"], p["title"])
        print(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                          "hardware": [h.__dict__ if hasattr(h, "__dict__") else str(h) for h in getattr(r, "platforms", [])],
                          "claims": [{k: v for k, v in claim_row(c).items() if k in ("text", "metric", "value", "unit", "hardware")} for c in r.claims]},
                         default=str, ensure_ascii=False))
        n += 1
        if n == a.n: break
