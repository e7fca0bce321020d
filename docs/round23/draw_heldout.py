"""Round 23's held-out sample: 60 abstracts no rule, pool diff or helper has read.

  python docs/round23/draw_heldout.py OUT.jsonl     (run from the project root, beside the mirrored archives)

The records come from round 15's pool recipe (docs/round15/probe_build.py: shuffle seed 4) from position
14,000 on, like round 16's mining pool, but only those the pool left out: it took at most 6,000
machine-learning abstracts, and 39,626 more lay beyond that cap. Every probe's ids and titles, the pool's
ids and titles, the dev gold's and the seeds' titles are skipped. A record qualifies as round 23's
annotation samples do (docs/round23/draw.py: at least three result-like figures); 60 are drawn with seed 2323.
"""
import json
import random
import sys

sys.path.insert(0, "docs/round23")
from draw import FIGURE  # noqa: E402  (the same selection as the tuned samples)

source = open("docs/round15/probe_build.py").read()
exec(source.split('print("pool", len(pool))')[0])   # pool, used, titles_used, norm, domain
mined = [json.loads(line) for line in open("/work/probe16/mine16.jsonl", encoding="utf-8")]
mined_ids, mined_titles = {p["id"] for p in mined}, {norm(p["title"]) for p in mined}
fresh = [r for r in pool[14000:] if r["id"] not in used and r["id"] not in mined_ids
         and norm(r["title"]) not in titles_used and norm(r["title"]) not in mined_titles]
rich = [r for r in fresh if len(FIGURE.findall(r["abstract"])) >= 3]
rng = random.Random(2323)
sample = rng.sample(rich, 60)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for r in sample:
        out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"],
                              "domain": domain(r)}, ensure_ascii=False) + "\n")
print(len(fresh), "fresh records,", len(rich), "with three figures or more; 60 drawn")
