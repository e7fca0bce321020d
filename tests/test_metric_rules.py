"""The metric rules written in code (claims/extraction/metric.py, cues.py), each on synthetic
sentences of its phenomenon, with the exact claims expected (text, value and the fields that
matter); near misses where a rule must stay out."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    # cues.right_owned: an aside in brackets between a number and its cue is skipped whole.
    "bracketed aside": [
        ("We propose Helios. Helios achieves 3.25 times (geomean) speedup and 3.36 times (geomean) better "
         "energy efficiency than the GPU.",
         [dict(text="3.25 times", value=3.25, metric="speedup", qualifier="average"),
          dict(text="3.36 times", value=3.36, metric="energy_efficiency", qualifier="average")]),
        ("We propose PoseNet. The estimator reaches 93.9%/91.9% (pitch/roll) accuracy, while the renderer "
         "improves SSIM by 35.6%.",
         [dict(text="93.9%", value=93.9, metric="accuracy"), dict(text="91.9%", value=91.9, metric="accuracy"),
          dict(text="35.6%", value=35.6, metric="other", kind="change", direction="increase")]),
        ("The tagger scores 88.4 (averaged over five seeds) F1 on CoNLL-03.",
         [dict(text="88.4", value=88.4, metric="f1")]),
    ],
    # cues.right_owned: a spread right after a number is skipped like an aside (pool round 19: "$0.7516\pm0.0043$
    # AUPRC" took F1 from the sentence, "0.943 $\pm$ 0.102 in SSIM" PSNR from the item before).
    "spread before the cue": [
        ("We propose Kin. Over five seeds, Kin reaches 0.812 ± 0.004 AUPRC and 0.64 ± 0.02 macro F1 on the fault logs.",
         [dict(text="0.812", value=0.812, metric="auc"), dict(text="0.64", value=0.64, metric="f1")]),
        ("We propose Kin. Kin reaches $31.8 \\pm 2.7$ dB in PSNR and $0.943 \\pm 0.102$ in SSIM on the test scans.",
         [dict(text="$31.8 \\pm 2.7$ dB", value=31.8, metric="psnr"), dict(text="0.943", value=0.943, metric="other")]),
        ("We propose Kin. Kin reaches an accuracy of 91.2% ± 0.4% while its latency drops by 20%.",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="20%", value=20.0, metric="latency")]),
    ],
    # setting_cues.py: a cue glued to a figure that is no claim names its setting; the number after it does not
    # complete it (dev-a d027: "a 28% latency increase at 880M parameters, worsening to 48%" took model_size;
    # pool26: "reduces TPR at 5% FPR to below 50%" took error, "0.74 on GenEval (about 1.5B parameters)" model_size).
    # Near misses: a list of labelled figures, a bare number of a name, a unit of size that fits the cue.
    "cue of a setting": [
        ("We propose Kin. Pruning adds a 31% latency increase at 7B parameters, rising to 52% for 1B-parameter models.",
         [dict(text="31%", value=31.0, metric="latency", kind="change", direction="increase"),
          dict(text="52%", value=52.0, metric="latency")]),
        ("We propose Kin. Kin lowers the TPR at 1% FPR to below 20% on the forged set.",
         [dict(text="20%", value=20.0, metric="other", qualifier="less_than")]),
        ("We propose Kin. Kin reaches 2.41 FID on ImageNet (about 1.2B parameters) and 0.71 on GenEval (about 1.4B "
         "parameters).",
         [dict(text="2.41", value=2.41, metric="other"), dict(text="0.71", value=0.71, metric="other")]),
        ("We propose Kin. Kin detects 18x more attacks than the filter at 2% FPR (41.2% vs 2.3% recall).",
         [dict(text="18x", value=18.0, metric="other", kind="ratio", direction="increase"),
          dict(text="41.2% vs 2.3%", value=41.2, baseline_value=2.3, metric="other")]),
        ("We propose Kin. Kin keeps precision at 0.88, recall: 0.79 and F1-score: 0.83 on the test split.",
         [dict(text="0.88", value=0.88, metric="other"), dict(text="0.79", value=0.79, metric="other"),
          dict(text="0.83", value=0.83, metric="f1")]),
        ("We propose Kin. Our compact model (40K parameters, 0.16 MB) reaches 98.1% accuracy.",
         [dict(text="0.16 MB", value=0.16, unit="MB", metric="model_size"),
          dict(text="98.1%", value=98.1, metric="accuracy")]),
        ("We propose Kin. Kin cuts the Stage 2 training cost by 3x.",
         [dict(text="3x", value=3.0, metric="compute", kind="ratio", direction="decrease")]),
    ],
    # gap.forward: a noun and a noun of change after a number name its own quantity; the next item's cue is not
    # shared back (dev-a d320 "an 83.3% fetch reduction and 35.5% total energy"; pool26 "an 88.9% token reduction and
    # 97.8% of the average video-understanding accuracy"). Near miss: a bare list still shares its last cue.
    "own change noun before a list word": [
        ("We propose Kin. Kin gives a 41.2% miss reduction and 18.4% lower energy on the SoC.",
         [dict(text="41.2%", value=41.2, metric="other", kind="change", direction="decrease"),
          dict(text="18.4%", value=18.4, metric="energy", kind="change", direction="decrease")]),
        ("We propose Kin. Kin reaches 2.1x and 3.4x speedup on the two GPUs.",
         [dict(text="2.1x", value=2.1, metric="speedup"), dict(text="3.4x", value=3.4, metric="speedup")]),
    ],
    # metric.count_of: a count of outcomes over a set is `other` (spec 7 and 9), not the metric named before it
    # (union round 28: "competitive accuracy on four of five benchmarks"; pool26: "exact-match advantage in 16 of 24
    # configurations", "the highest AP on four of the five datasets"); the next number of the list still reads that
    # metric, a fraction of a quantity ("1/3 the GFLOPs") is no count.
    "count of outcomes": [
        ("We propose Kin. Kin matches or beats the teacher on perplexity in 4 out of 5 language models.",
         [dict(text="4 out of 5", value=4.0, metric="other", kind="absolute")]),
        ("We propose Kin. Kin keeps competitive top-1 accuracy on seven of nine benchmarks while cutting latency by 31%.",
         [dict(text="seven of nine", value=7.0, metric="other", kind="absolute"),
          dict(text="31%", value=31.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. Kin wins the rollout mean squared error in 60/64 configurations.",
         [dict(text="60/64", value=60.0, metric="other", kind="absolute")]),
        ("We propose Kin. Kin attains the lowest MAPE on three of four traffic benchmarks, and stays within 0.4 "
         "percentage points on the fourth.",
         [dict(text="three of four", value=3.0, metric="other"),
          dict(text="0.4 percentage points", value=0.4, metric="error", unit="pp")]),
        ("We propose Kin. Kin uses just 1/3 the GFLOPs of the dense model.",
         [dict(text="1/3", value=1.0, metric="compute")]),
    ],
    # metric.aside: a number in brackets right after another restates it.
    "aside": [
        ("We propose Harmonia. It achieves 3.84x (up to 5.05x) higher area efficiency than prior work.",
         [dict(text="3.84x", value=3.84, metric="other"), dict(text="5.05x", value=5.05, metric="other",
                                                                qualifier="up_to")]),
        ("We improve the average clock frequency from 147 MHz to 297 MHz (a 102% improvement).",
         [dict(text="from 147 MHz to 297 MHz", value=297.0, metric="other", baseline_value=147.0),
          dict(text="102%", value=102.0, metric="other", kind="change", direction="increase")]),
        ("The cache cuts energy by 2.1x (about 52%) on the decoder.",
         [dict(text="2.1x", value=2.1, metric="energy", kind="ratio", direction="decrease"),
          dict(text="52%", value=52.0, metric="energy", qualifier="about")]),
    ],
    # metric.carry: the metric named once earlier in the sentence carries to a later number.
    "carry": [
        ("We propose Kin. It achieves a clustering accuracy of 85.7% on AG News and sets a new benchmark "
         "of 53.63% on Yahoo Answers.",
         [dict(text="85.7%", value=85.7, metric="accuracy"), dict(text="53.63%", value=53.63, metric="accuracy")]),
        ("We propose Kin. It achieves on average 15x speedup for standard CNN kernels with up to four layers, "
         "and up to 200x for single-layer kernels.",
         [dict(text="15x", value=15.0, metric="speedup", qualifier="average"),
          dict(text="200x", value=200.0, metric="speedup", qualifier="up_to")]),
        ("We propose Kin. With equal CPU it is 19% faster than the Scotch baseline, while adding "
         "proportional CPU yields a further 3% improvement.",
         [dict(text="19%", value=19.0, metric="speedup", kind="change", direction="increase"),
          dict(text="3%", value=3.0, metric="speedup", kind="change", direction="increase")]),
    ],
    # No carry across a cue of another metric that no number owns.
    "no carry across another metric": [
        ("We propose Kin. It reaches 91.2% accuracy on the validation split, and its energy budget "
         "ends up 40% below the GPU's.",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="40%", value=40.0, metric="energy")]),
    ],
    # metric.own_quantity: a number that names its own quantity takes no metric from elsewhere.
    "own quantity": [
        ("Our framework takes 31.5% less time than the baseline. Compared to the vanilla VLM, it uses 23% "
         "fewer steps while covering 8.88% more oysters.",
         [dict(text="31.5%", value=31.5, metric="time", kind="change", direction="decrease"),
          dict(text="23%", value=23.0, metric="other", kind="change", direction="decrease"),
          dict(text="8.88%", value=8.88, metric="other", kind="change", direction="increase")]),
        ("The cache lowers latency by 20%. It also needs 35% fewer servers.",
         [dict(text="20%", value=20.0, metric="latency"), dict(text="35%", value=35.0, metric="other")]),
        ("Accuracy rises by 4.1%. In 96% of the cases the planner needs no retry.",
         [dict(text="4.1%", value=4.1, metric="accuracy"), dict(text="96%", value=96.0, metric="other")]),
        ("Our scheduler raises throughput by 20%, while reducing provisioned CPU by 82%.",
         [dict(text="20%", value=20.0, metric="throughput"),
          dict(text="82%", value=82.0, metric="other", kind="change", direction="decrease")]),
    ],
    # words.factor_of_quantity: a factor names what it multiplies right after it ("doubles the share of",
    # "twice as consistent"): no metric from the sentence or the one before (pool round 19). A factor of a
    # system ("2x the baseline") or of a quantity a cue reads ("3x the throughput") keeps that metric.
    "factor of its own quantity": [
        ("We propose Kin. Kin lowers the decoding latency by 30%. On the hardest split it doubles the share of "
         "solved episodes.",
         [dict(text="30%", value=30.0, metric="latency", kind="change", direction="decrease"),
          dict(text="doubles", value=2.0, metric="other", kind="ratio", direction="increase")]),
        ("We propose Kin. The judge reaches an F1 of 0.81 and is about twice as consistent across reruns as GPT-4o.",
         [dict(text="0.81", value=0.81, metric="f1"),
          dict(text="twice", value=2.0, metric="other", kind="ratio", qualifier="about")]),
        ("We propose Kin. On ScanNet, Kin lifts mAP by 4.2 points and yields 2.5x the citation coverage of prior work.",
         [dict(text="4.2", value=4.2, metric="map", kind="change"),
          dict(text="2.5x", value=2.5, metric="other", kind="ratio", direction="increase")]),
        ("We propose Kin. Kin achieves 3x the throughput of vLLM on one A100.",
         [dict(text="3x", value=3.0, metric="throughput", kind="ratio", direction="increase")]),
        ("We propose Kin. Kin reaches 64% accuracy on GSM8K, 2x the baseline.",
         [dict(text="64%", value=64.0, metric="accuracy"), dict(text="2x", value=2.0, metric="accuracy", kind="ratio")]),
    ],
    # words.tight_left: a name written right before its figure (a lone space) owns it over the next item's name
    # across "and" (pool round 19: "SacreBLEU 35.2 and COMET 84.1" were both COMET); a cue after the figure with
    # no list word between still wins ("29.8 BLEU points and 4.1 COMET points").
    "name right before its figure": [
        ("We propose Kin. Kin reaches SacreBLEU 35.2 and COMET 84.1 on WMT22.",
         [dict(text="35.2", value=35.2, metric="bleu"), dict(text="84.1", value=84.1, metric="other")]),
        ("We propose Kin. On the held-out scans, Kin achieves mean AUROC 0.956 and mean Dice 0.83 on BraTS.",
         [dict(text="0.956", value=0.956, metric="auc", qualifier="average"), dict(text="0.83", value=0.83, metric="other")]),
        ("We propose Kin. Kin reaches top-1 accuracy 81.2% and mIoU 47.5 on ADE20K.",
         [dict(text="81.2%", value=81.2, metric="accuracy"), dict(text="47.5", value=47.5, metric="other")]),
        ("We propose Kin. Kin reaches 29.8 BLEU points and 4.1 COMET points above the baseline.",
         [dict(text="29.8", value=29.8, metric="bleu"), dict(text="4.1", value=4.1, metric="other")]),
    ],
    # words.label_before: a rate, ratio or penalty named by words no cue reads is the number's own quantity
    # (pool round 19: "a tool usage ratio of only 20.1%" took accuracy); a cue in the label names it, and a gap
    # is often one of the metric named before.
    # words.list_label_before: the next item of a list named by an acronym or identifier with "of" ("and a TMCC of
    # 0.95") is its own quantity (pool round 21: PICP, TMCC, DTW-MJE, kitti_score took the F1, BLEU or error of the
    # item before); an acronym spelt out right after a metric cue ("pixel error (PE)") keeps that family, and words
    # of change ("and a reduction of") open no new quantity.
    "list item named by an acronym": [
        ("We propose Kin. Kin reaches a macro F1 of 0.912 and a QWK of 0.884 on the essay set.",
         [dict(text="0.912", value=0.912, metric="f1"), dict(text="0.884", value=0.884, metric="other",
                                                             metric_text="QWK")]),
        ("We propose Kin. The forecaster attains an RMSE of 1.9 mm, an accuracy of 88.0%, and a skill_index of 0.62.",
         [dict(text="1.9 mm", value=1.9, metric="error"), dict(text="88.0%", value=88.0, metric="accuracy"),
          dict(text="0.62", value=0.62, metric="other", metric_text="skill_index")]),
        ("We propose Kin. Kin reaches a BLEU of 28.4 and NISQA-C of 0.871 on the dubbing test set.",
         [dict(text="28.4", value=28.4, metric="bleu"), dict(text="0.871", value=0.871, metric="other",
                                                            metric_text="NISQA-C")]),
        ("We propose Kin. Kin reaches a segment error rate (SegER) of 4.4% on A and SegER of 6.1% on B.",
         [dict(text="4.4%", value=4.4, metric="error"), dict(text="6.1%", value=6.1, metric="error")]),
        ("We propose Kin. Kin attains an accuracy of 91.2% on A and a reduction of 3.1% on B.",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="3.1%", value=3.1, metric="accuracy")]),
        ("We propose Kin. Kin reaches an accuracy of 84.0% on A and 79.5% on B.",
         [dict(text="84.0%", value=84.0, metric="accuracy"), dict(text="79.5%", value=79.5, metric="accuracy")]),
    ],
    "named rate or ratio": [
        ("We propose Kin. Kin reaches 81.2% accuracy on ChartQA while keeping a tool call ratio of only 14.5%.",
         [dict(text="81.2%", value=81.2, metric="accuracy"),
          dict(text="14.5%", value=14.5, metric="other", metric_text="tool call ratio")]),
        ("We propose Kin. Kin cuts KV-cache memory by 40%, and a manual audit finds a hallucinated reference rate of 3.1%.",
         [dict(text="40%", value=40.0, metric="memory", kind="change"),
          dict(text="3.1%", value=3.1, metric="other", metric_text="hallucinated reference rate")]),
        ("We propose Kin. Kin raises the attack success rate of GCG to 91% on Llama-2.",
         [dict(text="91%", value=91.0, metric="success_rate")]),
        ("We propose Kin. Kin reaches 31.2 dB PSNR on Set5, with a generalization gap of 1.4 dB on real scans.",
         [dict(text="31.2 dB", value=31.2, metric="psnr"), dict(text="1.4 dB", value=1.4, metric="psnr")]),
    ],
    # words.own_quantity: a preposition, conjunction or participle after a number ("upon adding", "once the cache warms",
    # "achieved by") opens a clause, not a quantity (pool round 19: "an F1 score of 0.85, which improved to 0.90 upon incorporating" was other).
    "no own quantity after a clause word": [
        ("We propose Kin. Kin reaches a macro F1 of 0.71, which rises to 0.78 upon adding the lexicon.",
         [dict(text="0.71", value=0.71, metric="f1"), dict(text="0.78", value=0.78, metric="f1")]),
        ("We propose Kin. Kin reaches 88.1% accuracy, which improves to 90.4% once the retriever is tuned.",
         [dict(text="88.1%", value=88.1, metric="accuracy"), dict(text="90.4%", value=90.4, metric="accuracy")]),
        # a participle of result or a preposition after a baseline's figure ("the 7.32 dB achieved by", "30% against
        # the case of"): the figure keeps the metric of its list (pool round 19)
        ("We propose Kin. Kin reaches an RMSE of 2.1 dB indoors and 3.8 dB achieved by its outdoor variant.",
         [dict(text="2.1 dB", value=2.1, metric="error"), dict(text="3.8 dB", value=3.8, metric="error")]),
        # where a comparative joins them, the baseline's figure is the pair's (pair.owned_figure)
        ("We propose Kin. Kin reaches an RMSE of 2.1 dB, well below the 5.4 dB achieved by ray tracing.",
         [dict(text="2.1 dB, well below the 5.4 dB", value=2.1, metric="error", baseline_value=5.4,
               baseline="ray tracing")]),
        ("We propose Kin. Kin lowers the decoding latency by 35% against the greedy policy and 20% against the static one.",
         [dict(text="35%", value=35.0, metric="latency", kind="change"), dict(text="20%", value=20.0, metric="latency", kind="change")]),
    ],
    # words.own_quantity_before: a verb of change and an object no cue reads before a from-to pair ("cuts refusals from
    # 31% to 4%") name the pair's quantity; it takes no metric from the list's first item (pool round 19: "increasing
    # novelty from 47% to 97%" took success_rate). An object a cue reads keeps its metric.
    "own quantity of a from-to pair": [
        ("We propose Kin. Kin raises top-1 accuracy by 2.1% and cuts refusals from 31% to 4% on the red-team set.",
         [dict(text="2.1%", value=2.1, metric="accuracy", kind="change"),
          dict(text="from 31% to 4%", value=4.0, metric="other", baseline_value=31.0)]),
        ("We propose Kin. On ALFWorld, Kin raises the task success rate from 38% to 74% and lowers average attempts "
         "from 4.1 to 2.3.",
         [dict(text="from 38% to 74%", value=74.0, metric="success_rate", baseline_value=38.0),
          dict(text="from 4.1 to 2.3", value=2.3, metric="other", baseline_value=4.1)]),
        ("We propose Kin. Kin reduces the word error rate from 12.1% to 9.8% on LibriSpeech.",
         [dict(text="from 12.1% to 9.8%", value=9.8, metric="error", baseline_value=12.1)]),
    ],
    # words.own_quantity: a unit the reader does not know ("kPa", "mmHg"), a word of comparison
    # ("3.1x below the CPU baseline") or of change ("0.3 pp degradation") after a number names no
    # quantity of its own (probe tuned8): the number keeps the metric of its list or sentence.
    "no own quantity": [
        ("We propose Kin. Kin achieves MAE values of 0.52, 0.47, and 0.33 kPa on the three loads.",
         [dict(text="0.52", value=0.52, metric="error"), dict(text="0.47", value=0.47, metric="error"),
          dict(text="0.33", value=0.33, metric="error")]),
        ("We propose Kin. Kin answers a query in 480 ns, 3.1x below the CPU baseline.",
         [dict(text="480 ns", value=480.0, metric="latency"),
          dict(text="3.1x", value=3.1, metric="latency", kind="ratio", direction="decrease")]),
        ("We propose Kin. The pruned detector keeps 51.2 mAP on COCO with only 0.3 pp degradation.",
         [dict(text="51.2", value=51.2, metric="map"),
          dict(text="0.3 pp", value=0.3, metric="map", kind="change", direction="decrease")]),
        ("We propose Kin. The probe reads small offsets with 18% fewer wires.",
         [dict(text="18%", value=18.0, metric="other", kind="change", direction="decrease")]),
    ],
    # metric.own_comparative: a comparative and a noun no cue reads after a number name its own
    # quantity, over a cue before it across a list word or "with" (probe tuned8); a noun that is a cue
    # is the number's cue ("2x lower memory").
    "own comparative": [
        ("We propose Kin. Kin delivers 5.1x faster decoding and up to 22% better calibration than the baseline.",
         [dict(text="5.1x", value=5.1, metric="speedup"),
          dict(text="22%", value=22.0, metric="other", kind="change", direction="increase")]),
        ("We propose Kin. With the same accuracy, Kin needs 3x fewer labelled samples.",
         [dict(text="3x", value=3.0, metric="other", kind="ratio", direction="decrease")]),
        ("We propose Kin. Kin shows better performance, achieving 12% higher user ratings than the prior tool.",
         [dict(text="12%", value=12.0, metric="other", kind="change", direction="increase")]),
        ("We propose Kin. Kin cuts latency by 30%, and reaches 2x lower memory.",
         [dict(text="30%", value=30.0, metric="latency"), dict(text="2x", value=2.0, metric="memory")]),
        # no list word or "with" between: the cue before leads into the number
        ("We propose Kin. Kin improves accuracy by 4% more consistently than the baseline.",
         [dict(text="4%", value=4.0, metric="accuracy", kind="change", direction="increase")]),
    ],
    # metric.forward across asides: each number of the list may carry a bracketed aside without
    # figures (gap.forward, probe tuned8); an aside with a figure restates its number instead.
    "forward across asides": [
        ("We propose Kin. Kin reaches 2.1x (prefill) and 3.4x (decode) speedup over vLLM.",
         [dict(text="2.1x", value=2.1, metric="speedup"), dict(text="3.4x", value=3.4, metric="speedup")]),
        ("We propose Kin. Kin gives 1.8x (small), 2.6x (medium), and 4.0x (large graphs) speedup over DGL.",
         [dict(text="1.8x", value=1.8, metric="speedup"), dict(text="2.6x", value=2.6, metric="speedup"),
          dict(text="4.0x", value=4.0, metric="speedup")]),
    ],
    # metric.label: a label with "=" or a colon right before a number names its quantity
    # (words.label_before, probe tuned8): `other`, not a metric named elsewhere in the sentence; a
    # word of summary ("average:") or a capitalized name ("ImageNet:") is no label.
    "label": [
        ("We propose Kin. Kin improves detection accuracy on both sites, with a small volume bias "
         "(mean difference: 1.2 mL).",
         [dict(text="1.2 mL", value=1.2, metric="other")]),
        ("We propose Kin. Kin raises retrieval accuracy to 88.1% and aligns with the experts (Rmi=0.71).",
         [dict(text="88.1%", value=88.1, metric="accuracy"), dict(text="0.71", value=0.71, metric="other")]),
        ("We propose Kin. Its coding accuracy tracks the experts closely (e.g., opioid use: 21.4% vs. 22.0%).",
         [dict(text="21.4% vs. 22.0%", value=21.4, metric="other", baseline_value=22.0)]),
        ("We propose Kin. Kin reaches 91.2% accuracy on two settings (average: 90.5%).",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="90.5%", value=90.5, metric="accuracy")]),
        ("We propose Kin. Kin beats the baseline in accuracy on both datasets (ImageNet: 82.1%).",
         [dict(text="82.1%", value=82.1, metric="accuracy")]),
        # a score named by its own words before "of" (pool round 18: "scores of 61.7 on MMMU" took model_size from
        # "parameters", "a peak composite score of 0.827" took time from "days"); a metric cue in the name, or a
        # person's score (the reference of the metric named before), keeps the metric
        ("We propose Kin. Kin reaches scores of 58.2 on MMMU and 44.0 on MathVista while activating few parameters.",
         [dict(text="58.2", value=58.2, metric="other"), dict(text="44.0", value=44.0, metric="other")]),
        ("We propose Kin. Over two weeks of search, Kin reaches a mean rubric score of 3.9 on the held-out essays.",
         [dict(text="3.9", value=3.9, metric="other", metric_text="rubric score")]),
        ("We propose Kin. Kin reaches 41.5% accuracy on the puzzles, far below the human score of 88.0%.",
         [dict(text="41.5%", value=41.5, metric="accuracy"), dict(text="88.0%", value=88.0, metric="accuracy")]),
        ("We propose Kin. Kin reaches macro-F1 scores of 71.2% and 64.0% on the two test sets.",
         [dict(text="71.2%", value=71.2, metric="f1"), dict(text="64.0%", value=64.0, metric="f1")]),
    ],
    # metric.left: a metric cue with a colon right before the number ("accuracy: 91.2%") labels it
    # (cues._colon_label), though the colon breaks the clause: a cue after the number that names the
    # next item does not type it (round 17). A label no cue reads stays `other` (metric.label).
    "colon label": [
        ("We propose Kin. Kin reaches an accuracy: 91.2% and an F1: 0.77 on the test split.",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="0.77", value=0.77, metric="f1")]),
        ("We propose Kin. On CheXpert the classifier reaches AUC: 0.912, F1: 0.804 and sensitivity: 88.1%.",
         [dict(text="0.912", value=0.912, metric="auc"), dict(text="0.804", value=0.804, metric="f1"),
          dict(text="88.1%", value=88.1, metric="other")]),
        # a colon before words still opens a clause
        ("We propose Kin. Kin cuts energy by 41%: latency drops by 2.1x on the same board.",
         [dict(text="41%", value=41.0, metric="energy"), dict(text="2.1x", value=2.1, metric="latency")]),
        ("We propose Kin. Kin shows higher accuracy (composite score: 2.514) than the nurses.",
         [dict(text="2.514", value=2.514, metric="other", metric_text="composite score")]),
    ],
    # metric.previous_sentence: the metric of the last claim of the sentence before.
    # metric.own_quantity through a verb written once for a list (words.own_quantity_before, probe
    # typing5): "and the control signals by 83-98%" names its own quantity; a baseline after "and
    # the" ("and the multicore CPU implementation by 20X") does not.
    "own quantity after a shared verb": [
        ("We propose Kin. Kin reduces the power consumption by 86-92% and the control signals by 83-98%.",
         [dict(text="86-92%", value=92.0, value_low=86.0, metric="power", kind="change", direction="decrease"),
          dict(text="83-98%", value=98.0, value_low=83.0, metric="other", kind="change", direction="decrease")]),
        ("We propose Kin. Kin cuts latency by 31% and the number of kernel launches by 45%.",
         [dict(text="31%", value=31.0, metric="latency"), dict(text="45%", value=45.0, metric="other")]),
        ("We propose Kin. Kin improves the HLS implementation performance by 2,200X and the multicore CPU "
         "implementation by 20X.",
         [dict(text="2,200X", value=2200.0, metric="speedup"), dict(text="20X", value=20.0, metric="speedup")]),
        # an object of four words after the verb (probe typ15: "and reduces the average retrieval
        # trigger rate by 50.66%" took accuracy from the clause before)
        ("We propose Kin. Kin lifts accuracy by 4.2%, and lowers the mean page fault count by 37%.",
         [dict(text="4.2%", value=4.2, metric="accuracy"), dict(text="37%", value=37.0, metric="other")]),
        ("We propose Kin. Kin raises the F1 by 2.1% and cuts the weekly manual review load by 60%.",
         [dict(text="2.1%", value=2.1, metric="f1"), dict(text="60%", value=60.0, metric="other")]),
    ],
    # metric.whole_duration: seconds with no cue and no word of one item are the time of a whole run
    # (the dev gold writes `time` for 7 of its 10 second-figures; per item they stay latency).
    "whole duration": [
        ("We propose Kin. Kin reaches a data-free solution of the cavity flow in just 448s.",
         [dict(text="448s", value=448.0, unit="s", metric="time")]),
        ("We propose Kin. With Kin, state finality arrives in under 13 seconds.",
         [dict(text="13 seconds", value=13.0, unit="s", metric="time", qualifier="less_than")]),
        ("We propose Kin. Kin segments a representative x400 WSI in 58 seconds.",
         [dict(text="58 seconds", value=58.0, unit="s", metric="latency")]),
        ("We propose Kin. Kin needs 2.1 s per image on the CPU.",
         [dict(text="2.1 s", value=2.1, unit="s", metric="latency")]),
        ("We propose Kin. Kin cuts the end-to-end latency to 1.2 s.",
         [dict(text="1.2 s", value=1.2, unit="s", metric="latency")]),
    ],
    # metric.head_noun: the cue before the number is the object of an "of" phrase; the noun it hangs
    # on names the quantity.
    "head noun": [
        ("We propose Kin. Kin reduces the transmission latency of the KV cache by 96%.",
         [dict(text="96%", value=96.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. Kin improves the energy efficiency of memory accesses by 2.1x.",
         [dict(text="2.1x", value=2.1, metric="energy_efficiency", kind="ratio", direction="increase")]),
        ("We propose Kin. Kin reduces the KV cache by 4x.",
         [dict(text="4x", value=4.0, metric="memory", kind="ratio", direction="decrease")]),
    ],
    # metric.named_performance: "<metric> performance" is that metric; a comparator after a cue ties
    # the number to it over a cue after "and" (words.tight_left)
    "named performance": [
        ("We propose Kin. Kin raises the baseline accuracy performance from 0.669 to 0.785.",
         [dict(text="from 0.669 to 0.785", value=0.785, metric="accuracy", baseline_value=0.669)]),
        ("We propose Kin. Kin lifts the F1 performance by 4.2% on CoNLL-03.",
         [dict(text="4.2%", value=4.2, metric="f1", kind="change")]),
        ("We propose Kin. Kin improves performance by 4.2% on CoNLL-03.",
         [dict(text="4.2%", value=4.2, metric="other", kind="change")]),
        ("We propose Kin. Without Kin, models show accuracies below 60% and high hallucination rates.",
         [dict(text="60%", value=60.0, metric="accuracy", qualifier="less_than")]),
    ],
    # metric.performance_after: a bare "performance" after a claim of a named quality metric in its clause refers
    # back to it (spec 3; round 23: "an average classification accuracy of 66.14%, with performance reaching 78.06%")
    "performance after a named metric": [
        ("We propose Kin. Kin reaches a macro F1 of 81.2% on the dev split, with performance climbing to 84.5% on "
         "the test split.",
         [dict(text="81.2%", value=81.2, metric="f1"), dict(text="84.5%", value=84.5, metric="f1", kind="absolute")]),
        ("We propose Kin. Kin obtains an AUC of 0.91 on the internal cohort, and its performance holds at 0.88 on "
         "the external cohort.",
         [dict(text="0.91", value=0.91, metric="auc"), dict(text="0.88", value=0.88, metric="auc")]),
        ("We propose Kin. On the hard split Kin scores 62.0% accuracy and lags human performance by 7.5%.",
         [dict(text="62.0%", value=62.0, metric="accuracy"),
          dict(text="7.5%", value=7.5, metric="accuracy", kind="change", direction="decrease")]),
        # near misses: across a new clause, of another unit, or after an efficiency claim, "performance" stays other
        ("We propose Kin. Kin's first patch reaches an attack success rate of 73%, while the second patch lowers "
         "the performance of the detector by 62%.",
         [dict(text="73%", value=73.0, metric="success_rate"),
          dict(text="62%", value=62.0, metric="other", kind="change", direction="decrease")]),
        ("We propose Kin. Kin reaches an AUC of 0.93 and improves performance by 4.2% over the CNN.",
         [dict(text="0.93", value=0.93, metric="auc"), dict(text="4.2%", value=4.2, metric="other", kind="change")]),
        ("We propose Kin. Kin cuts latency by 38%, and its performance improves by 3.4% on the suite.",
         [dict(text="38%", value=38.0, metric="latency"), dict(text="3.4%", value=3.4, metric="other")]),
    ],
    # a bare comparative of size after the number yields to a memory noun before it
    "memory before smaller": [
        ("We propose Kin. Kin's storage is up to 240x smaller than raw KV tensors.",
         [dict(text="240x", value=240.0, metric="memory", qualifier="up_to")]),
        ("We propose Kin. The distilled student is 7.5x smaller than BERT-base.",
         [dict(text="7.5x", value=7.5, metric="model_size")]),
    ],
    # metric.task_duration: a duration after a verb of a whole task is time, not latency (spec 3;
    # dev-a d147, typing4's P5).
    "task duration": [
        ("We propose Kin. Kin solves the largest routing instance in 0.8 s.",
         [dict(text="0.8 s", value=0.8, unit="s", metric="time")]),
        ("We propose Kin. The checker verifies the whole RISC-V core within just 420 ms.",
         [dict(text="420 ms", value=420.0, unit="ms", metric="time")]),
        # per-item work keeps the latency of its unit
        ("We propose Kin. Kin processes each frame in 4.2 ms on the Jetson.",
         [dict(text="4.2 ms", value=4.2, unit="ms", metric="latency")]),
        ("We propose Kin. In our tests 90% of swap-ins complete within 10 ms.",
         [dict(text="90%", value=90.0), dict(text="10 ms", value=10.0, unit="ms", metric="latency")]),
        # a task named by its noun, then a verb of finishing (probe context5)
        ("We propose Kin. With Kin the full placement completing in under 3 s on a laptop.",
         [dict(text="3 s", value=3.0, unit="s", metric="time", qualifier="less_than")]),
        ("We propose Kin. In Kin the compilation finishes within 450 ms.",
         [dict(text="450 ms", value=450.0, unit="ms", metric="time")]),
        # a verb of taking, then one of a whole task (words.task_duration_after); a list takes it on
        ("We propose Kin. Kin takes 620 seconds to prove and 2.36 seconds to verify.",
         [dict(text="620 seconds", value=620.0, unit="s", metric="time"),
          dict(text="2.36 seconds", value=2.36, unit="s", metric="time")]),
        ("We propose Kin. Kin needs only 3.1 s to compile the largest design.",
         [dict(text="3.1 s", value=3.1, unit="s", metric="time")]),
        ("We propose Kin. Kin answers a query in 40 ms and needs 3.5 s to compile the index.",
         [dict(text="40 ms", value=40.0, unit="ms", metric="latency"),
          dict(text="3.5 s", value=3.5, unit="s", metric="time")]),
        ("We propose Kin. Kin takes 12 ms to process each frame.",
         [dict(text="12 ms", value=12.0, unit="ms", metric="latency")]),
        ("We propose Kin. Kin takes 2.5 ms to solve each instance.",
         [dict(text="2.5 ms", value=2.5, unit="ms", metric="latency")]),
    ],
    # _names_setting: a cue right after a figure that is a setting (even one dropped as a condition, with
    # one word of amount between) names no other number of the sentence (probe hw5).
    "cue of a setting": [
        ("We propose Kin. When allowing less than 3% additional parameters, the gains of Kin increase to 8.5%.",
         [dict(text="8.5%", value=8.5, metric="other")]),
        ("We propose Kin. When allowing 5% more FLOPs, the gains of Kin rise to 2.3%.",
         [dict(text="2.3%", value=2.3, metric="other")]),
    ],
    # kind.list over a bound that opens the next item (gap.kind_list, probe hw5).
    "kind list past a bound": [
        ("We propose Kin. Kin reduces the corridor AoI by 5% at moderate load and up to 66% at high load.",
         [dict(text="5%", value=5.0, kind="change", direction="decrease"),
          dict(text="66%", value=66.0, kind="change", direction="decrease", qualifier="up_to")]),
        ("We propose Kin. Kin raises the hit rate by 3.1% on web traces and by up to 9.4% on video traces.",
         [dict(text="3.1%", value=3.1, kind="change", direction="increase"),
          dict(text="9.4%", value=9.4, kind="change", direction="increase", qualifier="up_to")]),
    ],
    # words.own_quantity: a word of place after a number ("0.55m indoors") names no quantity; the
    # list keeps the metric named before it (probe hw5).
    "place words in a list": [
        ("We propose Kin. Kin reaches a localization RMSE of 0.31 m indoors, 1.24 m outdoors and 0.87 m in tunnels.",
         [dict(text="0.31 m", value=0.31, metric="error"), dict(text="1.24 m", value=1.24, metric="error"),
          dict(text="0.87 m", value=0.87, metric="error")]),
        ("We propose Kin. Kin keeps a top-1 accuracy of 91.2% online and 93.5% offline.",
         [dict(text="91.2%", value=91.2, metric="accuracy"), dict(text="93.5%", value=93.5, metric="accuracy")]),
    ],
    # metric.overhead_duration: a duration named as overhead (spec 7, probe hw5).
    "overhead duration": [
        ("We propose Kin. Kin adds only 3 ms of scheduling overhead per request.",
         [dict(text="3 ms", value=3.0, unit="ms", metric="overhead")]),
        ("We propose Kin. Kin cuts the overhead to 40 microseconds per call.",
         [dict(text="40 microseconds", value=40.0, unit="us", metric="overhead")]),
        ("We propose Kin. Kin answers a query in 3 ms.",
         [dict(text="3 ms", value=3.0, unit="ms", metric="latency")]),
    ],
    # metric.power_level: a power in dB is a signal level, `other`; a power in W stays power (probe hw5).
    "power level": [
        ("We propose Kin. Kin achieves a bright-zone power of 84.0 dB, outperforming zero-forcing by 7.1 dB.",
         [dict(text="84.0 dB", value=84.0, unit="dB", metric="other"),
          dict(text="7.1 dB", value=7.1, unit="dB", metric="other")]),
        ("We propose Kin. Kin raises the received signal power by 6 dB at the cell edge.",
         [dict(text="6 dB", value=6.0, unit="dB", metric="other")]),
        ("We propose Kin. The Kin accelerator draws a power of 1.8 W at 200 MHz.",
         [dict(text="1.8 W", value=1.8, unit="W", metric="power")]),
    ],
    # kind.evaluative_polarity over an `other` score that improves by falling (words.falls_better).
    "falling other scores": [
        ("We propose Kin. Kin improves the FID by 3.2 on ImageNet 256.",
         [dict(text="3.2", value=3.2, metric="other", kind="change", direction="decrease")]),
        ("We propose Kin. Kin improves LPIPS by 14% over the GAN baseline.",
         [dict(text="14%", value=14.0, metric="other", kind="change", direction="decrease")]),
        ("We propose Kin. Kin improves SSIM by 4% over the GAN baseline.",
         [dict(text="4%", value=4.0, metric="other", kind="change", direction="increase")]),
    ],
    # kind.item_ends: a number that completed the cue before it takes no direction from the next
    # item of its list (probe typing5).
    "kind item ends": [
        ("We propose Kin. Kin achieves a speedup of 23.4x and energy savings of 28.8x compared to edge GPUs.",
         [dict(text="23.4x", value=23.4, metric="speedup", kind="ratio", direction="increase"),
          dict(text="28.8x", value=28.8, metric="energy", kind="ratio", direction="decrease")]),
        ("We propose Kin. Kin reaches a reduction in EDAP of 90.1x, an improvement in TOPS/W of 4.7x.",
         [dict(text="90.1x", value=90.1, metric="other", kind="ratio", direction="decrease"),
          dict(text="4.7x", value=4.7, metric="energy_efficiency", kind="ratio", direction="increase")]),
        # the words right after the number that are its own still count
        ("We propose Kin. Kin lowers latency by 2.1x and memory by 3.4x.",
         [dict(text="2.1x", value=2.1, metric="latency", direction="decrease"),
          dict(text="3.4x", value=3.4, metric="memory", direction="decrease")]),
    ],
    # direction.below_one: a factor below one is a decrease (spec 9).
    "factor below one": [
        ("We propose Kin. On the M4, the fp8 path of Kin sustains 0.94x the throughput of fp16.",
         [dict(text="0.94x", value=0.94, metric="throughput", kind="ratio", direction="decrease")]),
        ("We propose Kin. Kin reaches a 0.9x speedup over the A100 on small batches.",
         [dict(text="0.9x", value=0.9, metric="speedup", kind="ratio", direction="decrease")]),
        ("We propose Kin. Kin reaches a 1.9x speedup over the A100 on small batches.",
         [dict(text="1.9x", value=1.9, metric="speedup", kind="ratio", direction="increase")]),
    ],
    # direction.metric_text: a plural or hyphenated noun of speed names the way as "speedup" does; a
    # reduction of another quantity before it is no cue of its (pool round 20c); "slowdowns" stays a decrease.
    "speed nouns": [
        ("We propose Kin. Kin prunes candidate schedules and gives end-to-end speed-ups (4.5x over TVM and 2.1x "
         "over Ansor).",
         [dict(text="4.5x", value=4.5, metric="speedup", kind="ratio", direction="increase"),
          dict(text="2.1x", value=2.1, metric="speedup", kind="ratio", direction="increase")]),
        ("We propose Kin. The reduced models achieve computational speedups of up to 600 times on the wing "
         "benchmark.",
         [dict(text="600 times", value=600.0, metric="speedup", kind="ratio", direction="increase")]),
        ("We propose Kin. Eager logging in Kin reduces recovery time but causes slowdowns (1.3x on YCSB) in normal "
         "operation.",
         [dict(text="1.3x", value=1.3, metric="speedup", kind="ratio", direction="decrease")]),
    ],
    # kind.signed_value: a sign after "=" or a correlation's name belongs to a quantity that can be negative;
    # the figure is its value (absolute, no direction; the dev gold's Spearman "-0.31"); a label of a difference
    # keeps the sign a change (pool round 20c).
    "signed values": [
        ("We propose Kin. Kin's confidence tracks expert agreement closely (r = -0.74, p < 0.01).",
         [dict(text="-0.74", value=0.74, kind="absolute", direction=None)]),
        ("We propose Kin. Across the 40 wards, Kin's alert rate shows a Spearman correlation of -0.52 with staffing.",
         [dict(text="-0.52", value=0.52, kind="absolute", direction=None)]),
        ("We propose Kin. Exposure to Kin lowered trust ratings ($d_z$ = -0.31, p < 0.001).",
         [dict(text="-0.31", value=0.31, kind="absolute", direction=None)]),
        ("We propose Kin. Kin raises plan coverage over ReAct (Delta = +0.09, p < 0.001).",
         [dict(text="+0.09", value=0.09, kind="change", direction="increase")]),
        ("We propose Kin. Kin changes LPIPS by -0.02 at equal bitrate.",
         [dict(text="-0.02", value=0.02, kind="change", direction="decrease")]),
        # a later number of the list carries the signed quantity's name: a value too (pool round 22: "correlation
        # coefficient of -0.185 (p < 0.001) for MoCA and -0.231 (p < 0.001) for MMSE")
        ("We propose Kin. Kin's gait speed shows a Pearson correlation of -0.42 with frailty and -0.37 with fall risk.",
         [dict(text="-0.42", value=0.42, kind="absolute", direction=None),
          dict(text="-0.37", value=0.37, kind="absolute", direction=None)]),
        # near miss: a list of changes of a correlation stays a list of changes
        ("We propose Kin. Kin improves the rank correlation by +0.12 and +0.08 on the two benchmarks.",
         [dict(text="+0.12", value=0.12, kind="change", direction="increase"),
          dict(text="+0.08", value=0.08, kind="change", direction="increase")]),
    ],
    "previous sentence": [
        ("We propose Kin. Kin reaches 71.2% resolved rate on SWE-bench Verified. Without test feedback it "
         "yields only 45.3%.",
         [dict(text="71.2%", value=71.2, metric="accuracy"), dict(text="45.3%", value=45.3, metric="accuracy")]),
        ("Our index answers queries 3.1x faster than HNSW on a memory-bound server. On SIFT1B the gain "
         "grows to 4.4x.",
         [dict(text="3.1x", value=3.1, metric="speedup"), dict(text="4.4x", value=4.4, metric="speedup")]),
        # an efficiency family reaches a percent only where its clause speaks of saving or speed (pool round 18:
        # "... with up to 6.2x speedup. KAT-Coder-V2 achieves 79.6% on SWE-bench Verified" took speedup)
        ("We propose Kin. Tree packing trains Kin with up to 4.1x speedup. Kin resolves 61.3% of SWE-bench Verified.",
         [dict(text="4.1x", value=4.1, metric="speedup"), dict(text="61.3%", value=61.3, metric="other")]),
        ("We propose Kin. Kin reduces the attention computation by 2x. The method yields a 7.5% improvement on "
         "MME-RealWorld.",
         [dict(text="2x", value=2.0, metric="compute"), dict(text="7.5%", value=7.5, metric="other")]),
        ("We propose Kin. Kin reduces inference latency by 2.4x on the Jetson. Quantization brings a further 31% saving.",
         [dict(text="2.4x", value=2.4, metric="latency"), dict(text="31%", value=31.0, metric="latency")]),
        ("We propose Kin. Kin cuts the training memory by 1.8x. Offloading gives 35% less on the 70B model.",
         [dict(text="1.8x", value=1.8, metric="memory"), dict(text="35%", value=35.0, metric="memory")]),
        # and from elsewhere in its own sentence (metric.sentence, pool round 18: "the Faster R-CNN model achieved ...
        # an overall average AFFC of 71.9%" took speedup)
        ("We propose Kin. With the Faster R-CNN detector, Kin keeps an average robustness of 71.9% over seven conditions.",
         [dict(text="71.9%", value=71.9, metric="other")]),
        ("We propose Kin. The FLOPs reduction during training ranges from 17.8% on VGG-11 to 83.7% on ResNet-152.",
         [dict(text="17.8%", value=17.8, metric="compute"), dict(text="83.7%", value=83.7, metric="compute")]),
    ],
    # metric.previous_sentence from a cue: only where the sentence before states a result
    # (words.result); a metric noun in a method's description names nothing (probe typing5).
    "previous sentence states a result": [
        ("We propose Kin. We show that NTK computation can be reduced by distilling the data. Kin yields a "
         "20-100x reduction on the benchmark.",
         [dict(text="20-100x", value=100.0, value_low=20.0, metric="compute", kind="ratio")]),
        ("We propose Kin. A teacher clusters errors by subfield and error type. Kin achieves up to 17.3% "
         "improvement on arithmetic reasoning.",
         [dict(text="17.3%", value=17.3, metric="other", qualifier="up_to")]),
        ("We propose Kin. We trace the cost via per-rail power attribution. The fused kernel beats the "
         "decomposed path by 12.9%.",
         [dict(text="12.9%", value=12.9, metric="other")]),
    ],
    # cues.left_owned: a cue glued by a hyphen to the next word is a modifier of a name.
    "compound modifier": [
        ("ELSA delivers 1.3-3.5x speedup over memory-efficient SDPA and 1.97-2.27x on BERT.",
         [dict(text="1.3-3.5x", value=3.5, value_low=1.3, metric="speedup"),
          dict(text="1.97-2.27x", value=2.27, value_low=1.97, metric="speedup")]),
    ],
    # metric.sentence: a cue right after a number that is no claim names a setting
    "setting cue": [
        ("We propose Kin. Across scales from 3B to 24B parameters, we show that mid-training on 27B tokens yields gains of +15 to +40 points on math.",
         [dict(text="+15 to +40", value=40.0, value_low=15.0, metric="other", kind="change")]),
        ("We propose Kin. Trained on 8 GPUs with 16 layers, the router improves results by 12%.",
         [dict(text="12%", value=12.0, metric="other", kind="change", direction="increase")]),
        ("We propose Kin. On ResNet-50 accuracy, the pruned model improves by 1.2%.",
         [dict(text="1.2%", value=1.2, metric="accuracy")]),
    ],
    # kind.py: the words after a bracket that opens on another number are that number's.
    "kind past an aside": [
        ("We propose Kin. Both variants yield PSNR gains of 3--5 dB (30--45% RMSE reduction) while saving 13% power.",
         [dict(text="3--5 dB", value=5.0, value_low=3.0, metric="psnr", kind="change", direction="increase"),
          dict(text="30--45%", value=45.0, value_low=30.0, metric="error", kind="change", direction="decrease"),
          dict(text="13%", value=13.0, metric="power", kind="change", direction="decrease")]),
        ("We propose Kin. Kin raises throughput by 22% (a 3.1 ms latency reduction) on the edge board.",
         [dict(text="22%", value=22.0, metric="throughput", kind="change", direction="increase"),
          dict(text="3.1 ms", value=3.1, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. It reaches $6.2\\times$ and $9.5\\times$ better energy efficiency than the GPU.",
         [dict(text="$6.2\\times$", value=6.2, kind="ratio", direction="increase"),
          dict(text="$9.5\\times$", value=9.5, kind="ratio", direction="increase")]),
    ],
    # words.clause_break: ", and <verb of result>" opens a clause; no list carry across it.
    "no list carry into a new clause": [
        ("We propose SMoA. SMoA trains only 0.8% of the parameters, and outperforms LoRA by 1.2 points on average.",
         [dict(text="0.8%", value=0.8, metric="model_size", kind="ratio", direction="decrease"),
          dict(text="1.2", value=1.2, metric="other", kind="change", direction="increase")]),
        ("We propose Kin. Kin reduces latency by 30%, and memory by 20%.",
         [dict(text="30%", value=30.0, metric="latency", kind="change", direction="decrease"),
          dict(text="20%", value=20.0, metric="memory", kind="change", direction="decrease")]),
    ],
    # cues.clause_floor: ", which is 2.72x higher than X" restates the figure before it, no new clause (pool
    # round 18); a relative clause without a number right after "which is" still breaks.
    "which restates the figure before it": [
        ("We propose Kin. Kin achieves 96.5% netlist-generation accuracy, which is 2.72x higher than prior tools.",
         [dict(text="96.5%", value=96.5, metric="accuracy", kind="absolute"),
          dict(text="2.72x", value=2.72, metric="accuracy", kind="ratio", direction="increase")]),
        ("We propose Kin. The whole Kin model uses 45.5M parameters, which is 64% less than GPT-2.",
         [dict(text="45.5M", value=45.5, metric="model_size", kind="absolute"),
          dict(text="64%", value=64.0, metric="model_size", kind="change", direction="decrease")]),
        ("We propose Kin. Kin serves a request in 3.2 ms, which was about 40% lower than vLLM.",
         [dict(text="3.2 ms", value=3.2, metric="latency", kind="absolute"),
          dict(text="40%", value=40.0, metric="latency", kind="change", direction="decrease", qualifier="about")]),
        ("We propose Kin. Kin reaches 81.2% accuracy, which makes it 12% more accurate than ViT-B.",
         [dict(text="81.2%", value=81.2, metric="accuracy", kind="absolute"),
          dict(text="12%", value=12.0, metric="accuracy", kind="change", direction="increase")]),
    ],
    # kind.py: a comparative that bounds another number ("with less than 0.5% loss") is that number's.
    "kind stops at another number's bound": [
        ("We propose Kin. It reduces KV cache memory by 4.1x and improves decoding throughput by 2.3x with less "
         "than 0.5% accuracy loss.",
         [dict(text="4.1x", value=4.1, metric="memory", kind="ratio", direction="decrease"),
          dict(text="2.3x", value=2.3, metric="throughput", kind="ratio", direction="increase"),
          dict(text="0.5%", value=0.5, metric="accuracy", kind="change", direction="decrease", qualifier="less_than")]),
        ("We propose Kin. Kin runs 2.1x faster with more than 90% accuracy.",
         [dict(text="2.1x", value=2.1, metric="speedup", kind="ratio", direction="increase"),
          dict(text="90%", value=90.0, metric="accuracy", kind="absolute", qualifier="more_than")]),
        ("We propose Kin. Kin needs 3x less memory than PagedAttention.",
         [dict(text="3x", value=3.0, metric="memory", kind="ratio", direction="decrease")]),
        ("We propose Kin. Kin is 37.6% higher than 3-mer baselines on the held-out classes.",
         [dict(text="37.6%", value=37.6, kind="change", direction="increase")]),
    ],
    # qualifier.past_cue: a qualifier after the number's own metric cue is the number's (dev-a d287).
    "qualifier past the cue": [
        ("We propose Kin. Kin achieves 3.08x speedup on average.",
         [dict(text="3.08x", value=3.08, metric="speedup", qualifier="average")]),
        ("We propose Kin. Kin achieves 3.08x (up to 4.62x) speedup on average.",
         [dict(text="3.08x", value=3.08, metric="speedup", qualifier="average"),
          dict(text="4.62x", value=4.62, metric="speedup", qualifier="up_to")]),
        ("We propose Kin. Kin achieves 2.4x higher throughput (geomean) than vLLM.",
         [dict(text="2.4x", value=2.4, metric="throughput", qualifier="average")]),
        ("We propose Kin. Kin achieves 3.08x speedup and 91% accuracy on average.",
         [dict(text="3.08x", value=3.08, metric="speedup", qualifier=None),
          dict(text="91%", value=91.0, metric="accuracy", qualifier="average")]),
    ],
    # metric.forward over a qualifier of the next number ("up to 5.1x and on average 2.7x speedup").
    "forward past a qualifier": [
        ("We propose Kin. Kin achieves up to 5.1x and on average 2.7x speedup.",
         [dict(text="5.1x", value=5.1, metric="speedup", qualifier="up_to"),
          dict(text="2.7x", value=2.7, metric="speedup", qualifier="average")]),
        ("We propose Kin. Kin gives 31% and up to 44% lower tail latency than Redis.",
         [dict(text="31%", value=31.0, metric="latency", kind="change", direction="decrease", qualifier=None),
          dict(text="44%", value=44.0, metric="latency", kind="change", direction="decrease", qualifier="up_to")]),
    ],
    # metric.right: a cue across a list word that the next number completes is the next number's
    # (dev-a d320, d319); a cue the next number only follows in a list stays the first one's.
    "cue the next number completes": [
        ("We propose Kin. Kin reduces cache misses by 31% and total energy by 12% on the server.",
         [dict(text="31%", value=31.0, metric="other", kind="change", direction="decrease"),
          dict(text="12%", value=12.0, metric="energy", kind="change", direction="decrease")]),
        ("We propose Kin. Kin lifts recall from 61.2% to 70.4% and its precision from 55.0% to 58.3% on the test split.",
         [dict(text="from 61.2% to 70.4%", value=70.4, metric_text="recall", baseline_value=61.2),
          dict(text="from 55.0% to 58.3%", value=58.3, metric_text="precision", baseline_value=55.0)]),
        ("We propose Kin. The detection rate reaches 99.2% with a false alarm rate of 0.1%.",
         [dict(text="99.2%", value=99.2, metric="other"), dict(text="0.1%", value=0.1, metric="error")]),
        ("We propose Kin. Kin delivers 3.2x speedup and 2.1x on the second board.",
         [dict(text="3.2x", value=3.2, metric="speedup"), dict(text="2.1x", value=2.1, metric="speedup")]),
    ],
    # kind.comparative_after over "points": "3.1 points higher accuracy" is a change.
    "points and a comparative": [
        ("We propose Kin. Kin achieves 3.1 points higher accuracy than LoRA.",
         [dict(text="3.1", value=3.1, metric="accuracy", kind="change", direction="increase")]),
        ("We propose Kin. Kin scores 2 points lower WER than Whisper.",
         [dict(text="2", value=2.0, metric="error", kind="change", direction="decrease")]),
    ],
    # kind.comparative_after over decibels (round 17, template grid): a figure in dB before a comparative
    # is a difference on a log scale, a change like "2.3% higher"; a dB figure without one stays absolute.
    "decibels and a comparative": [
        ("We propose Kin. Kin achieves 1.3 dB higher PSNR than SwinIR on Urban100.",
         [dict(text="1.3 dB", value=1.3, metric="psnr", kind="change", direction="increase", unit="dB")]),
        ("The proposed beamformer yields 4.2dB higher SNR than MVDR in reverberant rooms.",
         [dict(text="4.2dB", value=4.2, kind="change", direction="increase", unit="dB")]),
        ("Our codec reaches 0.8 dB better SSNR than Opus at 6 kbps.",
         [dict(text="0.8 dB", value=0.8, kind="change", direction="increase", unit="dB")]),
        ("The jammer leaves the receiver 6 dB lower interference than the blind scheme.",
         [dict(text="6 dB", value=6.0, kind="change", direction="decrease", unit="dB")]),
        ("We propose Kin. Kin reaches 32.5 dB PSNR on Set14.",
         [dict(text="32.5 dB", value=32.5, metric="psnr", kind="absolute", direction=None, unit="dB")]),
        ("We propose Kin. Kin reaches a PSNR of 31.2 dB, higher than all baselines.",
         [dict(text="31.2 dB", value=31.2, metric="psnr", kind="absolute", direction=None, unit="dB")]),
    ],
    # metric.carry of a signed percent after a bare score (round 17 grid): "+2.3%" is that score's relative
    # gain even where a name with digits sits between them; a cue of its own still wins.
    "signed percent after a bare score": [
        ("We propose Kin. Kin achieves 0.912 AUC on CIFAR-100 (+12.7% over Tan).",
         [dict(text="0.912", value=0.912, metric="auc"),
          dict(text="+12.7%", value=12.7, metric="auc", kind="change", direction="increase")]),
        ("The tagger reaches 0.871 macro-F1 on CoNLL-2003 (+4.2% over BiLSTM-CRF).",
         [dict(text="0.871", value=0.871, metric="f1"),
          dict(text="+4.2%", value=4.2, metric="f1", kind="change", direction="increase")]),
        ("We propose Kin. Kin achieves 41.2 mAP on COCO-2017 (+3.1% over Tan), with +20% throughput.",
         [dict(text="41.2", value=41.2, metric="map"), dict(text="+3.1%", value=3.1, metric="map"),
          dict(text="+20%", value=20.0, metric="throughput")]),
    ],
    # kind.list: a label in brackets after a list's number does not end the list (dev-a d193).
    "kind list past labels": [
        ("We propose Kin. Kin cuts leakage by up to 41% (NMOS) and 27% (PMOS) over the stock cells.",
         [dict(text="41%", value=41.0, kind="change", direction="decrease", qualifier="up_to"),
          dict(text="27%", value=27.0, kind="change", direction="decrease", qualifier="up_to")]),
        ("We propose Kin. Kin lowers the error by 12% (validation) and 9% (test).",
         [dict(text="12%", value=12.0, metric="error", kind="change", direction="decrease"),
          dict(text="9%", value=9.0, metric="error", kind="change", direction="decrease")]),
    ],
    # kind.list: an item whose last word ends at the comma ("for sex, 83.65%"), or whose next number
    # opens with a tilde of about, continues the change (pool round 19); a number that opens a
    # comparison of two values ("71.2 vs. 74.2") is no item of a list of changes.
    "kind list past a comma": [
        ("We propose Kin. Kin lowers the word error rate by 12% on LibriSpeech, 9% on TED-LIUM, and 7% on CHiME-6.",
         [dict(text="12%", value=12.0, metric="error", kind="change", direction="decrease"),
          dict(text="9%", value=9.0, metric="error", kind="change", direction="decrease"),
          dict(text="7%", value=7.0, metric="error", kind="change", direction="decrease")]),
        ("We propose Kin. Kin yields throughput gains of 18% for ResNet-50, 25% for BERT, and 31% for GPT-2.",
         [dict(text="18%", value=18.0, metric="throughput", kind="change", direction="increase"),
          dict(text="25%", value=25.0, metric="throughput", kind="change", direction="increase"),
          dict(text="31%", value=31.0, metric="throughput", kind="change", direction="increase")]),
        ("We propose Kin. A user study shows an improvement of $\\sim 12\\%$, $\\sim 9\\%$, and $\\sim 7\\%$ in realism.",
         [dict(text="12\\%", value=12.0, kind="change", direction="increase", qualifier="about"),
          dict(text="9\\%", value=9.0, kind="change", direction="increase", qualifier="about"),
          dict(text="7\\%", value=7.0, kind="change", direction="increase", qualifier="about")]),
        # an item may name its setting in up to eight words
        ("We propose Kin. Kin lowers the median latency by 18% on the largest of the three traces and 11% on the smallest.",
         [dict(text="18%", value=18.0, metric="latency", kind="change", direction="decrease"),
          dict(text="11%", value=11.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. Kin lowers the median latency by 18%, with 91% of the requests served in time.",
         [dict(text="18%", value=18.0, metric="latency", kind="change", direction="decrease"),
          dict(text="91%", value=91.0, kind="absolute")]),
        ("We propose Kin. Kin trails the oracle by 3 points, 71.2 vs. 74.2, on the hard split.",
         [dict(text="3", value=3.0, kind="change", direction="decrease"),
          dict(text="71.2 vs. 74.2", value=71.2, kind="absolute")]),
        ("We propose Kin. Kin reaches 91.2% accuracy on CIFAR-10, 78.4% on CIFAR-100, and 73.0% on SVHN.",
         [dict(text="91.2%", value=91.2, metric="accuracy", kind="absolute"),
          dict(text="78.4%", value=78.4, metric="accuracy", kind="absolute"),
          dict(text="73.0%", value=73.0, metric="accuracy", kind="absolute")]),
    ],
    # kind.list past an aside in brackets with figures of its own right after a change ("by 28%
    # (11.43 points) and 27% (11.21 points)", kind._FIGURE_ASIDE); a test statistic is no aside.
    "kind list past an aside with figures": [
        ("We propose Kin. Kin lowers the error by 12% (0.8 points) on CIFAR-10 and 9% (0.5 points) on SVHN.",
         [dict(text="12%", value=12.0, metric="error", kind="change", direction="decrease"),
          dict(text="0.8", value=0.8),
          dict(text="9%", value=9.0, metric="error", kind="change", direction="decrease"),
          dict(text="0.5", value=0.5)]),
        ("We propose Kin. Kin improves the mAP by 2.1% (COCO-2017) and 1.7% (LVIS-v1) over the detector alone.",
         [dict(text="2.1%", value=2.1, metric="map", kind="change", direction="increase"),
          dict(text="1.7%", value=1.7, metric="map", kind="change", direction="increase")]),
        ("We propose Kin. Kin improves recall by 3.2% (p < 0.01) and 88% of the users prefer it.",
         [dict(text="3.2%", value=3.2, kind="change", direction="increase"),
          dict(text="88%", value=88.0, kind="absolute")]),
    ],
    # kind.list: a lower bound may open the next item as "up to" does (gap.kind_list, pool round 19)
    "kind list past a lower bound": [
        ("We propose Kin. Kin raises the hit rate by over 12% on web traces and over 20% on video traces.",
         [dict(text="12%", value=12.0, kind="change", direction="increase", qualifier="more_than"),
          dict(text="20%", value=20.0, kind="change", direction="increase", qualifier="more_than")]),
        ("We propose Kin. Kin reaches 71% accuracy on web traces and over 80% on video traces.",
         [dict(text="71%", value=71.0, metric="accuracy", kind="absolute"),
          dict(text="80%", value=80.0, kind="absolute", qualifier="more_than")]),
    ],
    # a clause of contrast after a change gives it no direction (kind._NEW_CLAUSE, pool round 19)
    "direction not from the next clause": [
        ("We propose Kin. With Kin, the recall only falls 2%, while precision is higher on every split.",
         [dict(text="2%", value=2.0, kind="change", direction="decrease")]),
        ("We propose Kin. Kin lowers the latency by 12%; the throughput is higher on every trace.",
         [dict(text="12%", value=12.0, metric="latency", kind="change", direction="decrease")]),
    ],
    # kind.list_back: the noun of change after a list's last number covers the earlier ones of the
    # same metric (dev-a d339); a number of another metric, or one a comparative follows, stays.
    "kind list back": [
        ("We propose Kin. Kin yields up to 60% weight and 35% activation memory reduction.",
         [dict(text="60%", value=60.0, metric="memory", kind="change", direction="decrease", qualifier="up_to"),
          dict(text="35%", value=35.0, metric="memory", kind="change", direction="decrease", qualifier="up_to")]),
        ("We propose Kin. Kin gives a 40% key and 25% value cache memory saving over the dense model.",
         [dict(text="40%", value=40.0, kind="change", direction="decrease"),
          dict(text="25%", value=25.0, kind="change", direction="decrease")]),
        ("We propose Kin. Kin reaches 91% accuracy and a 5% latency reduction.",
         [dict(text="91%", value=91.0, metric="accuracy", kind="absolute"),
          dict(text="5%", value=5.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. The planner solves 82% of the tasks and 12% more than the baseline.",
         [dict(text="82%", value=82.0, kind="absolute"),
          dict(text="12%", value=12.0, kind="change", direction="increase")]),
    ],
    # kind.list_back from a comparative right after the last number (round 23: "which are 6.17% and 21.13% higher than
    # SOTA methods"), only across a bare "and"/"or": a comma may set off the change from the level before it.
    "kind list back from a comparative": [
        ("We propose Kin. Kin answers 71.2% and 64.0% of the questions, which are 4.1% and 6.3% higher than GPT-4o, "
         "respectively.",
         [dict(text="71.2%", value=71.2, kind="absolute"), dict(text="64.0%", value=64.0, kind="absolute"),
          dict(text="4.1%", value=4.1, kind="change", direction="increase"),
          dict(text="6.3%", value=6.3, kind="change", direction="increase")]),
        ("We propose Kin. On the two boards, Kin's p99 latency is 12% or 18% lower than the stock server.",
         [dict(text="12%", value=12.0, metric="latency", kind="change", direction="decrease"),
          dict(text="18%", value=18.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. Kin keeps a cost-of-pass of 0.51, 22% lower than PAR-RAG.",
         [dict(text="0.51", value=0.51, kind="absolute"),
          dict(text="22%", value=22.0, kind="change", direction="decrease")]),
    ],
    # Slash lists (dev-a d271, d052): the first of two numbers joined by "/" takes the second's
    # change (kind.list_back), a label in brackets before a comparative is read past
    # (kind.comparative_after), and a qualifier before the first covers the second (qualifier.list).
    "slash lists": [
        ("We propose Kin. Kin keeps a recall just 2.1%/3.4% (day/night) below the supervised model.",
         [dict(text="2.1%", value=2.1, kind="change", direction="decrease"),
          dict(text="3.4%", value=3.4, kind="change", direction="decrease")]),
        ("We propose Kin. Kin cuts up to 31%/44% of the P50/P99 latency over vLLM.",
         [dict(text="31%", value=31.0, metric="latency", kind="change", direction="decrease", qualifier="up_to"),
          dict(text="44%", value=44.0, metric="latency", kind="change", direction="decrease", qualifier="up_to")]),
        ("We propose Kin. The student stays 1.2% (absolute) lower than the teacher.",
         [dict(text="1.2%", value=1.2, kind="change", direction="decrease")]),
        ("We propose Kin. Kin reaches 81.0%/79.5% accuracy on the two splits.",
         [dict(text="81.0%", value=81.0, metric="accuracy", kind="absolute", qualifier=None),
          dict(text="79.5%", value=79.5, metric="accuracy", kind="absolute", qualifier=None)]),
    ],
    # kind.evaluative_polarity: for a family that improves by falling, "worse" means an increase;
    # a quantity that improves by rising (words.rises_better) keeps "improves" an increase.
    "evaluative polarity": [
        # a "+" before the size of a lead is the lead's sign: the error fell
        ("We propose Kin. Kin leads every baseline in mean absolute error (+8.4%) on the wind stations.",
         [dict(text="+8.4%", value=8.4, metric="error", kind="change", direction="decrease")]),
        ("We propose Kin. On the wind stations Kin stays ahead of IFS in RMSE by +3.1%.",
         [dict(text="+3.1%", value=3.1, metric="error", kind="change", direction="decrease")]),
        ("We propose Kin. Under contention the baseline loses 4.9% in MAE.",
         [dict(text="4.9%", value=4.9, metric="error", kind="change", direction="increase")]),
        ("We propose Kin. Without the cache the server loses 20% in tail latency.",
         [dict(text="20%", value=20.0, metric="latency", kind="change", direction="increase")]),
        ("We propose Kin. Under noise the accuracy loses 2%.",
         [dict(text="2%", value=2.0, metric="accuracy", kind="change", direction="decrease")]),
        # "gains" of a falling family are savings: the energy fell (tuned8 p-2506.21371)
        ("We propose Kin. Kin delivers up to 54% energy gains at a small accuracy cost.",
         [dict(text="54%", value=54.0, metric="energy", kind="change", direction="decrease")]),
        ("We propose Kin. Kin yields 30% latency gains on the edge board.",
         [dict(text="30%", value=30.0, metric="latency", kind="change", direction="decrease")]),
        ("We propose Kin. Kin yields 30% accuracy gains on GLUE.",
         [dict(text="30%", value=30.0, metric="accuracy", kind="change", direction="increase")]),
        ("We propose Kin. The accelerator improves memory bandwidth by 2.1x and memory footprint by 1.6x over the GPU.",
         [dict(text="2.1x", value=2.1, metric="memory", kind="ratio", direction="increase"),
          dict(text="1.6x", value=1.6, metric="memory", kind="ratio", direction="decrease")]),
    ],
    # words.completes_cue: a bound word joins a cue to its figure ("accuracy above 85%"); such a number
    # keeps its cue against metric.forward, and its bound covers no item that names its own metric.
    "bound after a cue": [
        ("We propose Kin. The pilot reported transcription accuracy above 85%, and 90% emotion-detection precision.",
         [dict(text="85%", value=85.0, metric="accuracy", qualifier="more_than"),
          dict(text="90%", value=90.0, metric="other", qualifier=None)]),
        ("We propose Kin. The detector keeps recall over 0.91 and latency below 12 ms on the edge box.",
         [dict(text="0.91", value=0.91, metric="other", qualifier="more_than"),
          dict(text="12 ms", value=12.0, metric="latency", qualifier="less_than")]),
        ("We propose Kin. Kin holds tail latency under 20 ms, and 3,000 QPS throughput on one node.",
         [dict(text="20 ms", value=20.0, metric="latency", qualifier="less_than"),
          dict(text="3,000 QPS", value=3000.0, metric="throughput", qualifier=None)]),
        # a qualifier before a list of items each named after its number still covers the list
        ("We propose Kin. Kin reaches up to 4.5x speedup and 5.3x energy reduction over the GPU.",
         [dict(text="4.5x", value=4.5, metric="speedup", qualifier="up_to"),
          dict(text="5.3x", value=5.3, metric="energy", qualifier="up_to")]),
    ],
    # metric.change_in: a number of change names its quantity by the phrase after "in" (pool round 16):
    # the cue the phrase holds, else `other`, over the previous item of a list or a cue carried from
    # elsewhere; a phrase of a setting, or one with no cue after "by" a named metric, changes nothing.
    "change in a phrase": [
        ("We propose Kin. Kin shows a 40% reduction in duplicated lookups and a 61% improvement in answer faithfulness scores.",
         [dict(text="40%", value=40.0, metric="other", kind="change", direction="decrease"),
          dict(text="61%", value=61.0, metric="other", metric_text="answer faithfulness scores", kind="change",
               direction="increase")]),
        # the phrase ends before a preposition of place or extent ("around", "within", "beyond")
        ("We propose Kin. Kin finds a 12-18% drop in crop yield around the flooded districts.",
         [dict(text="12-18%", value=18.0, value_low=12.0, metric="other", metric_text="crop yield", kind="change",
               direction="decrease")]),
        ("We propose Kin. Kin yields a 7% gain in user engagement within the first week.",
         [dict(text="7%", value=7.0, metric="other", metric_text="user engagement", kind="change",
               direction="increase")]),
        ("We propose Kin. Kin cuts energy by 22%, with a 9.5% gain in pedestrian detection AUC.",
         [dict(text="22%", value=22.0, metric="energy"), dict(text="9.5%", value=9.5, metric="auc")]),
        ("We propose Kin. Kin beats the strongest baseline by up to 18% in coherence scores on long inputs.",
         [dict(text="18%", value=18.0, metric="other", kind="change", direction="increase")]),
        ("We propose Kin. Kin raises top-1 accuracy by 2.4%, along with reductions of 31% in mean absolute error (MAE).",
         [dict(text="2.4%", value=2.4, metric="accuracy"), dict(text="31%", value=31.0, metric="error")]),
        # a setting after "in", and a detail of the named metric after "by": the cue before stays
        ("We propose Kin. Kin improves accuracy by 6.1% in the few-shot setting.",
         [dict(text="6.1%", value=6.1, metric="accuracy")]),
        ("We propose Kin. Kin improves retrieval accuracy by 4.2% in R@5 on average.",
         [dict(text="4.2%", value=4.2, metric="accuracy")]),
    ],
    # accuracy.correctness: "correct" right after a percent is the share of right answers (pool round 20); a share
    # of incorrect items, or "correct" far from the number, is not.
    "percent correct": [
        ("We propose Kin. Kin answers 82% correct on the chemistry quiz and a 68.4 percent correct rate on law.",
         [dict(text="82%", value=82.0, metric="accuracy", metric_text="correct"),
          dict(text="68.4 percent", value=68.4, unit="%", metric="accuracy", metric_text="correct rate")]),
        ("We propose Kin. The Kin verifier accepts 12% of incorrect proofs.",
         [dict(text="12%", value=12.0, metric="other")]),
        ("We propose Kin. Kin flags 35% of the logs, of which the reviewers judge most correct.",
         [dict(text="35%", value=35.0, metric="other")]),
    ],
    # accuracy.leaderboard_short: "PA" is pixel accuracy only right after a percent; a power amplifier elsewhere.
    "pixel accuracy short form": [
        ("We propose Kin. Kin reaches 88.1% PA on the camouflage set.",
         [dict(text="88.1%", value=88.1, metric="accuracy", metric_text="PA")]),
        ("We propose Kin. Kin lowers the PA energy by 12% and the energy of the GaN PA by 9%.",
         [dict(text="12%", value=12.0, metric="energy"), dict(text="9%", value=9.0, metric="energy")]),
    ],
    # labels.own_words_before_list: a number of a list followed by words of its own, while the next number's cue
    # follows that number at once, does not take the cue (pool round 21: "0.455 average overlap and 0.509
    # accuracy" took accuracy, "12.9% NDS and 9.5% mAP" mAP); parallel modifiers and qualifying words still share it.
    "own words before a list's cue": [
        ("We propose Kin. Kin reaches 0.71 mean overlap and 0.64 precision on the tracking set.",
         [dict(text="0.71", value=0.71, metric="other"), dict(text="0.64", value=0.64, metric="other")]),
        ("We propose Kin. On the driving benchmark, Kin gains 4.2% NDS and 3.8% mAP over the camera-only detector.",
         [dict(text="4.2%", value=4.2, metric="other"), dict(text="3.8%", value=3.8, metric="map")]),
        ("We propose Kin. Kin reaches 91.5% white-box and 72.0% black-box attack success rates.",
         [dict(text="91.5%", value=91.5, metric="success_rate"), dict(text="72.0%", value=72.0, metric="success_rate")]),
        ("We propose Kin. Kin brings 6.1% relative and 2.3% absolute accuracy gains on the test set.",
         [dict(text="6.1%", value=6.1, metric="accuracy"), dict(text="2.3%", value=2.3, metric="accuracy")]),
        ("We propose Kin. The fused kernels reach 2.1x per-layer and 1.6x end-to-end speedup on an A100.",
         [dict(text="2.1x", value=2.1, metric="speedup"), dict(text="1.6x", value=1.6, metric="speedup")]),
        ("We propose Kin. Kin reaches 88.2%, 85.1%, and 80.4% accuracy on the three splits.",
         [dict(text="88.2%", value=88.2, metric="accuracy"), dict(text="85.1%", value=85.1, metric="accuracy"),
          dict(text="80.4%", value=80.4, metric="accuracy")]),
    ],
    # unit_clash.unit_rules_out: a family from a cue elsewhere that the number's own unit rules out (pool round 21:
    # "(~+2.0 dB)" after "25x faster" speedup, "from 0.4 m to 1.2 m" before "frames per second" throughput, "3.5
    # percentage points" of "improved performance" speedup, "~27.84°" AUC); errors, PSNR and power keep theirs.
    "a unit that rules out the family": [
        ("We propose Kin. Kin renders 12x faster, with better quality (+1.4 dB).",
         [dict(text="12x", value=12.0, metric="speedup"), dict(text="+1.4 dB", value=1.4, metric="other")]),
        ("We propose Kin. The sensor covers distances from 0.5 m to 2.0 m, producing depth maps at 30 frames per second.",
         [dict(text="from 0.5 m to 2.0 m", value=2.0, metric="other"),
          dict(text="30 frames per second", value=30.0, metric="throughput")]),
        ("We propose Kin. Kin improved performance by 3.5 percentage points over the baseline.",
         [dict(text="3.5 percentage points", value=3.5, metric="other", kind="change")]),
        ("We propose Kin. Kin reaches 31.2 dB PSNR and 0.4 dB higher than the baseline.",
         [dict(text="31.2 dB", value=31.2, metric="psnr"), dict(text="0.4 dB", value=0.4, metric="psnr")]),
        ("We propose Kin. Kin lowers the localization error from 1.2 m to 0.4 m and 0.3 m on the two sites.",
         [dict(text="from 1.2 m to 0.4 m", value=0.4, metric="error"), dict(text="0.3 m", value=0.3, metric="error")]),
        ("We propose Kin. In phantom studies, Kin reaches sub-voxel accuracy (0.31 mm) on all scans.",
         [dict(text="0.31 mm", value=0.31, metric="accuracy")]),
        ("We propose Kin. Kin raises accuracy by 4.1 percentage points and cuts latency by 30%.",
         [dict(text="4.1 percentage points", value=4.1, metric="accuracy"),
          dict(text="30%", value=30.0, metric="latency")]),
    ],
    # metric.performance_factor: a factor is a speedup by "performance" before it in its sentence (spec 3); a
    # "performance" after it or in the sentence before names no factor of another noun (pool round 21: "decreases
    # language confusion by an order of magnitude", "the unreliability more than doubles", "reducing the model complexity by half").
    "performance factor from afar": [
        ("We propose Kin. Kin improves the performance of sparse training by 3.1x on the cluster.",
         [dict(text="3.1x", value=3.1, metric="speedup")]),
        ("We propose Kin. Kin delivers 2.4x higher performance than the GPU baseline.",
         [dict(text="2.4x", value=2.4, metric="speedup")]),
        ("We propose Kin. The results show that Kin improves the end-to-end performance of graph analytics jobs on "
         "shared clusters by 2.6x over the default scheduler.",
         [dict(text="2.6x", value=2.6, metric="speedup")]),
        ("We propose Kin. Kin reduces citation drift substantially, often by an order of magnitude, without hurting "
         "task performance.",
         [dict(text="an order of magnitude", value=10.0, metric="other")]),
        ("We propose Kin. Kin shows a 0.8% gain on the SAR benchmark over Kin V1 and strong performance overall. It "
         "also reduces the model complexity by half.",
         [dict(text="0.8%", value=0.8, metric="other"), dict(text="by half", value=2.0, metric="other")]),
    ],
    # error.wer: "SER" is an error rate only right beside a number; a system or task called SER is not.
    "short error acronyms": [
        ("We propose SER. On the video benchmark, SER reaches 49.6% mLGM with a 3.1% gain in accuracy.",
         [dict(text="49.6%", value=49.6, metric="other"), dict(text="3.1%", value=3.1, metric="accuracy")]),
    ],
    # words.own_quantity_before: an item of a list of changes named by its own lower-case words, with no article, is
    # its own quantity, not the first item's (pool round 24: "agent calls by 17%" took cost from "token usage").
    "own quantity of a list item": [
        ("We propose Kin. Kin reduces token usage by 28%, agent calls by 17%, and time-to-success by 19% compared to "
         "random delegation.",
         [dict(text="28%", value=28.0, metric="cost", kind="change", direction="decrease"),
          dict(text="17%", value=17.0, metric="other", kind="change", direction="decrease"),
          dict(text="19%", value=19.0, metric="other", kind="change", direction="decrease")]),
        ("We propose Kin. On the VQA suite, Kin raises task accuracy by up to 28.5 points and annotation quality by "
         "up to 1.48x.",
         [dict(text="28.5", value=28.5, metric="accuracy", qualifier="up_to"),
          dict(text="1.48x", value=1.48, metric="other", kind="ratio", qualifier="up_to")]),
        # near misses: a system beaten, a place and an adverb keep the first item's metric
        ("We propose Kin. Kin improves accuracy over LoRA by 2.1% and full fine-tuning by 0.8% on GLUE.",
         [dict(text="2.1%", value=2.1, metric="accuracy"), dict(text="0.8%", value=0.8, metric="accuracy")]),
        ("We propose Kin. Kin improves accuracy by 2.3% on CIFAR-100, and on ImageNet by 1.1%.",
         [dict(text="2.3%", value=2.3, metric="accuracy"), dict(text="1.1%", value=1.1, metric="accuracy")]),
        ("We propose Kin. Kin lowers the EER by 12% against the strongest unsupervised rival, and by more than 30% "
         "against the best supervised one.",
         [dict(text="12%", value=12.0, metric="error"), dict(text="30%", value=30.0, metric="error", qualifier="more_than")]),
        ("We propose Kin. On LeafSet, Kin reaches 68.4 mAP, outperforming YOLOv11 by 7.1 percent and MaskDINO by "
         "6.5 percent.",
         [dict(text="68.4", value=68.4, metric="map"), dict(text="7.1 percent", value=7.1, metric="map"),
          dict(text="6.5 percent", value=6.5, metric="map")]),
    ],
    # borrowed.names_kept: a cue of a quantity the method keeps ("while retaining accuracy", "without sacrificing
    # accuracy", "with negligible accuracy drop") types no other figure of its sentence (pool round 24).
    "kept quantity": [
        ("We propose Kin. The coarse mesh allows larger elements, with more than 95% reduction in solver time, "
         "while retaining prediction accuracy.",
         [dict(text="95%", value=95.0, metric="other", kind="change", direction="decrease", qualifier="more_than")]),
        ("We propose Kin. On Llama, Kin reaches around 57% across both stages with negligible accuracy drop.",
         [dict(text="57%", value=57.0, metric="other", qualifier="about")]),
        ("We propose Kin. Kin scores 83.2 on InfoVQA and 34.5 on ScreenSpot-Pro, while maintaining lower "
         "computational cost.",
         [dict(text="83.2", value=83.2, metric="other"), dict(text="34.5", value=34.5, metric="other")]),
        ("We propose Kin. Kin lifts the pass rate by 12 points on HumanEval without sacrificing latency.",
         [dict(text="12", value=12.0, metric="accuracy", kind="change", direction="increase")]),
        # near misses: a measured quantity of the sentence still types the figure
        ("We propose Kin. Kin improves by 3.2 points on GSM8K and matches the accuracy of GPT-4 on MMLU.",
         [dict(text="3.2", value=3.2, metric="accuracy", kind="change", direction="increase")]),
        ("We propose Kin. Kin cuts latency by 41% while maintaining accuracy above 98% on ImageNet.",
         [dict(text="41%", value=41.0, metric="latency", kind="change", direction="decrease"),
          dict(text="98%", value=98.0, metric="accuracy", qualifier="more_than")]),
        ("We propose Kin. Kin reaches the best accuracy (60.6%) while maintaining a cost-of-pass of 0.51, 22% lower "
         "than ReAct.",
         [dict(text="60.6%", value=60.6, metric="accuracy"), dict(text="0.51", value=0.51, metric="cost"),
          dict(text="22%", value=22.0, metric="cost", kind="change", direction="decrease")]),
        ("We propose Kin. The imputer maintains high accuracy across all clinical variables (93.5-99.8 percent).",
         [dict(text="93.5-99.8 percent", value=99.8, value_low=93.5, metric="accuracy")]),
    ],
    # metric.gain_toward_level (forward_metric.py, round 25): a gain that names no metric, then the level of a
    # named quality metric it leads to, is a gain of that metric; "while maintaining" keeps another claim's metric.
    "gain toward a level": [
        ("We propose Kin. Retrieval adds another 4 percentage points, achieving 93% accuracy on the held-out clinics.",
         [dict(text="4 percentage points", value=4.0, metric="accuracy", kind="change", direction="increase"),
          dict(text="93%", value=93.0, metric="accuracy")]),
        ("We propose Kin. The reranker lifts performance by 6.1%, reaching an F1 of 88.4% on the legal corpus.",
         [dict(text="6.1%", value=6.1, metric="f1", kind="change", direction="increase"),
          dict(text="88.4%", value=88.4, metric="f1")]),
        ("We propose Kin. Self-play contributes a further 3.5 pp, thereby achieving a 71.2% success rate on the "
         "household tasks.",
         [dict(text="3.5 pp", value=3.5, metric="success_rate", kind="change", direction="increase"),
          dict(text="71.2%", value=71.2, metric="success_rate")]),
        # near misses: a kept metric, a gain that names its own quantity, a factor, a level far away
        ("We propose Kin. Kin improves by 12% over the baseline while maintaining 95% accuracy on the test set.",
         [dict(text="12%", value=12.0, metric="other", kind="change", direction="increase"),
          dict(text="95%", value=95.0, metric="accuracy")]),
        ("We propose Kin. Kin reduces annotation effort by 40%, achieving 91% accuracy with half the labels.",
         [dict(text="40%", value=40.0, metric="other", kind="change", direction="decrease"),
          dict(text="91%", value=91.0, metric="accuracy")]),
    ],
    # metric.forward across parallel "by" items of one verb (gap.forward_by, round 25): the cue after the last
    # item is every item's where the earlier ones found none; an item with its own quantity keeps it.
    "forward across by items": [
        ("We propose Kin. Kin beats the strongest retriever on NQ by 3.1% and on TriviaQA by 2.4% in exact match.",
         [dict(text="3.1%", value=3.1, metric="accuracy", kind="change", direction="increase"),
          dict(text="2.4%", value=2.4, metric="accuracy", kind="change", direction="increase")]),
        ("We propose Kin. Kin outperforms the prior parser by 1.9 and the LLM baselines by 4.2 in macro F1.",
         [dict(text="1.9", value=1.9, metric="f1", kind="change", direction="increase"),
          dict(text="4.2", value=4.2, metric="f1", kind="change", direction="increase")]),
        ("We propose Kin. Kin cuts the latency by 30% and the memory by 45% relative to vLLM.",
         [dict(text="30%", value=30.0, metric="latency", kind="change", direction="decrease"),
          dict(text="45%", value=45.0, metric="memory", kind="change", direction="decrease")]),
        ("We propose Kin. Kin reduces labeling effort by 60% and improves the detector by 2.5% in mAP.",
         [dict(text="60%", value=60.0, metric="other", kind="change", direction="decrease"),
          dict(text="2.5%", value=2.5, metric="map", kind="change", direction="increase")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_exact_claims(text, expected):
    assert_exact_claims(text, expected)
