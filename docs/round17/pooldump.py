"""Extract every abstract of a JSON Lines pool with the tree on PYTHONPATH; one line per paper:
[id, [[text, value, unit, metric, metric_text, kind, direction, qualifier, baseline, baseline_value, dataset, hardware, method], ...]].
Usage: cd TREE && CLAIMS_RULE_CACHE=/tmp/rc_NAME PYTHONPATH=. python /work/tools/pooldump.py POOL OUT"""
import json, sys
import claims
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        found = claims.extract(r.get("abstract") or "", title=r.get("title"))
        out.write(json.dumps([r.get("id") or r.get("paper_id"),
                              [[c.text, c.value, c.unit, c.metric, c.metric_text, c.kind, c.direction, c.qualifier, c.baseline, c.baseline_value,
                                c.dataset, c.hardware, c.method] for c in found]]) + "\n")
