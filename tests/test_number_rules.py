"""Number syntax the rules must read (claims/extraction/numbers.py, scores.py and
patterns/normalize.yaml), each on synthetic sentences with the exact claims expected."""
from __future__ import annotations

import pytest

from claims.extraction.numbers import find_numbers
from exact_claims import assert_exact_claims, params

CASES = {
    # pipeline._math_balanced: a claim's text keeps the LaTeX math it sits in whole, as the gold writes it;
    # escaped dollars are money, and a source that never opened its math stays as written.
    "math span": [
        ("We propose Kin. Kin reaches $0.912$ AUROC and a $4.2\\%$ gain on MIMIC-IV.",
         [dict(text="$0.912$", value=0.912, metric="auc"), dict(text="$4.2\\%$", value=4.2, unit="%")]),
        ("We propose Kin. The solver runs $17\\times$ faster and $1.5$--$2.0\\times$ cheaper than Gurobi.",
         [dict(text="$17\\times$", value=17.0, unit="x", metric="speedup"),
          dict(text="$1.5$--$2.0\\times$", value=2.0, value_low=1.5, unit="x")]),
        ("We propose Kin. Kin is 8.3\\times$ faster than the CPU baseline.",
         [dict(text="8.3\\times$", value=8.3, unit="x", metric="speedup")]),
    ],
    # number.slash_pair: two decimals joined by a slash are two scores, named by the cue after both.
    "slash pair": [
        ("We propose Kin. The parser reaches 93.6 F1 and 95.8/94.1 UAS/LAS on PTB.",
         [dict(text="93.6", value=93.6, metric="f1", unit=None), dict(text="95.8", value=95.8, metric="accuracy"),
          dict(text="94.1", value=94.1, metric="accuracy")]),
        ("We propose Kin. Our model obtains 1.8/3.3 WER on the clean/other test sets.",
         [dict(text="1.8", value=1.8, metric="error"), dict(text="3.3", value=3.3, metric="error")]),
        ("We propose Kin. It runs 24/7 and handles 2/3 of the load.", []),
    ],
    # slashes.py: three or more figures joined by slashes before a unit or a name are one figure each
    # (seeds: "48.7%/51.1%/52.3% mIoU"; union tuned23 "132/119/119 FPS"; pool26 "273/169/124/78 FPS",
    # "63.41/61.88/57.95 F1"); the unit or name written once after the last is each one's, and a name
    # written before the first ("AP scores of") names the later ones too.
    # rising_pairs.py: a bracketed "X to Y" right after a change of size Y - X is that change's from-to
    # (union tuned23 "by 11pp (55.8% to 66.8%)"; pool26 "the gain is +12.8pp (37.2% to 50.0%)"); a rising
    # "X to Y" elsewhere, or one whose difference is not the change, stays a range.
    "bracketed rise": [
        ("We propose Kin. Kin lifts exact match by 6.2 points (41.3% to 47.5%) on NQ.",
         [dict(text="6.2", value=6.2, kind="change", direction="increase"),
          dict(text="41.3% to 47.5%", value=47.5, value_low=None, baseline_value=41.3, kind="absolute")]),
        ("We propose Kin. Kin raises recall by 25% (0.40 to 0.50) on the rare classes.",
         [dict(text="25%", value=25.0, kind="change"),
          dict(text="0.40 to 0.50", value=0.5, value_low=None, baseline_value=0.4, kind="absolute")]),
        ("We propose Kin. Kin achieves the highest accuracy (0.83 to 0.89) across the datasets.",
         [dict(text="0.83 to 0.89", value=0.89, value_low=0.83, baseline_value=None)]),
        ("We propose Kin. Kin improves accuracy by 3% (81% to 92%) across the suites.",
         [dict(text="3%", value=3.0, kind="change"),
          dict(text="81% to 92%", value=92.0, value_low=81.0, baseline_value=None)]),
    ],
    # gap.continuation: a benchmark named between two figures of a list may hold digits or two words ("85.3 on
    # AIME 2024, 74.4 on AIME 2025"; pool26 "an FID of 4.47 on CIFAR-10, 7.97 on FFHQ, ... and 8.26 on LSUN
    # Bedroom"); a one-digit number after a name is an item's label ("on Centers 4, 5, and 6"), no year or version.
    "list of benchmarks": [
        ("We propose Kin. Kin reaches a BLEU of 31.2 on WMT14, 28.4 on WMT16 and 35.9 on IWSLT 2017.",
         [dict(text="31.2", value=31.2, metric="bleu", kind="absolute"), dict(text="28.4", value=28.4, metric="bleu"),
          dict(text="35.9", value=35.9, metric="bleu")]),
        ("We propose Kin. Kin obtains an FVD of 91.4 on UCF-101, 55.2 on Sky Timelapse, and 40.8 on Taichi HD.",
         [dict(text="91.4", value=91.4, metric="other", unit=None), dict(text="55.2", value=55.2, metric="other"),
          dict(text="40.8", value=40.8, metric="other")]),
        ("We propose Kin. Kin reaches a Dice score of 0.91 on Centers 4, 5, 6.",
         [dict(text="0.91", value=0.91)]),
        # the first of such a list is a score with no verb before it (pool26 "(92.98 on LoCoMo, 95.8 on LongMemEval)")
        ("We propose Kin. Kin leads both suites (61.7 on MMMU, 48.2 on MathVista 2024) among open models.",
         [dict(text="61.7", value=61.7, kind="absolute", unit=None), dict(text="48.2", value=48.2, kind="absolute")]),
        ("We propose Kin. The ablation (0.5 on Reddit, 0.1 on the rest) fixes the dropout.", []),
        ("We propose Kin. Kin reaches a BLEU of 41.2 on WMT14 En-Fr, 1.4 below the teacher.",
         [dict(text="41.2", value=41.2, metric="bleu")]),
    ],
    "slash chain": [
        ("We propose Kin. The S/M/L variants run at 212/148/97 FPS on a Jetson Orin.",
         [dict(text="212", value=212.0, unit="FPS", metric="throughput", kind="absolute"),
          dict(text="148", value=148.0, unit="FPS", metric="throughput", kind="absolute"),
          dict(text="97 FPS", value=97.0, unit="FPS", metric="throughput", kind="absolute")]),
        ("We propose Kin. Retrieval adds 31/9/12 ms per query for the three indexes.",
         [dict(text="31", value=31.0, unit="ms", metric="latency"), dict(text="9", value=9.0, unit="ms", metric="latency"),
          dict(text="12 ms", value=12.0, unit="ms", metric="latency")]),
        ("We propose Kin. Kin obtains 71.25/68.40/64.02 macro F1 on the short, medium and long splits.",
         [dict(text="71.25", value=71.25, metric="f1"), dict(text="68.40", value=68.4, metric="f1"),
          dict(text="64.02", value=64.02, metric="f1")]),
        ("We propose Kin. The tiny to large models reach AP scores of 41.2/44.8/47.5 on LVIS.",
         [dict(text="41.2", value=41.2, metric="map"), dict(text="44.8", value=44.8, metric="map"),
          dict(text="47.5", value=47.5, metric="map")]),
        ("We propose Kin. Kin scores 99/97.5/96.1% top-1 accuracy across the three shifts.",
         [dict(text="99", value=99.0, unit="%", metric="accuracy"), dict(text="97.5", value=97.5, unit="%", metric="accuracy"),
          dict(text="96.1%", value=96.1, unit="%", metric="accuracy")]),
        # two whole numbers stay a fraction or a name; a year makes a date; a chain glued to a word is a name
        ("We propose Kin. Kin was released on 2024/05/01 and ships v1/2/3 builds at 3/4 of the cost.", []),
        # a chain of settings is no outcome
        ("We propose Kin. It is trained with learning rates of 0.1/0.01/0.001 over the three stages.", []),
    ],
    # number.range: "and" joins a range only after "between"; a sign of approximation before the second
    # number does not make "X and ~Y" one range (probe tuned8 "up to ~100x and ~230x faster").
    "approximate second of a list": [
        ("We propose Kin. Kin achieves up to ~40x and ~95x faster solves than Gurobi on the two suites.",
         [dict(text="40x", value=40.0, unit="x", metric="speedup", qualifier="up_to"),
          dict(text="95x", value=95.0, unit="x", metric="speedup")]),
        ("We propose Kin. Kin lowers latency by ~20% and ~35% on the two clusters.",
         [dict(text="20%", value=20.0, metric="latency", qualifier="about"),
          dict(text="35%", value=35.0, metric="latency", qualifier="about")]),
        ("We propose Kin. Kin keeps the error between 2% and ~4% across the sweep.",
         [dict(text="2% and ~4%", value=4.0, value_low=2.0, metric="error")]),
    ],
    # number.prefix_factor: a factor written before its number, a word of change after it.
    "prefix factor": [
        ("We propose Kin. Kin achieves a ×4.5 speedup over cuBLAS.",
         [dict(text="×4.5", value=4.5, unit="x", metric="speedup", kind="ratio", direction="increase")]),
        ("We propose Kin. It delivers $\\times$25-54 and $\\times$4.5 improvements in energy efficiency.",
         [dict(text="$\\times$25-54", value=54.0, value_low=25.0, unit="x", metric="energy_efficiency", kind="ratio"),
          dict(text="$\\times$4.5", value=4.5, unit="x", metric="energy_efficiency", kind="ratio")]),
        ("We propose Kin. The x86 version is faster on a board with a PCIe x16 slot.", []),
    ],
    # number.scaled_rate: a rate written with a sign of thousands or millions before its unit.
    "scaled rate": [
        ("We propose Kin. Kin scales up to 250k TPS on 64 nodes.",
         [dict(text="250k TPS", value=250.0, unit="kTPS", metric="throughput", qualifier="up_to")]),
        ("We propose Kin. The index sustains 1.2M QPS and 300K IOPS.",
         [dict(text="1.2M QPS", value=1.2, unit="MQPS", metric="throughput", kind="absolute"),
          dict(text="300K IOPS", value=300.0, unit="kIOPS", metric="throughput", kind="absolute")]),
        ("We propose Kin. Throughput reaches 2.4 million tokens per second and 1.1 billion QPS.",
         [dict(text="2.4 million tokens per second", value=2.4, unit="Mtokens/s", metric="throughput"),
          dict(text="1.1 billion QPS", value=1.1, unit="GQPS", metric="throughput")]),
        ("We propose Kin. It streams 4K video with 1.2M parameters.", []),
        ("We propose Kin. The corpus holds 2.4 million tokens of text.", []),
    ],
    # normalize.micro: the LaTeX micro prefix is the sign the unit rules read.
    "latex micro": [
        ("We propose Kin. Retrieval costs 177.76 {\\mu}J per query.",
         [dict(text="177.76 {\\mu}J", value=177.76, unit="uJ", metric="energy", kind="absolute")]),
        ("We propose Kin. A lookup takes 3.5 $\\mu$s on average.",
         [dict(text="3.5 $\\mu$s", value=3.5, unit="us", metric="latency", qualifier="average")]),
    ],
    # normalize.glued_*: a score glued to its metric's acronym.
    "glued acronym": [
        ("We propose Kin. It achieves 54.3AP on COCO and 29.8BLEU on WMT14.",
         [dict(text="54.3", value=54.3, metric="map", unit=None), dict(text="29.8", value=29.8, metric="bleu")]),
        ("We propose Kin. The segmenter reaches 48.1mIoU on ADE20K, and the tagger 93.6F1.",
         [dict(text="48.1", value=48.1, metric="other"), dict(text="93.6", value=93.6, metric="f1")]),
    ],
    # number.n_of_m stays out of names and decimals.
    "n of m": [
        ("We propose Kin. The ranker achieves an NDCG@10 of 0.472 and an MRR of 0.391.",
         [dict(text="0.472", value=0.472, metric="other"), dict(text="0.391", value=0.391, metric="other")]),
        ("We propose Kin. Kin wins 10 of the 16 benchmarks.",
         [dict(text="10 of the 16", value=10.0, metric="other", kind="absolute")]),
    ],
    # number.exponent: a decimal exponent glued to the number is part of it.
    "exponent": [
        ("We propose Kin. The absolute error stays below 2.1e-5 on all prompts.",
         [dict(text="2.1e-5", value=2.1e-5, qualifier="less_than", unit=None, metric="error")]),
        ("We propose Kin. It achieves a mean squared error of 7.6E-06 on the transport problems.",
         [dict(text="7.6E-06", value=7.6e-6, metric="error", kind="absolute")]),
        ("We propose Kin. Training uses a learning rate of 3e-4 and the Adam optimizer.", []),
    ],
    # number.times_ten: scientific notation is one number.
    "times ten": [
        ("We propose Kin. The solver is 1.2×10^3 times faster than the baseline.",
         [dict(text="1.2×10^3 times", value=1200.0, unit="x", metric="speedup", kind="ratio")]),
        ("We propose Kin. The error drops to 3.4 × 10^-5.",
         [dict(text="3.4 × 10^-5", value=3.4e-05, unit=None, metric="error", kind="absolute")]),
        ("We propose Kin. We use 5x10^4 samples and 224 x 224 images.", []),
    ],
    # number.spread_unit: the unit written after a spread is the number's own; the spread is no claim.
    "spread unit": [
        ("We propose Kin. The baseline model loses 4.9 +/- 2.0% in the heat tail.",
         [dict(text="4.9 +/- 2.0%", value=4.9, unit="%", kind="change", direction="decrease")]),
        ("We propose Kin. Kin reaches an accuracy of 71.2 $\\pm$ 0.3\\% on the test set.",
         [dict(text="71.2 $\\pm$ 0.3\\%", value=71.2, unit="%", metric="accuracy")]),
        ("We propose Kin. Kin reaches an accuracy of 71.2 ± 0.3 on the test set.",
         [dict(text="71.2", value=71.2, unit=None, metric="accuracy")]),
    ],
    # number.signed_range: two numbers of the same sign are one range.
    "signed range": [
        ("We propose Kin. Mid-training yields consistent gains of +15 to +40 points on math.",
         [dict(text="+15 to +40", value=40.0, value_low=15.0, unit=None, kind="change", direction="increase")]),
        ("We propose Kin. The scores shift by -3 to -7 dB under noise.",
         [dict(text="-3 to -7 dB", value=7.0, value_low=3.0, unit="dB")]),
    ],
    # "ranging from A to B": a range, not a from-to pair.
    "ranging from": [
        ("We propose Kin. Kin improves performance ranging from 1.37x to 10.98x over two EPYC processors.",
         [dict(text="1.37x to 10.98x", value=10.98, value_low=1.37, metric="speedup", baseline_value=None)]),
        ("We propose Kin. Accuracy varies from 76.5% to 80.9% across the five tasks.",
         [dict(text="76.5% to 80.9%", value=80.9, value_low=76.5, metric="accuracy", baseline_value=None)]),
        ("We propose Kin. Kin raises accuracy from 76.5% to 80.9%.",
         [dict(text="from 76.5% to 80.9%", value=80.9, value_low=None, baseline_value=76.5)]),
    ],
    # score.from_to: a from-to change of bare scores after a verb of change is one claim.
    "from-to of bare scores": [
        ("We propose Kin. With Kin, SPL improves from 41.5 to 46.0.",
         [dict(text="from 41.5 to 46.0", value=46.0, baseline_value=41.5, unit=None, kind="absolute")]),
        ("We propose Kin. The validation loss drops from 2.91 to 2.64 on the held-out set.",
         [dict(text="from 2.91 to 2.64", value=2.64, baseline_value=2.91, unit=None, kind="absolute")]),
        ("We propose Kin. We raised the batch from 4 to 8 GPUs over the years from 2019 to 2023.", []),
        # The verb up to eight words before "from"; the bracketed figures of a change just stated (pool round 20).
        ("We propose Kin. Kin improves the strong two-stage retrieval baseline on long-form TREC from 41.2 to 44.9.",
         [dict(text="from 41.2 to 44.9", value=44.9, baseline_value=41.2, unit=None, kind="absolute")]),
        ("We propose Kin. On LibriSpeech, Kin lowers the perplexity by 12.5% (from 8.31 to 7.27) at equal size.",
         [dict(text="12.5%", value=12.5, unit="%", kind="change", direction="decrease"),
          dict(text="from 8.31 to 7.27", value=7.27, baseline_value=8.31, unit=None, kind="absolute")]),
        ("We find that the wage gap kept widening from 0.21 to 0.26 over two decades.",
         [dict(text="from 0.21 to 0.26", value=0.26, baseline_value=0.21, unit=None, kind="absolute")]),
        ("We propose Kin. Kin improves accuracy by 3.1% (from 4 to 8 GPUs) at scale.",
         [dict(text="3.1%", value=3.1, unit="%", kind="change", direction="increase")]),
    ],
    # score.points over a list: "by 3.4 and 1.9 points" makes both numbers points of a score.
    "points of a list": [
        ("We propose Kin. Kin improves over DPO by 3.4 and 1.9 points on the two models.",
         [dict(text="3.4", value=3.4, kind="change", direction="increase", unit=None, baseline="DPO"),
          dict(text="1.9", value=1.9, kind="change", direction="increase", unit=None, baseline="DPO")]),
        ("We propose Kin. We sample 3 and 5 points per ray.", []),
    ],
    # score.paired: a bare score compared with a named baseline whose figure follows in brackets.
    "score with a bracketed baseline figure": [
        ("We propose Kin. Kin scores 58.1, ahead of ReAct (49.3).",
         [dict(text="58.1", value=58.1, baseline_value=49.3, kind="absolute", unit=None)]),
        ("We propose Kin. Kin reaches an FID of 2.75, below VQGAN (3.43).",
         [dict(text="2.75", value=2.75, baseline_value=3.43, kind="absolute")]),
        ("We propose Kin. Kin runs on version 2.1 of the toolkit (1.5).", []),
    ],
    # pair.unit_converted: a from-to pair in two units of one quantity is one claim, the old figure
    # written in the new figure's unit.
    "from-to across units": [
        ("We propose Kin. Kin reduces the wall-clock time from 6 hours to 4 minutes on a V100.",
         [dict(text="from 6 hours to 4 minutes", value=4.0, unit="min", metric="time", kind="absolute",
               baseline_value=360.0)]),
        ("We propose Kin. The footprint falls from 16 GB to 900 MB.",
         [dict(text="from 16 GB to 900 MB", value=900.0, unit="MB", metric="memory", baseline_value=16000.0)]),
        ("We propose Kin. The error falls from 5% to 2 ms.",
         [dict(text="5%", value=5.0, unit="%", baseline_value=None), dict(text="2 ms", value=2.0, unit="ms", baseline_value=None)]),
    ],
    # score.outcome_count: a large count (or "all") after a verb of outcomes, before what it counts.
    "outcome count": [
        ("We propose APC. APC blocked all 544 InjecAgent data-stealing cases.",
         [dict(text="544", value=544.0, metric="other", kind="absolute")]),
        ("We propose Kin. We identify 169,859 dark enzyme-like candidates across all phyla.",
         [dict(text="169,859", value=169859.0, metric="other")]),
        ("We propose Kin. The fuzzer found 37 previously unknown crashes in libpng.",
         [dict(text="37", value=37.0, metric="other")]),
        ("We propose Kin. We identify 3 key challenges and discuss 12 design rules.", []),
    ],
    # score.benchmark: a decimal scored on a named benchmark, or named a score (issue 17: bare scores).
    "benchmark score": [
        ("We propose Kin. Kin scores 71.2 on MMLU and 45.6 on GPQA.",
         [dict(text="71.2", value=71.2, metric="other", kind="absolute"),
          dict(text="45.6", value=45.6, metric="other", kind="absolute")]),
        ("We propose Kin. The 7B model reaches 82.4 on HumanEval.",
         [dict(text="82.4", value=82.4, metric="other")]),
        ("We propose Kin. Kin achieves a score of 8.1 on MT-Bench.",
         [dict(text="8.1", value=8.1, metric="other")]),
        # the colon glued to "score" (probe tuned8: "composite score: 2.514")
        ("We propose Kin. Kin wins on readability (composite score: 3.42) over the template system.",
         [dict(text="3.42", value=3.42, metric="other")]),
        ("We propose Kin. Graders gave Kin a higher rubric score= 7.5 than the reference answers.",
         [dict(text="7.5", value=7.5)]),
        ("We propose Kin. The loss reaches 2.5 on average after three epochs.", []),
        ("We propose Kin. Training reaches 1.5 on the validation set.", []),
    ],
    # score.word: a decimal that the plain word "score" names, in brackets after the noun, after the verb, or
    # before the noun at the end of a decimal list (union round 23: "fear scores (0.974)", "reaching 0.925 and
    # 0.911 scores"; pool: "Tempo scores 52.3 under a strict 8K visual budget", "the top overall score (64.92)").
    "score word": [
        ("We propose Kin. Raters gave the summaries of Kin high fluency scores (4.41) on the news split.",
         [dict(text="4.41", value=4.41, metric="other", kind="absolute", unit=None)]),
        ("We propose Kin. Under a 2K token budget, Kin scores 61.8 while the dense baseline stays well below it.",
         [dict(text="61.8", value=61.8, kind="absolute")]),
        ("We propose Kin. The planner scored only 0.42 when the map was hidden.",
         [dict(text="0.42", value=0.42, kind="absolute")]),
        ("We propose Kin. Kin reaches 0.83, 0.79 and 0.77 scores on the three juries.",
         [dict(text="0.83", value=0.83), dict(text="0.79", value=0.79), dict(text="0.77", value=0.77)]),
        # whole numbers and a score word far from the number stay out
        ("We propose Kin. Each of the 12 raters scored 40 essays.", []),
        ("We propose Kin. The score is computed over windows of 2.5 seconds of audio.", []),
        # the noun "scores" before a figure that describes the inputs (probe hw15) is no verb of a system
        ("We propose Kin. We simulate 40 agents (leaderboard scores 6.4-8.1) in the town.", []),
    ],
    # score.change_to: a bare decimal after a verb of change, its object and "to" is the new figure (pool round 24:
    # "a multi-turn SG filtering strategy further lifts it to 66.0", "improves the average score across four
    # benchmarks to 45.8", "lowering the average immune penalty to 27.3").
    "change to": [
        ("We propose Kin. Adding the verifier raises the solve score on the hard split to 61.45.",
         [dict(text="61.45", value=61.45, kind="absolute")]),
        ("We propose Kin. Self-refinement pushes it to about 7.3, ahead of every open model.",
         [dict(text="7.3", value=7.3, kind="absolute", qualifier="about")]),
        ("We propose Kin. Pruning the graph cut the mean path cost to 12.75 in the final round.",
         [dict(text="12.75", value=12.75, kind="absolute")]),
        # a setting the authors choose, a comparison, and a whole number stay out
        ("We propose Kin. We lower the noise scale to 0.25 before decoding.", []),
        ("We propose Kin. Low-field scans have reduced image quality compared to 3.0 T scans.", []),
        ("We propose Kin. Fine-tuning raises the number of layers to 48.", []),
    ],
    # score.compared_pair: a bare figure compared with another by vs./versus or an arrow is a measured pair, one
    # claim with the old figure as baseline_value (union round 24: "(0.79 vs 0.17 at FPIR 0.1)", "($0.588
    # \rightarrow 0.748$)", "KCs (569 vs. 101)"; pool: "reaction alignment (93.2 vs. 93.5)", "false-visible 1.000->0.000").
    "compared pair": [
        ("We propose Kin. Kin lifts the rejection ratio on Reuters (0.64 vs 0.21 at a 5% budget) and on SST-2 (0.58 vs. 0.40).",
         [dict(text="0.64 vs 0.21", value=0.64, baseline_value=0.21, kind="absolute"),
          dict(text="0.58 vs. 0.40", value=0.58, baseline_value=0.40, kind="absolute")]),
        ("We propose Kin. Against the strongest baseline, Kin raises the judge's rating (3.12 $\\rightarrow$ 4.05).",
         [dict(text="3.12 $\\rightarrow$ 4.05", value=4.05, baseline_value=3.12, kind="absolute")]),
        ("We propose Kin. The tutor cut the number of hints needed (14 vs. 31).",
         [dict(text="14 vs. 31", value=14.0, baseline_value=31.0, kind="absolute")]),
        # a LaTeX tie after "vs" is a space; a third figure of a chain is another baseline's
        ("We propose Kin. Kin stays close to the oracle on the held-out split (0.81 vs~0.83).",
         [dict(text="0.81 vs~0.83", value=0.81, baseline_value=0.83)]),
        ("We propose Kin. The judges rate the three backends alike (mean 7.92 vs. 7.85 vs. 7.90).",
         [dict(text="7.92 vs. 7.85", value=7.92, baseline_value=7.85)]),
        # two whole numbers compared outside a bracket of their own are settings
        ("We propose Kin. Gains hold for small windows (window 3 vs. 24) and for 3D volumes.", []),
        ("We propose Kin. We compare the two codebooks (512 entries vs. 2048 entries) in the appendix.", []),
    ],
    # score.list_marker: an item's number in brackets opens an item of a list; it states nothing
    # (dev d151: "findings: (1) ..., (2) performance degrades").
    "list marker": [
        ("We propose Kin. We find that (1) recall drops on long inputs, (2) utilization varies across models, "
         "and (3) accuracy saturates early.", []),
        ("We propose Kin. Three lessons follow: (1) caching matters; (2) latency is dominated by I/O.", []),
        # the same without the opening bracket
        ("We propose Kin. Our study shows that 1) recall varies across models, and 2) accuracy saturates early.", []),
        ("We propose Kin. Kin brings two gains: 1) it lifts accuracy by 3%; 2) it runs at 30 FPS.",
         [dict(text="3%", value=3.0), dict(text="30 FPS", value=30.0)]),
        ("We propose Kin. The audit of Kin shows that (1) it blocks 97% of the leaks, and (2) recall stays high.",
         [dict(text="97%", value=97.0)]),
        # round 18 pool: a small whole number alone in brackets after any word numbers an item or is part of
        # a name ("a model that (1) can serve", "as well as (3) $\delta$-guided switching", "SO(3)"); a score
        # or an exponent in brackets stays ("(0.872)", "below O(10^-2)").
        ("We propose Kin, a reward model that (1) can serve as a verifier with high accuracy, as well as (3) "
         "$\\delta$-guided switching for error reduction on SO(3)-equivariant data.", []),
        ("We propose Kin. Kin keeps the F1 above its teacher (0.872) and the error below O(10^-2).",
         [dict(text="0.872", value=0.872, metric="f1"), dict(text="10^-2", value=0.01, metric="error")]),
    ],
    # score.named_after: a score name that has its own number after it ("with a QWK of 0.674") does
    # not name the number before it (pool16: "placed 4th out of 9 with a QWK of 0.674").
    "score name with its own number": [
        ("We propose Kin. In Track 4 with an AUC of 0.93, Kin placed first out of 9 teams.",
         [dict(text="0.93", value=0.93, metric="auc")]),
        ("We propose Kin. Model 3 with an accuracy of 91% is best, and Kin reaches 47.1 box AP.",
         [dict(text="91%", value=91.0, metric="accuracy"), dict(text="47.1", value=47.1, metric="map")]),
        ("We propose Kin. Kin ranks first out of 12 with a QWK = 0.81 and a macro-F1 of 0.77.",
         [dict(text="0.81", value=0.81, metric="other"), dict(text="0.77", value=0.77, metric="f1")]),
        # the name without a number of its own still names the one before it
        ("We propose Kin. Kin reaches 95.8/94.1 UAS/LAS and 0.93 AUC, 2.1 points above Tan.",
         [dict(text="95.8", value=95.8, metric="accuracy"), dict(text="94.1", value=94.1, metric="accuracy"),
          dict(text="0.93", value=0.93, metric="auc"), dict(text="2.1", value=2.1, metric="auc")]),
    ],
    # score.named_after over a list (round 17 template grid): the first bare numbers of a list, one of
    # them a decimal, are named by the score after its last ("47.3 and 39.8 BLEU"); a list of integers
    # or a list followed by no score stays out.
    "bare list named after its last number": [
        ("We propose Kin. Kin reaches 47.3 and 39.8 BLEU on En-De and En-Fr, respectively.",
         [dict(text="47.3", value=47.3, metric="bleu", kind="absolute"),
          dict(text="39.8", value=39.8, metric="bleu", kind="absolute")]),
        ("The segmenter scores 71.25, 68.4 and 80.03 Dice on the three organs.",
         [dict(text="71.25", value=71.25, metric="other"), dict(text="68.4", value=68.4, metric="other"),
          dict(text="80.03", value=80.03, metric="other")]),
        ("Asymmetric BPE yields gains of 5.32, 4.46, and 0.7 chrF++ on English-Hindi.",
         [dict(text="5.32", value=5.32, kind="change", direction="increase"),
          dict(text="4.46", value=4.46, kind="change", direction="increase"),
          dict(text="0.7", value=0.7, kind="change", direction="increase")]),
        ("We propose Kin. Kin outperforms Tan by 2.3 and 4.01 in mAP on COCO and LVIS, respectively.",
         [dict(text="2.3", value=2.3, metric="map", kind="change", direction="increase"),
          dict(text="4.01", value=4.01, metric="map", kind="change", direction="increase")]),
        ("We train for 3 and 5 epochs and reach 47.3 BLEU.",
         [dict(text="47.3", value=47.3, metric="bleu")]),
        ("The encoder has 12 and 24 layers with 0.5 dropout.", []),
    ],
    # score.named_after over "in terms of" (round 17 grid): a bare decimal is named by the score after
    # the phrase, as a percent is; an integer there is more often a rank or a count.
    "bare decimal in terms of a score": [
        ("We propose Kin. Kin achieves 41.07 in terms of BLEU on WMT14 En-De.",
         [dict(text="41.07", value=41.07, metric="bleu", kind="absolute")]),
        ("The retriever surpasses BM25 by 3.4 in terms of NDCG@10 on BEIR.",
         [dict(text="3.4", value=3.4, metric="other", kind="change", direction="increase")]),
        ("The vocoder reaches 4.21 in terms of the mean opinion score.",
         [dict(text="4.21", value=4.21, metric="other", kind="absolute")]),
        ("We propose Kin. Kin ranks 3 in terms of accuracy on the leaderboard.", []),
    ],
    # score.introduced_version: a short decimal after the capitalised name a sentence introduces
    # is its version (probe tuned8: "we introduce Seedance 1.0, a high-performance ...").
    "introduced version": [
        ("In this report, we introduce Kinetix 1.0, a video model that improves F1 by 3%.",
         [dict(text="3%", value=3.0, metric="f1")]),
        ("We present OpenKin 2.5, a retrieval agent that reaches 81.2% accuracy.",
         [dict(text="81.2%", value=81.2, metric="accuracy")]),
        ("We release the solver as PlanKit 3.1 under an open licence.", []),
        ("We propose a detector named Kin with an AUC 0.93 on the test split.",
         [dict(text="0.93", value=0.93, metric="auc")]),
        # the name must be capitalised as written: a lower-case word after "proposed", "present"
        # or "introduced" names no version (IGNORECASE once let \p{Lu} match any letter)
        ("Our proposed model achieves 47.3 BLEU on WMT14 English-German.",
         [dict(text="47.3", value=47.3, metric="bleu", kind="absolute")]),
        ("We present a detector reaching 58.2 mAP on COCO, and the introduced tagger obtains 93.6 F1.",
         [dict(text="58.2", value=58.2, metric="map"), dict(text="93.6", value=93.6, metric="f1")]),
        ("The proposal network reaches 58.2 AR@100 on LVIS.",
         [dict(text="58.2", value=58.2, metric="other", metric_text="AR@100")]),
    ],
    # score.acronym_label: a decimal labelled by an acronym no cue list knows, opening a bracket or a
    # list item or after a verb of result (probe typ15: "SoTA results (PDMS 90.3, EPDMS 85.4)").
    "acronym label": [
        ("We propose Kin. On nuPlan, Kin achieves strong results (CLS 88.1, OLS 83.0) in closed loop.",
         [dict(text="88.1", value=88.1, metric="other", unit=None), dict(text="83.0", value=83.0, metric="other")]),
        ("We propose Kin. The quality head reaches a held-out SRCC of 0.913 on the rating set.",
         [dict(text="0.913", value=0.913, metric="other")]),
        ("We propose Kin. Kin is released under CC BY 4.0 and was trained with CUDA 12.1 kernels.", []),
        ("We propose Kin. Ratings of Kin averaged 4.1 (SD = 0.72) across raters.", []),
        # round 28 (union of tuned23..26: "a low FID-SD of 12.21", "with RVDs of 1.68 and 7.08", "AVD of $5.29 \\pm
        # 22.74$"): "of" links a value even where it looks like a version, a plural acronym labels alike, and so does
        # one before LaTeX math; the acronym is the number's quantity, not a noun elsewhere in the sentence
        ("We propose Kin. Kin reaches a mean SRD of 3.41 and a low BRI-SD of 12.21 on the held-out scans.",
         [dict(text="3.41", value=3.41, metric="other", metric_text="SRD", kind="absolute", unit=None),
          dict(text="12.21", value=12.21, metric="other", metric_text="BRI-SD", kind="absolute", unit=None)]),
        ("We propose Kin. Kin segments both vessel trees with RVEs of 1.68 and 7.08 on the two sets.",
         [dict(text="1.68", value=1.68, metric="other", metric_text="RVE", kind="absolute", direction=None),
          dict(text="7.08", value=7.08, metric="other", kind="absolute")]),
        ("We propose Kin. Kin obtains a general DSC of $0.81 \\pm 0.05$, MSD of $2.35 \\pm 0.40$ over all centres.",
         [dict(text="0.81", value=0.81, metric="other", kind="absolute"),
          dict(text="2.35", value=2.35, metric="other", metric_text="MSD", kind="absolute")]),
        ("We propose Kin, which keeps a small memory bank and reaches an ASSD of 1.68 on the liver scans.",
         [dict(text="1.68", value=1.68, metric="other", metric_text="ASSD", kind="absolute")]),
        ("We propose Kin. Kin is trained with CUDA 12.1 on GPUs 2.0 times older than ours.",
         [dict(text="2.0 times", value=2.0, unit="x")]),
    ],
    # score.measure_of: a bare decimal after the name of a measured quantity and "of" (round 28, union of tuned23..26:
    # "with an average iteration count of 4.38", "achieves mean task quality of 0.815", "a 3DIoU value of 85.49");
    # the name is its quantity, not a noun elsewhere in the sentence; a setting's name is no measure.
    "measure of": [
        ("We propose Kin. Across the twelve tasks Kin reaches an average rank of 1.85 among all planners.",
         [dict(text="1.85", value=1.85, metric="other", metric_text="average rank", kind="absolute", unit=None)]),
        ("We propose Kin. The router attains a mean load-balance index of 0.91 on the cluster traces.",
         [dict(text="0.91", value=0.91, metric="other", metric_text="mean load-balance index", kind="absolute")]),
        ("We propose Kin. Kin yields a median Kendall value of 0.62 and 0.58 over the two suites.",
         [dict(text="0.62", value=0.62, metric="other", kind="absolute"), dict(text="0.58", value=0.58, metric="other")]),
        ("We propose Kin, a memory-light planner that reaches a mean plan quality of 0.87 on the test maps.",
         [dict(text="0.87", value=0.87, metric="other", metric_text="mean plan quality", kind="absolute")]),
        ("We propose Kin. We train Kin with a learning rate of 0.001 and a threshold value of 0.5.", []),
        ("We propose Kin. The printed lenses use a refractive index of 1.52 and a damping coefficient of 0.3.", []),
    ],
    # score.named_before: a score named inside a bracket that closes before the number names no
    # number after it (probe typ15: "(0.8739 F1), followed by DistilBERT-base (512 context length)").
    "score inside a closed bracket": [
        ("We propose Kin. Kin scores best (0.91 AUC), ahead of Lin (256 hidden units) at 0.88 AUC.",
         [dict(text="0.91", value=0.91, metric="auc"), dict(text="0.88", value=0.88, metric="auc")]),
        ("We propose Kin. Kin tops the board (41.2 BLEU), then Tan-large (1024 beams) follows.",
         [dict(text="41.2", value=41.2, metric="bleu")]),
        ("We propose Kin. Kin reaches an AUC (macro) of 0.93 on the test split.",
         [dict(text="0.93", value=0.93, metric="auc")]),
        # ...but a bracket holding only the score's abbreviation names the number right after it.
        ("We propose Kin. Kin achieves an average character-level F-score (chrF) of 97.55 on the tablets.",
         [dict(text="97.55", value=97.55, metric="other", kind="absolute")]),
        ("We propose Kin. Kin reaches a character F-score (chrF++) of 55.1 on the test set.",
         [dict(text="55.1", value=55.1, metric="other", kind="absolute")]),
        ("We propose Kin. Kin reaches a bilingual evaluation understudy (BLEU) of 31.2 on the test set.",
         [dict(text="31.2", value=31.2, metric="bleu", kind="absolute")]),
    ],
    # score.named_range_low: the low end of a range whose high end is glued to a letter (probe
    # tuned8: "82% accuracy across 0.3-2m tag to reader separations").
    "low end of a named range": [
        ("We propose Kin. Kin reaches 82% accuracy across 0.3-2m reader distances.",
         [dict(text="82%", value=82.0, metric="accuracy")]),
        ("We propose Kin. On 0.5-7B models and 0.5-4K token prompts, Kin keeps an AUC of 0.91.",
         [dict(text="0.91", value=0.91, metric="auc")]),
        ("We propose Kin. Kin holds the F1 within 0.85-0.9 on 2-5x larger graphs.",
         [dict(text="0.85-0.9", value=0.9, value_low=0.85, metric="f1"), dict(text="2-5x", value=5.0, value_low=2.0)]),
    ],
    # score.points: points of a score after a word of change or bound.
    "points": [
        ("We propose Kin. It improves case citation prediction by up to 4.7 points.",
         [dict(text="4.7", value=4.7, unit=None, kind="change", direction="increase", qualifier="up_to")]),
        ("We propose Kin. Changing the RL mix produces less than 2 point differences.",
         [dict(text="2", value=2.0, unit=None, qualifier="less_than")]),
        ("We propose Kin. We sample 2048 points from each cloud and process 100 point clouds.", []),
        # round 16: a noun of change or a comparative after "points" makes it a change by itself,
        # and a bound "within" before it.
        ("We propose Kin. Adding the verifier yields an additional 2.3 point improvement in pass rate.",
         [dict(text="2.3", value=2.3, unit=None, kind="change", direction="increase")]),
        ("We propose Kin. Kin brings 4-9 point gains on the reading tasks.",
         [dict(text="4-9", value=9.0, value_low=4.0, kind="change", direction="increase")]),
        ("We propose Kin. The distilled tagger stays within 0.4 points of its teacher.",
         [dict(text="0.4", value=0.4, unit=None)]),
        ("We propose Kin. Raters scored each answer on a 7 point scale over 3 point intervals.", []),
        # round 17: the points glued to the number by a hyphen ("a 4.1-point improvement") read the same;
        # "a 5-point scale", "a 100-point layout" stay names of a setting; "-percentage-point" is pp
        ("We propose Kin. Kin yields a 4.2-point improvement in F1 and a 1.6-point increase in mAP.",
         [dict(text="4.2", value=4.2, unit=None, metric="f1", kind="change", direction="increase"),
          dict(text="1.6", value=1.6, unit=None, metric="map", kind="change", direction="increase")]),
        ("We propose Kin. Experts saw an average 12-point accuracy drop on the hard split.",
         [dict(text="12", value=12.0, metric="accuracy", kind="change", direction="decrease")]),
        ("We propose Kin. Kin brings an absolute 14.0-percentage-point gain in pass rate.",
         [dict(text="14.0-percentage-point", value=14.0, unit="pp", kind="change", direction="increase")]),
        ("We propose Kin. Raters used a 5-point Likert scale, and the face model a dense 100-point layout.", []),
    ],
    # score.change_noun (round 31 pool: "with only a 0.01 drop on GenEval", "(VBench: 0.87 increase and 0.79 decrease)",
    # "up to 1.49 improvement in subject consistency"): a bare decimal before a noun of change is a change of a
    # score; a version after a capitalised name, a whole number and a noun of a setting stay out.
    "change noun": [
        ("We propose Kin. Kin keeps quality, with a 0.42 drop in mean opinion score on the hard split.",
         [dict(text="0.42", value=0.42, unit=None, kind="change", direction="decrease")]),
        ("We propose Kin. On the two suites Kin brings 1.7 and 3.25 absolute gains in NDCG.",
         [dict(text="1.7", value=1.7, unit=None, kind="change", direction="increase"),
          dict(text="3.25", value=3.25, unit=None, kind="change", direction="increase")]),
        ("We propose Kin. Relative to the teacher, the student shows a marginal 0.6 decrease in ROUGE-L.",
         [dict(text="0.6", value=0.6, unit=None, kind="change", direction="decrease")]),
        ("We propose Kin. Kin adopts the Seedream 3.0 improvements and uses a 0.9 decay factor and a 0.5 increase rate.", []),
        ("We propose Kin. Kin lists 3 improvements over the prior tagger.", []),
    ],
    # score.speed_noun (round 31 pool: "achieves up to 4.14 speedup", "is 100 faster than", "a 7.42 speedup ratio";
    # union tuned26 "at a 1.0304 throughput ratio"): a bare number before a word of speed is a factor whose "x" the
    # text lost; a count of techniques or models, a version and a lone "throughput" stay out.
    "speed noun": [
        ("We propose Kin. On the serving traces Kin delivers a 3.6 end-to-end speedup over vLLM.",
         [dict(text="3.6", value=3.6, unit=None, metric="speedup", kind="ratio", direction="increase")]),
        ("We propose Kin. The compiled kernels run 12 faster than the eager baseline on A100.",
         [dict(text="12", value=12.0, metric="speedup", kind="ratio", direction="increase")]),
        ("We propose Kin. Kin reaches a 1.9 to 3.1 speedup ratio across the four workloads.",
         [dict(text="1.9 to 3.1", value=3.1, value_low=1.9, metric="speedup", kind="ratio")]),
        ("We propose Kin. At a 0.97 throughput ratio, the tuned plan matches the expert one.",
         [dict(text="0.97", value=0.97, metric="throughput")]),
        ("We propose Kin. Kin combines 3 speedup techniques, trains 2 faster variants and keeps 1.2 throughput.", []),
        ("We propose Kin. Kin is built on OpenSora 1.2 faster sampling.", []),
    ],
    # score.change_by (round 18 pool): a bare decimal after "by" with a verb of change or comparison and its
    # object before it is a change of that quantity; a decimal after "by" with no such verb stays a name.
    "change by": [
        ("We propose Kin. Kin improves the mean opinion score of the strongest baseline by up to 0.42.",
         [dict(text="0.42", value=0.42, unit=None, kind="change", direction="increase", qualifier="up_to")]),
        ("We propose Kin. Kin raises NDCG by 1.8 and 2.6 on the two collections, respectively.",
         [dict(text="1.8", value=1.8, unit=None, kind="change", direction="increase"),
          dict(text="2.6", value=2.6, unit=None, kind="change", direction="increase")]),
        ("We propose Kin. Kin outperforms the rule-based tagger on clinical notes by 3.75.",
         [dict(text="3.75", value=3.75, unit=None, kind="change", direction="increase")]),
        ("We propose Kin. The corpus is released under a CC BY 4.0 license and was labelled by 12.5 annotators on average.", []),
    ],
    # number.plus_bound: a plus sign between the number and its unit is a bound, more_than (round 16 pool).
    "plus bound": [
        ("We propose Kin. The splatting renderer sustains 450+ FPS on a laptop GPU.",
         [dict(text="450+ FPS", value=450.0, unit="FPS", qualifier="more_than", metric="throughput",
               metric_text="FPS")]),
        ("We propose Kin. Kin finishes the whole run in just 448+ s.",
         [dict(text="448+ s", value=448.0, unit="s", qualifier="more_than", metric="time", metric_text="s")]),
        ("We propose Kin. Kin lifts recall by 6+% on every split.",
         [dict(text="6+%", value=6.0, unit="%", qualifier="more_than", kind="change")]),
        ("We propose Kin. The gain is 4.9 +/- 2.0% and the 3+4 layout is kept.",
         [dict(text="4.9 +/- 2.0%", value=4.9, qualifier=None)]),
    ],
    # filter.name_glued_left: a year glued by an apostrophe to a benchmark or venue (probe context5).
    "apostrophe year": [
        ("We propose Kin. Kin reaches 91.9% on AIME'25 and 89.6% on HMMT'25.",
         [dict(text="91.9%", value=91.9), dict(text="89.6%", value=89.6)]),
        ("We propose Kin. Kin won the ICLR’24 reproducibility challenge with a 12% gain in F1.",
         [dict(text="12%", value=12.0, metric="f1")]),
        ("We propose Kin. The model's 5x speedup holds on long inputs.",
         [dict(text="5x", value=5.0, metric="speedup")]),
    ],
    # kind.measured_zero: a zero written as a word is absolute, even before a noun of change.
    "measured zero": [
        ("We propose Kin. The migration completes with zero packet loss across six mobility events.",
         [dict(text="zero", value=0.0, kind="absolute", direction=None)]),
        ("We propose Kin. The scheduler finishes with zero SLO violations across the trace.",
         [dict(text="zero", value=0.0, kind="absolute", direction=None)]),
    ],
    # _RANGE_LINK / pairs._TO_GAP: a mark of approximation before the second figure of a range or pair
    "approximate second figure": [
        ("We propose Kin. Kin is ~2 to ~5x faster than the CPU baseline.",
         [dict(text="2 to ~5x", value=5.0, value_low=2.0, unit="x", metric="speedup", qualifier="about")]),
        ("We propose Kin. With Kin the latency falls from ~120 ms to ~35 ms on the edge board.",
         [dict(text="from ~120 ms to ~35 ms", value=35.0, baseline_value=120.0, metric="latency", qualifier="about")]),
        # a tilde after a dash is no link word: "5 - ~6%" stays one figure
        ("We propose Kin. Kin gives 5 - ~6% gains on the long tasks.",
         [dict(text="6%", value=6.0, value_low=None)]),
    ],
    # unit.ops_prefixed, unit.million_ops, unit.billion_ops with filter.model_size_setting: a count of
    # operations in millions or billions is a cost, a count of parameters may be a setting
    "operation counts": [
        ("We propose Kin. Kin needs 86 million FLOPs, and 1.3B parameters models fail.",
         [dict(text="86 million", value=86.0, unit="M", metric="compute")]),
        ("We propose Kin. The model has 3.4M params and 500M MACs.",
         [dict(text="500M", value=500.0, unit="M", metric="compute")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_exact_claims(text, expected):
    assert_exact_claims(text, expected)


def test_a_slash_pair_is_traced():
    numbers = [n for n in find_numbers("It reaches 95.8/94.1 UAS/LAS, 24/7.") if not n.dropped]
    assert [(n.value, n.rule_ids) for n in numbers] == [(95.8, ["number.digits", "number.slash_pair"]),
                                                        (94.1, ["number.digits", "number.slash_pair"])]
