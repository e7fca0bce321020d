"""A gain in decibels that names no metric, in a paper of image or video restoration, reconstruction
or synthesis, is a PSNR (spec 3 `psnr`): "outperforms existing networks by about 0.5 dB, effectively
improving the performance of HSI reconstruction", "a remarkable performance improvement of up to 1.62
dB" of a video restoration method. Probe tuned's gold types "+2.59 dB more accurate" of a video
deblurring method `psnr` though its abstract never says PSNR. Where the number's sentence speaks of
a signal, channel or sound (words.signal_level: "a 15 dB gain at a BER of 1e-2", "50.02 dB on audio
reconstruction") the level stays `other`.
"""
from __future__ import annotations

from .draft import UNNAMED_METRIC, Draft
from .rulebook.cues import word_pattern

RULES = {
    "metric.image_decibels": 'a figure in dB that no cue names (`other` as "performance": no cue, a bare '
        '"performance", its own quantity) in a paper whose title or abstract names an image or video restoration, reconstruction or synthesis task '
        '(words.image_restoration_task) is a PSNR, unless its sentence speaks of a signal, channel or sound '
        '(words.signal_level)',
}


def image_decibels(title: str | None, text: str, sentences: list[tuple[int, int]], drafts: list[Draft]) -> None:
    """Type `psnr` each unnamed figure in dB of `drafts` where the paper restores or reconstructs images."""
    unnamed = [draft for draft in drafts if draft.number.unit == "dB" and _names_no_metric(draft)]
    if not unnamed:
        return
    task = word_pattern("words.image_restoration_task")
    if not (task.search(text) or (title and task.search(title))):
        return
    signal_in: dict[int, bool] = {}     # read once per sentence, however many figures it lists
    for draft in unnamed:
        index = draft.sentence_index
        if index not in signal_in:
            signal_in[index] = word_pattern("words.signal_level").search(text, *sentences[index]) is not None
        if signal_in[index]:
            continue
        draft.metric, draft.metric_text, draft.metric_hit = "psnr", "dB", None
        draft.metric_how = "metric.image_decibels"
        draft.decide("metric", "metric.image_decibels", "words.image_restoration_task")
        draft.rule_ids.append("metric.image_decibels")


def _names_no_metric(draft: Draft) -> bool:
    """No cue, a bare "performance" ("a performance improvement of up to 1.62 dB"), or its own quantity
    after it ("+5.16 dB in image reconstruction"): every rule that names none gives `other` as "performance"."""
    return draft.metric == "other" and draft.metric_text.lower() == UNNAMED_METRIC
