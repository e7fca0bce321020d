"""Diff two pooldump outputs; print each changed paper with the lost and gained claims and their context.
Usage: python /work/tools/pooldiff.py POOL BEFORE AFTER"""
import json, sys
text = {json.loads(l).get("id"): json.loads(l).get("abstract") or "" for l in open(sys.argv[1])}
before = [json.loads(l) for l in open(sys.argv[2])]
after = [json.loads(l) for l in open(sys.argv[3])]
changed = 0
for (pid, old), (_, new) in zip(before, after):
    old_set, new_set = {tuple(c) for c in old}, {tuple(c) for c in new}
    if old_set == new_set:
        continue
    changed += 1
    print(pid)
    for tag, items in (("-", sorted(old_set - new_set, key=str)), ("+", sorted(new_set - old_set, key=str))):
        for c in items:
            k = text[pid].find(c[0])
            print(f"  {tag} {c}\n      …{text[pid][max(0, k - 90):k + 70]}…")
print(f"{changed} papers changed of {len(before)}")
