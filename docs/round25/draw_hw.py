"""Round 25's hardware sample: 40 pool papers that name a platform word, drawn once, blind to the extractor.

  python docs/round25/draw_hw.py POOL.jsonl OUTDIR

POOL as docs/round25/draw.py's. A paper qualifies when its abstract names a platform word (GPU, CPU, FPGA,
ASIC, TPU, NPU, accelerator, chip, edge, embedded, on-device, mobile, smartphone, microcontroller, robot,
drone, UAV, satellite, cluster, supercomputer, quantum processor, in-memory) and it is neither in
draw.py's six groups nor known to the project; the selection reads no output of the extractor.
"""
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import draw  # noqa: E402

PLATFORM = re.compile(r"\b(?:GPUs?|CPUs?|FPGAs?|ASICs?|TPUs?|NPUs?|accelerators?|chips?|edge|embedded|on-device|mobile|"
                      r"smartphones?|microcontrollers?|MCUs?|robots?|drones?|UAVs?|satellites?|clusters?|"
                      r"supercomputers?|quantum\s(?:processors?|computers?|hardware)|in-memory)\b", re.IGNORECASE)


def main(pool: str, out: str) -> None:
    papers = [json.loads(line) for line in open(pool, encoding="utf-8")]
    ids, titles = draw._known()
    fresh = [p for p in papers if str(p["id"]).removeprefix("p-") not in ids and draw._title(p["title"]) not in titles]
    rich = [p for p in fresh if len(draw.FIGURE.findall(p["abstract"])) >= 3]
    rng = random.Random(25)
    rng.shuffle(rich)
    taken = {p["id"] for p in rich[:20 * len(draw.GROUPS)]}
    rest = [p for p in fresh if p["id"] not in taken and PLATFORM.search(p["title"] + " " + p["abstract"])]
    random.Random(2525).shuffle(rest)
    Path(out).mkdir(parents=True, exist_ok=True)
    with open(Path(out) / "hw25_abstracts.jsonl", "w", encoding="utf-8") as f:
        for p in rest[:40]:
            f.write(json.dumps({"id": p["id"], "title": p["title"], "abstract": p["abstract"],
                                "domain": p.get("domain")}, ensure_ascii=False) + "\n")
    print(len(rest), "papers name a platform word; 40 drawn")


if __name__ == "__main__":
    main(*sys.argv[1:3])
