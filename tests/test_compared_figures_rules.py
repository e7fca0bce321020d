"""filter.compared_figure (claims/extraction/compared_figures.py): the figures bracketed after the name of a
compared system are that system's, not the paper's outcome, where no pair made them a baseline_value (round 26:
the largest cause of false claims on the union sample, 12 of 52; pool26 32 papers, mine16 14). Synthetic
sentences of other domains with the exact claims; near misses where the bracket holds the paper's own figure."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    # after the paper's figure in its clause: every figure of the compared system's bracket, and of the next
    # brackets of its list
    "after the paper's figure": [
        ("We propose Kin. Kin reaches a BLEU of 31.4 and a chrF of 58.2 on WMT14, outperforming the strongest prior "
         "system Marian (BLEU 29.8, chrF 56.9) at equal cost.",
         [dict(text="31.4", value=31.4, metric="bleu", kind="absolute"), dict(text="58.2", value=58.2, kind="absolute")]),
        ("We propose Kin. Kin answers in 18 ms at 92.1% recall, compared to FAISS-IVF (41 ms, 90.3% recall) and "
         "ScaNN (35 ms, 91.0% recall).",
         [dict(text="18 ms", value=18.0, metric="latency", kind="absolute")]),
        ("We propose Kin. Kin reaches 0.91 AUC, outperforming the radiologists (0.84 AUC).",
         [dict(text="0.91", value=0.91, metric="auc", kind="absolute")]),
        # "while" before a participle goes on with the paper's system
        ("We propose Kin. Kin lowers the word error rate to 7.9% on the noisy split, while also beating "
         "Whisper-large (9.4% WER) and Conformer-CTC (10.2% WER).",
         [dict(text="7.9%", value=7.9, metric="error", kind="absolute")]),
    ],
    # no figure of the paper before: the comparison opens the sentence, or the paper's margin follows the bracket
    "opening the sentence or before the margin": [
        ("We propose Kin. Compared with TensorRT (4.2 ms) and ONNX Runtime (6.8 ms), Kin serves each frame in 3.1 ms "
         "on the Jetson Orin.",
         [dict(text="3.1 ms", value=3.1, kind="absolute")]),
        ("We propose Kin. On the held-out scans, Kin exceeds the nnU-Net ensemble (0.861 Dice) by 2.3 points.",
         [dict(text="2.3", value=2.3, kind="change", direction="increase")]),
    ],
    # near misses: the bracket holds the paper's own figures
    "own figures in the bracket": [
        # the name is left by a preposition: the bracket is the paper's list of results
        ("We propose Kin. Kin outperforms all baselines on three benchmarks (85.1%, 80.2% and 77.3%).",
         [dict(text="85.1%", value=85.1), dict(text="80.2%", value=80.2), dict(text="77.3%", value=77.3)]),
        # a gain, a measure of agreement, a bound
        ("We propose Kin. Kin reaches 71.2% accuracy and beats GPT-4o on the audit set (+6.2%).",
         [dict(text="71.2%", value=71.2), dict(text="+6.2%", value=6.2, kind="change")]),
        ("We propose Kin. Kin reaches 91% accuracy, compared against two radiologists (kappa = 0.78).",
         [dict(text="91%", value=91.0), dict(text="0.78", value=0.78)]),
        ("We propose Kin. Kin keeps the image quality higher than prior caches (>31 dB) at 2.1x the speed.",
         [dict(text="31 dB", value=31.0, qualifier="more_than"), dict(text="2.1x", value=2.1)]),
        # no figure of the paper before, in another clause: the subject's own figure
        ("We propose Kin. Kin reaches 83% alignment with drug classes, while cosine similarity outperformed the "
         "other distances (F1 of 0.71).",
         [dict(text="83%", value=83.0), dict(text="0.71", value=0.71, metric="f1")]),
        # each system with its figure bracketed after its name: the systems the paper measured
        ("We propose Kin. The accuracy of the Kin network (89%) is higher than the plain LSTM network (71%).",
         [dict(text="89%", value=89.0), dict(text="71%", value=71.0)]),
        # a LaTeX bracket of inline math after "over" is no compared system
        ("We propose Kin. Kin improves accuracy in over \\(88.19\\%\\) of the settings.",
         [dict(text="88.19\\%", value=88.19)]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_compared_figures(text, expected):
    assert_exact_claims(text, expected)
