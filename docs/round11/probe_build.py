"""Fresh unlabeled probe abstracts for round 11 (pool positions from 3,000 for the helpers, 8,000+ for held-out probe 3, drawn first), disjoint from rounds 5 and 8: same recipe as docs/round4/audit4.md (shuffle seed 4),
positions after the 4,000 audit4 used, stratified like the dev mix (45% systems/hardware, 40% ML,
15% computational science), titles of dev and seeds dropped by script."""
import json, re, subprocess, random, unicodedata, sys
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
used = {json.loads(l)["id"] for l in open("/tmp/audit4/corpus.jsonl")}
pool = [r for r in out[4000:] if r["id"] not in used]
def domain(r):
    c = set(r["cats"])
    return "systems" if c & SYS else "science" if c & SCI else "ml"
used = set()
for name in ("typing5", "context5", "hw5", "heldout"):
    used |= {json.loads(l)["id"] for l in open(f"/work/probe5/{name}.jsonl")}
for name in ("ctx8", "typing8", "hw8", "heldout2"):
    used |= {json.loads(l)["id"] for l in open(f"/work/probe8/{name}.jsonl")}
want = {"systems": 45, "ml": 40, "science": 15}
def take(rows, n, scale):
    picked, counts = [], {k: 0 for k in want}
    for r in rows:
        d = domain(r)
        if r["id"] in used or counts[d] >= want[d] * scale: continue
        counts[d] += 1; picked.append({k: r[k] for k in ("id","title","abstract")} | {"domain": d})
        used.add(r["id"])
        if len(picked) == n: break
    return picked, counts
held, held_counts = take(pool[8000:], 100, 1.0)
for name, start in (("ctx11", 0), ("typing11", 1), ("hw11", 2), ("base11", 3)):
    picked, counts = take(pool[3000 + start::4], 100, 1.0)
    with open(f"/work/probe11/{name}.jsonl", "w") as fh:
        for r in picked: fh.write(json.dumps(r) + "\n")
    print(name, counts, len(picked))
with open("/work/probe11/heldout3.jsonl", "w") as fh:
    for r in held: fh.write(json.dumps(r) + "\n")
print("heldout3", held_counts, len(held), "pool", len(pool))
