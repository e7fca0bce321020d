"""The round-16 mining pool (/work/probe16/mine16.jsonl, 7,028 abstracts, no gold): the records of
docs/round15/probe_build.py's pool (shuffle seed 4, after the 4,000 audit4 used; titles of the dev
gold and the seeds dropped) from position 14,000 on, skipping every probe's ids and titles, with
at most 6,000 machine-learning abstracts and every systems and science one (6,000 ML, 1,017
science, 11 systems: the archives hold few systems papers past the probes). The helpers drew
their review sheets from it with docs/round16/sample.py."""
import json
from collections import Counter

source = open("docs/round15/probe_build.py").read()
exec(source.split('print("pool", len(pool))')[0])   # pool, used, titles_used, norm, domain
counts, rows = Counter(), []
for record in pool[14000:]:
    if record["id"] in used or norm(record["title"]) in titles_used:
        continue
    kind = domain(record)
    if kind == "ml" and counts[kind] >= 6000:
        continue
    counts[kind] += 1
    rows.append({k: record[k] for k in ("id", "title", "abstract")} | {"domain": kind})
with open("mine16.jsonl", "w") as out:
    for row in rows:
        out.write(json.dumps(row) + "\n")
print(counts, len(rows))
