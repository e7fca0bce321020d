"""Template grid of quality-score phrasings (round 17, helper tmplq).

FRAMES are the sentence shapes abstracts use to state a quality score (accuracy, F1, AUC, mAP, BLEU,
error rates, perplexity, PSNR, success rates, other scores); each is crossed with FILLERS (subjects,
metric names, number forms, baselines, datasets) and rendered with the claims CLAIMS_SPEC v1.3 gives
it. Only the score fields are asserted (text, value, value_low, metric family, kind, direction,
unit, qualifier, and baseline_value for pairs); context fields belong to another grid.

Each frame names a regex whose count on the round-16 pool (/work/probe16/mine16.jsonl) justifies it
as common: see docs/round17/tmplq.md for the counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

# --- fillers ---------------------------------------------------------------------------------------

SUBJECTS = ["We propose Kin. Kin", "Our method", "Our proposed approach", "The proposed framework",
            "Experiments show that our model", "This paper presents Kin, which", "Our proposed model",
            "Extensive experiments demonstrate that MedSeg-Net"]
DATASETS = ["ImageNet", "COCO", "WMT14 En-De", "CIFAR-100", "SQuAD v2.0", "LibriSpeech test-clean",
            "GSM8K", "MIMIC-III", "ADE20K", "the BraTS 2021 benchmark"]
BASELINES = ["Tan", "the strongest baseline", "GPT-4", "ResNet-50", "LLaMA-2-7B",
             "state-of-the-art methods", "YOLOv8", "prior work"]


@dataclass(frozen=True)
class Metric:
    name: str           # as written
    family: str         # CLAIMS_SPEC section 3
    article: str        # "a" or "an" before the name
    lower_better: bool  # error-like: reductions are its improvements
    scale: str          # "pct": percentages; "unit": 0-1 decimals; "score": bare score; "db": dB


METRICS = [
    Metric("accuracy", "accuracy", "an", False, "pct"),
    Metric("top-1 accuracy", "accuracy", "a", False, "pct"),
    Metric("exact match accuracy", "accuracy", "an", False, "pct"),
    Metric("pass@1", "accuracy", "a", False, "pct"),
    Metric("AUC", "auc", "an", False, "unit"),
    Metric("AUROC", "auc", "an", False, "pct"),
    Metric("F1 score", "f1", "an", False, "pct"),
    Metric("macro-F1", "f1", "a", False, "unit"),
    Metric("F$_1$", "f1", "an", False, "unit"),
    Metric("mAP", "map", "an", False, "score"),
    Metric("box AP", "map", "a", False, "score"),
    Metric("BLEU", "bleu", "a", False, "score"),
    Metric("WER", "error", "a", True, "pct"),
    Metric("error rate", "error", "an", True, "pct"),
    Metric("MAE", "error", "an", True, "unit"),
    Metric("RMSE", "error", "an", True, "unit"),
    Metric("perplexity", "perplexity", "a", True, "score"),
    Metric("PSNR", "psnr", "a", False, "db"),
    Metric("success rate", "success_rate", "a", False, "pct"),
    Metric("attack success rate", "success_rate", "an", False, "pct"),
    Metric("mIoU", "other", "an", False, "pct"),
    Metric("Dice score", "other", "a", False, "unit"),
    Metric("recall", "other", "a", False, "pct"),
    Metric("FID", "other", "an", True, "score"),
    Metric("NDCG@10", "other", "an", False, "unit"),
]
HIGHER = [m for m in METRICS if not m.lower_better]
LOWER = [m for m in METRICS if m.lower_better]

# Absolute figures by scale: (written, value, unit); several forms of the same kind of number.
ABSOLUTE = {
    "pct": [("85.2%", 85.2, "%"), ("91.47\\%", 91.47, "%"), ("76 %", 76.0, "%"), ("63.8%", 63.8, "%"),
            ("99.1\\%", 99.1, "%"), ("58%", 58.0, "%")],
    "unit": [("0.953", 0.953, None), ("0.87", 0.87, None), ("0.912", 0.912, None), ("0.6", 0.6, None)],
    "score": [("47.3", 47.3, None), ("32.15", 32.15, None), ("28", 28.0, None), ("12.6", 12.6, None),
              ("41.07", 41.07, None)],
    "db": [("32.5 dB", 32.5, "dB"), ("28.71dB", 28.71, "dB"), ("36 dB", 36.0, "dB")],
}
SECOND = {"pct": ("71.4%", 71.4, "%"), "unit": ("0.842", 0.842, None), "score": ("39.8", 39.8, None),
          "db": ("30.1 dB", 30.1, "dB")}
# An older figure below (or, for lower-better metrics, above) each absolute, for pairs.
def _older(value: float, metric: Metric) -> float:
    return round(value * (1.1 if metric.lower_better else 0.9), 2)

# Changes: (written, text the claim has, value, value_low, unit). "N points" has no unit and its
# claim is the number (held11: "N points" and "+6 AP" have no unit); "percentage points" is pp.
CHANGES_PCT = [("2.3%", "2.3%", 2.3, None, "%"), ("4.15\\%", "4.15\\%", 4.15, None, "%"),
               ("3 points", "3", 3.0, None, None), ("1.8 percentage points", "1.8 percentage points", 1.8, None, "pp"),
               ("12.7%", "12.7%", 12.7, None, "%"), ("0.9 pp", "0.9 pp", 0.9, None, "pp"),
               ("2.1-3.4%", "2.1-3.4%", 3.4, 2.1, "%")]
CHANGES_SCORE = [("2.3", "2.3", 2.3, None, None), ("1.45 points", "1.45", 1.45, None, None),
                 ("4", "4", 4.0, None, None), ("0.8 points", "0.8", 0.8, None, None)]
CHANGES_DB = [("0.52 dB", "0.52 dB", 0.52, None, "dB"), ("1.3dB", "1.3dB", 1.3, None, "dB")]
FACTORS = [("2x", 2.0), ("3.5×", 3.5), ("2$\\times$", 2.0), ("4.2 times", 4.2), ("1.7X", 1.7)]


def _changes(metric: Metric) -> list:
    if metric.scale == "db":
        return CHANGES_DB
    if metric.scale in ("score", "unit"):
        return CHANGES_SCORE if metric.scale == "score" else [c for c in CHANGES_PCT if c[4] == "%"]
    return CHANGES_PCT


def _claim(text, value, metric, kind, direction=None, unit=None, qualifier=None, value_low=None, **more):
    claim = {"text": text, "value": value, "metric": metric.family, "kind": kind, "direction": direction,
             "unit": unit, "qualifier": qualifier, "value_low": value_low}
    claim.update(more)
    return claim


# --- frames ----------------------------------------------------------------------------------------
# Each frame: (id, pool regex, metrics it takes, render(slots) -> (sentence, claims)).

def _abs(frame_text, qualifier=None, metrics=METRICS):
    def render(s, m, n, d, b, i):
        written, value, unit = ABSOLUTE[m.scale][i % len(ABSOLUTE[m.scale])]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, V=written, D=d, B=b)
        return sentence, [_claim(written, value, m, "absolute", unit=unit, qualifier=qualifier)]
    return render, metrics


def _abs_q(frame_text, word, qualifier, metrics=METRICS):
    """A qualifier word written before the figure; the claim's text is the figure alone."""
    def render(s, m, n, d, b, i):
        written, value, unit = ABSOLUTE[m.scale][i % len(ABSOLUTE[m.scale])]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, V=f"{word} {written}", D=d, B=b)
        return sentence, [_claim(written, value, m, "absolute", unit=unit, qualifier=qualifier)]
    return render, metrics


def _respectively(frame_text):
    def render(s, m, n, d, b, i):
        written, value, unit = ABSOLUTE[m.scale][i % len(ABSOLUTE[m.scale])]
        written2, value2, unit2 = SECOND[m.scale]
        d2 = DATASETS[(i + 3) % len(DATASETS)]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, V=written, V2=written2, D=d, D2=d2)
        return sentence, [_claim(written, value, m, "absolute", unit=unit),
                          _claim(written2, value2, m, "absolute", unit=unit2)]
    return render, METRICS


def _pair(frame_text, metrics=METRICS, text_form="from {O} to {V}"):
    def render(s, m, n, d, b, i):
        written, value, unit = ABSOLUTE[m.scale][i % len(ABSOLUTE[m.scale])]
        old = _older(value, m)
        old_written = _rewrite(written, value, old)
        sentence = frame_text.format(S=s, M=m.name, A=m.article, V=written, O=old_written, D=d, B=b)
        text = text_form.format(O=old_written, V=written, M=m.name)
        return sentence, [_claim(text, value, m, "absolute", unit=unit, baseline_value=old)]
    return render, metrics


def _rewrite(written: str, value: float, new: float) -> str:
    number = f"{new:g}" if not float(new).is_integer() else str(int(new))
    return written.replace(f"{value:g}" if not float(value).is_integer() else str(int(value)), number, 1)


def _change(frame_text, direction, metrics, qualifier=None):
    def render(s, m, n, d, b, i):
        changes = _changes(m)
        written, text, value, low, unit = changes[i % len(changes)]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, C=written, D=d, B=b)
        return sentence, [_claim(text, value, m, "change", direction, unit, qualifier, low)]
    return render, metrics


def _change_named(frame_text, direction, metrics):
    """'outperforms B by 2.3 mAP': the change is written as a bare score followed by the metric."""
    def render(s, m, n, d, b, i):
        written, text, value, low, unit = CHANGES_SCORE[i % 2 * 2]  # bare forms only: "2.3", "4"
        sentence = frame_text.format(S=s, M=m.name, A=m.article, C=written, D=d, B=b)
        return sentence, [_claim(text, value, m, "change", direction, unit, None, low)]
    return render, metrics


def _change_respectively(frame_text, direction, metrics):
    def render(s, m, n, d, b, i):
        changes = [c for c in _changes(m) if c[3] is None]
        first = changes[i % len(changes)]
        second = _second_change(first)
        d2 = DATASETS[(i + 3) % len(DATASETS)]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, C=first[0], C2=second[0], D=d, D2=d2, B=b)
        return sentence, [_claim(first[1], first[2], m, "change", direction, first[4]),
                          _claim(second[1], second[2], m, "change", direction, second[4])]
    return render, metrics


def _second_change(first):
    """A second change written in the same form as the first (lists rarely mix units)."""
    written, text, value, low, unit = first
    other = round(value * 1.7 + 0.1, 2)
    return (_rewrite(written, value, other), _rewrite(text, value, other), other, None, unit)


def _ratio(frame_text, direction, metrics):
    def render(s, m, n, d, b, i):
        written, value = FACTORS[i % len(FACTORS)]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, F=written, D=d, B=b)
        return sentence, [_claim(written, value, m, "ratio", direction, "x")]
    return render, metrics


def _absolute_and_gain(frame_text, metrics):
    """'achieves 47.3 mAP (+2.3 over B)': the figure and its gain, two claims."""
    def render(s, m, n, d, b, i):
        written, value, unit = ABSOLUTE[m.scale][i % len(ABSOLUTE[m.scale])]
        changes = [c for c in _changes(m) if c[3] is None and "point" not in c[0]]
        cw, ct, cv, _, cu = changes[i % len(changes)]
        sentence = frame_text.format(S=s, M=m.name, A=m.article, V=written, C=cw, D=d, B=b)
        return sentence, [_claim(written, value, m, "absolute", unit=unit),
                          _claim("+" + ct, cv, m, "change", "increase", cu)]
    return render, metrics


PCT_HIGHER = [m for m in HIGHER if m.scale == "pct"]
AVERAGEABLE = [m for m in METRICS if m.name in ("accuracy", "F1 score", "success rate", "recall", "pass@1")]

FRAMES = {
    # absolute figures
    "abs.V_M_on_D": (r"achiev\w* \d+(\.\d+)?\s?(\\?%)? (accuracy|F1|AUC|mAP|BLEU|mIoU)", *_abs("{S} achieves {V} {M} on {D}.")),
    "abs.A_M_of_V": (r"an? (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|PSNR|perplexity|error rate|WER|success rate) of \d", *_abs("{S} achieves {A} {M} of {V} on {D}.")),
    "abs.reaches_V_M": (r"reach\w* (an? )?\d+(\.\d+)?\s?(\\?%)? (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU)", *_abs("{S} reaches {V} {M}.")),
    "abs.sota_M_of_V": (r"state-of-the-art (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|performance) of \d", *_abs("{S} attains a state-of-the-art {M} of {V}.")),
    "abs.in_terms_of": (r"in terms of (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU)", *_abs("{S} achieves {V} in terms of {M} on {D}.")),
    "abs.paren_equals": (r"\((\w+ )?(AUC|AUROC|F1|accuracy|Dice|mAP|mIoU|RMSE|MAE)\s?[=:]\s?\d", *_abs("{S} performs best on {D} ({M} = {V}).")),
    "abs.paren_colon": (r"\((\w+ )?(AUC|AUROC|F1|accuracy|Dice|mAP|mIoU|RMSE|MAE)\s?[=:]\s?\d", *_abs("{S} performs best on {D} ({M}: {V}).")),
    "abs.yields_A_M_of": (r"(yield|obtain|attain)\w* an? (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|error|Dice)", *_abs("{S} yields {A} {M} of {V}.")),
    "abs.with_A_M_of": (r"with an? (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|error rate|Dice|success rate) of \d", *_abs("{S} ranks first on {D}, with {A} {M} of {V}.")),
    "abs.M_of_S_is": (r"(accuracy|F1|AUC|mAP|mIoU) (of|reaches|is) \d", *_abs("The {M} of Kin reaches {V} on {D}.")),
    "abs.surpassing": (r"achiev\w* \d+(\.\d+)?\s?(\\?%)? (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU), (surpass|outperform)", *_abs("{S} achieves {V} {M}, surpassing {B}.")),
    "abs.up_to": (r"up to \d+(\.\d+)?\s?(\\?%)? (\w+ )?(accuracy|F1|AUC|mAP|mIoU|success rate)", *_abs_q("{S} achieves {W} {M}.".replace("{W}", "{V}"), "up to", "up_to", HIGHER)),
    "abs.over": (r"(over|more than) \d+(\.\d+)?\s?(\\?%)? (\w+ )?(accuracy|F1|AUC|mAP|mIoU|success rate)", *_abs_q("{S} achieves {V} {M} on {D}.", "over", "more_than", PCT_HIGHER)),
    "abs.average_M_of": (r"average (accuracy|F1|success rate|recall) of \d", *_abs("{S} achieves an average {M} of {V} across five benchmarks.", "average", AVERAGEABLE)),
    "abs.respectively_M_of": (r"(accuracy|F1|AUC|mAP|mIoU|AUROC|Dice)\w* of \d[^.]{0,40} and \d[^.]{0,80}respectively", *_respectively("{S} achieves {A} {M} of {V} and {V2} on {D} and {D2}, respectively.")),
    "abs.respectively_V_M": (r"\d+(\.\d+)?\s?(\\?%)? and \d+(\.\d+)?\s?(\\?%)? (\w+ )?(accuracy|F1|AUC|mAP|mIoU)[^.]{0,80}respectively", *_respectively("{S} achieves {V} and {V2} {M} on {D} and {D2}, respectively.")),
    # pairs
    "pair.improves_M_from_to": (r"(improv|increas|boost|rais)\w* (the )?(\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate|score) from \d", *_pair("{S} improves {M} from {O} to {V} on {D}.", HIGHER)),
    "pair.M_improves_from_to": (r"(accuracy|F1|AUC|mAP|mIoU|success rate) (improv|increas|ris|ros|jump)\w* from \d", *_pair("With Kin, {M} improves from {O} to {V}.", HIGHER)),
    "pair.reduces_M_from_to": (r"(reduc|decreas|lower|cut)\w* (the )?(\w+ )?(error|WER|MAE|RMSE|perplexity|FID) (rate )?from \d", *_pair("{S} reduces {M} from {O} to {V}.", LOWER)),
    "pair.V_vs_V": (r"\d+(\.\d+)?\s?(\\?%)? (vs\.?|versus) \d", *_pair("{S} achieves {A} {M} of {V} vs. {O} for {B}.", METRICS, "{V} vs. {O}")),
    # changes
    "chg.improves_M_by": (r"improv\w* (the )?(\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate|PSNR) by \d", *_change("{S} improves {M} by {C} on {D}.", "increase", HIGHER)),
    "chg.outperforms_by_in": (r"outperform\w* [^.]{1,60} by \d+(\.\d+)?\s?(\\?%|points|percentage points|pp)? in", *_change("{S} outperforms {B} by {C} in {M}.", "increase", HIGHER)),
    "chg.outperforms_by_M": (r"outperform\w* [^.]{1,60} by \d+(\.\d+)?\s?(mAP|AP|BLEU|mIoU|F1|AUC)", *_change_named("{S} outperforms {B} by {C} {M} on {D}.", "increase", [m for m in HIGHER if m.scale == "score"] + [m for m in METRICS if m.name == "mIoU"])),
    "chg.surpasses_by_terms": (r"(surpass|exceed)\w* [^.]{1,60} by \d", *_change("{S} surpasses {B} by {C} in terms of {M}.", "increase", HIGHER)),
    "chg.improvement_in": (r"\d+(\.\d+)?\s?(\\?%|points?|pp) (absolute |relative )?(improvement|gain|increase) in", *_change("{S} achieves a {C} improvement in {M}.", "increase", HIGHER)),
    "chg.gain_in_over": (r"\d+(\.\d+)?\s?(\\?%|points?|pp) (absolute |relative )?(improvement|gain|increase) in", *_change("{S} yields a {C} gain in {M} over {B}.", "increase", HIGHER)),
    "chg.improves_by_over": (r"improv\w* (the )?(\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate|PSNR) by \d[^.]{0,30} (over|compared)", *_change("{S} improves {M} by {C} over {B}.", "increase", HIGHER)),
    "chg.boosts_by": (r"(boost|increas|rais|enhanc)\w* (the )?(\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate|PSNR) by \d", *_change("{S} boosts {M} by {C}.", "increase", HIGHER)),
    "chg.increases_by_compared": (r"(boost|increas|rais|enhanc)\w* (the )?(\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate|PSNR) by \d", *_change("{S} increases {M} by {C} compared to {B}.", "increase", HIGHER)),
    "chg.higher_M_than": (r"\d+(\.\d+)?\s?(\\?%|points?|pp) higher (\w+ )?(accuracy|F1|AUC|mAP|BLEU|mIoU|success rate)", *_change("{S} achieves {C} higher {M} than {B}.", "increase", HIGHER)),
    "chg.up_to": (r"by up to \d", *_change("{S} improves {M} by up to {C}.", "increase", HIGHER, "up_to")),
    "chg.on_average": (r"by \d+(\.\d+)?\s?(\\?%|points|pp)? on average", *_change("{S} improves {M} by {C} on average.", "increase", HIGHER, "average")),
    "chg.by_an_average_of": (r"by an average of \d", *_change("{S} improves {M} by an average of {C}.", "increase", HIGHER, "average")),
    "chg.absolute_improvement_of": (r"(absolute|relative) (improvement|gain|increase) of \d", *_change("{S} achieves an absolute improvement of {C} in {M}.", "increase", HIGHER)),
    "chg.respectively": (r"by \d+(\.\d+)?\s?(\\?%|points|pp)? and \d+(\.\d+)?\s?(\\?%|points|pp)?[^.]{0,80}respectively", *_change_respectively("{S} improves {M} by {C} and {C2} on {D} and {D2}, respectively.", "increase", HIGHER)),
    "chg.outperforms_respectively": (r"outperform\w* [^.]{1,60} by \d[^.]{0,80}respectively", *_change_respectively("{S} outperforms {B} by {C} and {C2} in {M} on {D} and {D2}, respectively.", "increase", HIGHER)),
    "chg.abs_plus_gain": (r"\(\+\d+(\.\d+)?\s?(\\?%|points|pp)?\)|\(\+\d", *_absolute_and_gain("{S} achieves {V} {M} on {D} (+{C} over {B}).", HIGHER)),
    "chg.reduces_M_by": (r"(reduc|decreas|lower|cut)\w* (the )?(\w+ )?(error|WER|MAE|RMSE|perplexity|FID)( rate)? by \d", *_change("{S} reduces {M} by {C}.", "decrease", LOWER)),
    "chg.lower_M_than": (r"\d+(\.\d+)?\s?(\\?%|points?|pp)? lower (\w+ )?(error|WER|MAE|RMSE|perplexity|FID)", *_change("{S} achieves {C} lower {M} than {B}.", "decrease", LOWER)),
    "chg.reduction_in": (r"\d+(\.\d+)?\s?(\\?%|points?|pp)? (relative )?(reduction|decrease|drop) in (\w+ )?(error|WER|MAE|RMSE|perplexity|FID)", *_change("{S} yields a {C} reduction in {M}.", "decrease", LOWER)),
    "chg.reduces_relative_to": (r"(reduc|lower)\w* (the )?(\w+ )?(error|WER|MAE|RMSE|perplexity|FID)( rate)? by \d[^.]{0,30}(relative to|compared)", *_change("{S} lowers {M} by {C} relative to {B}.", "decrease", LOWER)),
    # factors on error-like scores
    "ratio.reduces_by_factor": (r"(reduc|lower|cut)\w* (the )?(\w+ )?(error|WER|MAE|RMSE|perplexity|FID)( rate)? by (\d+(\.\d+)?\s?(x|×|\$\\times\$|times|-fold))", *_ratio("{S} reduces {M} by {F}.", "decrease", LOWER)),
    "ratio.F_lower_than": (r"\d+(\.\d+)?\s?(x|×|\$\\times\$|times) (lower|smaller|fewer)", *_ratio("{S} achieves {F} lower {M} than {B}.", "decrease", LOWER)),
}


def framed_cases():
    """(frame id, metric name, sentence, expected claims) for every rendering of every frame."""
    for frame_id, (_pool, render, metrics) in FRAMES.items():
        subjects, datasets, baselines = cycle(SUBJECTS), cycle(DATASETS), cycle(BASELINES)
        for index, metric in enumerate(metrics):
            for variant in range(3):
                i = index + variant * 5
                sentence, expected = render(next(subjects), metric, i, next(datasets), next(baselines), i)
                yield frame_id, metric.name, sentence, expected


def cases():
    """(sentence, expected claims) for every rendering of every frame."""
    for _frame, _metric, sentence, expected in framed_cases():
        yield sentence, expected
