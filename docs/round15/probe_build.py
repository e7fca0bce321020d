"""Fresh unlabeled probe abstracts for round 15, disjoint from rounds 4, 5, 8 and 11: the recipe of
docs/round11/probe_build.py (shuffle seed 4, pool after the 4,000 audit4 used, titles of dev and seeds
dropped, 45 systems / 40 ML / 15 science). Held-out probe 4 is drawn first from pool position 10,000,
then three helper samples of 100 every third record from position 12,000 (round 11's lost samples sat
at 3,000-4,600 and its held-out at 8,000+; rounds 5 and 8 records are skipped by id)."""
import json, re, subprocess, random, unicodedata, sys, glob
sys.path.insert(0, "/work/main")
from claims.readers import read_papers
from claims.resources import seed_pages
SYS = {"cs.DC","cs.AR","cs.PF","cs.ET","cs.NI","cs.OS","cs.MS"}
SCI = {"physics.comp-ph","cond-mat.mtrl-sci","q-bio.QM","cs.CE","eess.SP"}
ML = {"cs.LG","cs.CV","cs.CL","cs.NE","cs.SD","eess.AS","cs.IR"}
WANT = SYS | SCI | ML
def norm(t):
    t = unicodedata.normalize("NFKC", t or "").lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()
banned = {norm(json.loads(l)["title"]) for l in open("/work/shared/gold/dev_in.jsonl")}
banned |= {norm(getattr(p, "title", "") or "") for p in read_papers(seed_pages())}
banned.discard("")
srcs = [("/work/.mirror/dw-dengwei+daily-arXiv-ai-enhanced/repo","data"),
        ("/work/.mirror/xmkxabc+daily-arXiv-ai-enhanced/repo","HEAD")]
seen, out = set(), []
for repo, ref in srcs:
    files = subprocess.run(["git","-C",repo,"ls-tree","-r","--name-only",ref],capture_output=True,text=True).stdout.split()
    for f in sorted(x for x in files if re.fullmatch(r"data/\d{4}-\d\d-\d\d\.jsonl", x)):
        txt = subprocess.run(["git","-C",repo,"show",f"{ref}:{f}"],capture_output=True,text=True).stdout
        for line in txt.splitlines():
            try: r = json.loads(line)
            except Exception: continue
            cats = set(r.get("categories") or [])
            if not cats & WANT: continue
            t, s = r.get("title",""), r.get("summary","")
            if not s or len(s) < 300: continue
            k = norm(t)
            if k in seen: continue
            seen.add(k)
            if k in banned: continue
            out.append({"id": "p-"+str(r.get("id")), "title": t, "abstract": " ".join(s.split()), "cats": sorted(cats)})
random.seed(4); random.shuffle(out)
print("out", len(out))
pool = out[4000:]
used = set()
for f in glob.glob("/work/main/tests/data/probe/*_abstracts.jsonl"):
    used |= {json.loads(l)["id"] for l in open(f)}
titles_used = set()
for f in glob.glob("/work/main/tests/data/probe/*_abstracts.jsonl"):
    titles_used |= {norm(json.loads(l)["title"]) for l in open(f)}
def domain(r):
    c = set(r["cats"])
    return "systems" if c & SYS else "science" if c & SCI else "ml"
want = {"systems": 45, "ml": 40, "science": 15}
def take(rows, n):
    picked, counts = [], {k: 0 for k in want}
    for r in rows:
        d = domain(r)
        if r["id"] in used or norm(r["title"]) in titles_used or counts[d] >= want[d]: continue
        counts[d] += 1; picked.append({k: r[k] for k in ("id","title","abstract")} | {"domain": d})
        used.add(r["id"])
        if len(picked) == n: break
    return picked, counts
print("pool", len(pool))
held, hc = take(pool[10000:], 100)
with open("heldout4.jsonl", "w") as fh:
    for r in held: fh.write(json.dumps(r) + "\n")
print("heldout4", hc, len(held))
for name, start in (("s15a", 0), ("s15b", 1), ("s15c", 2)):
    picked, counts = take(pool[12000 + start::3], 100)
    with open(f"{name}.jsonl", "w") as fh:
        for r in picked: fh.write(json.dumps(r) + "\n")
    print(name, counts, len(picked))
# Held-out probe 5, drawn after the above from position 10,000 on (the records heldout4 and the three
# samples took are skipped by id).
held5, h5c = take(pool[10000:], 100)
with open("heldout5.jsonl", "w") as fh:
    for r in held5: fh.write(json.dumps(r) + "\n")
print("heldout5", h5c, len(held5))
