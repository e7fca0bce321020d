"""Round 17 phrasing grid for efficiency claims: common frames in which abstracts state speedups,
latency, throughput, energy, power, memory, model size, compute, cost, overhead, area and training
time, crossed with subjects, number forms and qualifiers. Each rendered sentence comes with the
claims the spec (v1.3, sections 2, 3, 7-9) says it holds; only text, value, value_low, unit,
metric, kind, direction and qualifier are asserted (context fields are another grid's).

Every frame is justified by EVIDENCE: a case-insensitive regex of the phrasing, counted by abstract on
the round-16 pool (/work/probe16/mine16.jsonl, 7,028 abstracts) and on the readable tuned corpora
(seeds, dev half A, tuned, tuned8, typ15, ctx15, hw15); the counts are in docs/round17/tmple.md."""
from __future__ import annotations

from itertools import product

# The subject slot: the ways an abstract names the system whose figure follows. The first sentence
# introduces a name, as abstracts do, so that the method stays resolvable.
SUBJECTS = [
    "We propose Kin. Kin",
    "We propose Kin. Our method",
    "We propose Kin. Our proposed approach",
    "We propose Kin. The proposed framework",
    "We propose Kin. Experiments show that our model",
    "This paper presents Kin, which",
]

# Number forms. A factor: (as written, value). A percent: (as written, value).
FACTORS = [("3.1x", 3.1), ("3.1×", 3.1), ("3.1$\\times$", 3.1), ("$3.1\\times$", 3.1), ("3.1 times", 3.1),
           ("12X", 12.0), ("2.45x", 2.45)]
PERCENTS = [("35%", 35.0), ("35\\%", 35.0), ("$35\\%$", 35.0), ("12.5%", 12.5), ("60 percent", 60.0)]
FACTOR_RANGES = [("1.9-2.7x", 2.7, 1.9), ("1.9x-2.7x", 2.7, 1.9), ("1.9x to 2.7x", 2.7, 1.9),
                 ("1.9$\\times$-2.7$\\times$", 2.7, 1.9), ("1.9--2.7$\\times$", 2.7, 1.9)]
PERCENT_RANGES = [("20-45%", 45.0, 20.0), ("20%-45%", 45.0, 20.0), ("20% to 45%", 45.0, 20.0),
                  ("20--45\\%", 45.0, 20.0)]
# Qualifiers written before the number: (words, qualifier).
QUALIFIERS = [("", None), ("up to ", "up_to"), ("about ", "about"), ("approximately ", "about"),
              ("more than ", "more_than"), ("over ", "more_than"), ("nearly ", "about")]


def _claim(text, value, metric, kind, direction, unit, qualifier=None, value_low=None, **extra):
    claim = dict(text=text, value=value, metric=metric, kind=kind, direction=direction, unit=unit,
                 qualifier=qualifier)
    if value_low is not None:
        claim["value_low"] = value_low
    claim.update(extra)
    return claim


# Factor frames: template with {S} (subject), {Q} (qualifier words), {N} (number) -> metric, direction.
# "a" before the qualifier is dropped where the qualifier is "up to"/"over" etc. by writing it in
# the template only where abstracts do ("achieves a 3.1x speedup", "achieves up to 3.1x speedup").
FACTOR_FRAMES = {
    "achieves_speedup": ("{S} achieves {Q}{N} speedup over FlashAttention.", "speedup", "increase"),
    "faster_than": ("{S} is {Q}{N} faster than FlashAttention.", "speedup", "increase"),
    "speeds_up_by": ("{S} speeds up inference by {Q}{N}.", "speedup", "increase"),
    "accelerates_by": ("{S} accelerates training by {Q}{N}.", "speedup", "increase"),
    "higher_throughput": ("{S} delivers {Q}{N} higher throughput than vLLM.", "throughput", "increase"),
    "improves_throughput_by": ("{S} improves throughput by {Q}{N} over vLLM.", "throughput", "increase"),
    "better_energy_efficiency": ("{S} achieves {Q}{N} better energy efficiency than the GPU baseline.",
                                 "energy_efficiency", "increase"),
    "less_memory": ("{S} uses {Q}{N} less memory than LoRA.", "memory", "decrease"),
    "reduces_memory_by": ("{S} reduces memory usage by {Q}{N}.", "memory", "decrease"),
    "reduces_kv_cache_by": ("{S} reduces the KV cache size by {Q}{N}.", "memory", "decrease"),
    "fewer_parameters": ("{S} requires {Q}{N} fewer parameters than ViT-B.", "model_size", "decrease"),
    "fewer_flops": ("{S} needs {Q}{N} fewer FLOPs than ViT-B.", "compute", "decrease"),
    "lower_energy": ("{S} consumes {Q}{N} less energy than the GPU baseline.", "energy", "decrease"),
    "lower_latency": ("{S} achieves {Q}{N} lower latency than vLLM.", "latency", "decrease"),
    "reduces_latency_by": ("{S} reduces latency by {Q}{N}.", "latency", "decrease"),
    "reduces_training_time_by": ("{S} reduces training time by {Q}{N}.", "training_time", "decrease"),
    "reduces_power_by": ("{S} reduces power consumption by {Q}{N}.", "power", "decrease"),
    "reduces_cost_by": ("{S} reduces the API cost by {Q}{N}.", "cost", "decrease"),
    "reduces_area_by": ("{S} reduces chip area by {Q}{N}.", "area", "decrease"),
    "improves_energy_efficiency_by": ("{S} improves energy efficiency by {Q}{N}.", "energy_efficiency",
                                      "increase"),
    "speedup_of": ("{S} achieves a speedup of {Q}{N} over FlashAttention.", "speedup", "increase"),
    "reduction_in_memory": ("{S} achieves a {Q}{N} reduction in memory footprint.", "memory", "decrease"),
    "reduction_in_latency": ("{S} achieves a {Q}{N} reduction in latency.", "latency", "decrease"),
    "energy_savings": ("{S} yields {Q}{N} energy savings over the GPU baseline.", "energy", "decrease"),
}

# Frames whose number is a factor only ("faster than" with a percent reads as speedup change too,
# but abstracts write it mostly with factors).
FACTOR_ONLY = {"achieves_speedup", "faster_than", "speedup_of", "higher_throughput", "better_energy_efficiency",
               "less_memory", "fewer_parameters", "fewer_flops", "lower_energy", "lower_latency"}
# Frames where a percent is common: "reduces X by 35%", "35% lower latency" -> change.
PERCENT_FRAMES = set(FACTOR_FRAMES) - {"achieves_speedup", "speedup_of", "faster_than"}
# "a 35% reduction" reads as change; "up to a" is not how abstracts write the qualifier there.
ARTICLE_FRAMES = {"reduction_in_memory", "reduction_in_latency"}

# Absolute frames: template with {S}, {Q}, {N}; (number forms with their unit), metric.
ABSOLUTE_FRAMES = {
    "fps": ("{S} runs at {Q}{N} on a Jetson Orin.", [("56.8 FPS", 56.8, "FPS"), ("120 fps", 120.0, "FPS")],
            "throughput"),
    "tokens_per_s": ("{S} reaches a decoding throughput of {Q}{N}.",
                     [("1,250 tokens/s", 1250.0, "tokens/s"), ("85.3 tokens/s", 85.3, "tokens/s")], "throughput"),
    "tops_per_w": ("{S} achieves an energy efficiency of {Q}{N}.",
                   [("25.6 TOPS/W", 25.6, "TOPS/W"), ("1.2 TOPS/W", 1.2, "TOPS/W")], "energy_efficiency"),
    "power_mw": ("{S} consumes only {Q}{N} during inference.", [("3.2 mW", 3.2, "mW"), ("45 mW", 45.0, "mW")],
                 "power"),
    "latency_of": ("{S} achieves an end-to-end latency of {Q}{N}.", [("12.5 ms", 12.5, "ms"), ("80 ms", 80.0, "ms")],
                   "latency"),
    "gb_memory": ("{S} requires only {Q}{N} of GPU memory.", [("6.4 GB", 6.4, "GB"), ("24 GB", 24.0, "GB")],
                  "memory"),
    "params": ("{S} requires only {Q}{N} parameters.", [("4.2M", 4.2, "M"), ("1.3B", 1.3, "B")],
               "model_size"),
    "gflops": ("{S} needs only {Q}{N} per image.", [("1.8 GFLOPs", 1.8, "GFLOPs")], "compute"),
    "energy_per": ("{S} uses {Q}{N} per inference.", [("0.45 mJ", 0.45, "mJ"), ("12 mJ", 12.0, "mJ")], "energy"),
    "overhead": ("{S} incurs only {Q}{N} overhead.", [("2.1%", 2.1, "%"), ("3.5\\%", 3.5, "%")], "overhead"),
    "area_mm2": ("{S} occupies an area of {Q}{N}.", [("0.52 mm^2", 0.52, "mm^2"), ("1.8 mm$^2$", 1.8, "mm^2")],
                 "area"),
    "training_hours": ("{S} completes training in {Q}{N} on a single GPU.",
                       [("2.5 hours", 2.5, "h"), ("40 minutes", 40.0, "min")], "training_time"),
}
ABS_QUALIFIERS = [("", None), ("up to ", "up_to"), ("about ", "about"), ("less than ", "less_than")]
# "incurs only up to 2.1% overhead" and "runs at less than 56.8 FPS" read oddly; keep the natural ones.
ABS_QUALIFIER_FRAMES = {"fps": {"", "up to ", "about "}, "tokens_per_s": {"", "up to ", "about "},
                        "tops_per_w": {"", "up to ", "about "}, "power_mw": {"", "about ", "less than "},
                        "latency_of": {"", "about ", "less than "}, "gb_memory": {"", "about ", "less than "},
                        "params": {"", "about "}, "gflops": {"", "about ", "less than "},
                        "energy_per": {"", "about ", "less than "}, "overhead": {"", "about ", "less than "},
                        "area_mm2": {"", "about "}, "training_hours": {"", "about ", "less than "}}

# The phrasing each frame renders, as a case-insensitive regex counted on the pool and the tuned corpora.
_X = r"(?:x|×|\$?\\times\$?|times)"
EVIDENCE = {
    "achieves_speedup": r"achiev\w* (?:an? )?(?:up to )?\$?[\d.]+ ?" + _X + r" speed-?up",
    "faster_than": r"[\d.]+ ?\$?" + _X + r" faster than",
    "speeds_up_by": r"speeds? up [\w -]{1,30} by",
    "accelerates_by": r"accelerat\w* [\w -]{1,30} by \$?[\d.]+",
    "higher_throughput": r"[\d.]+ ?\$?" + _X + r" (?:higher|greater|better|more|improved) throughput",
    "improves_throughput_by": r"(?:improv|increas|boost)\w* (?:the )?throughput by",
    "better_energy_efficiency": _X + r" (?:better|higher|improved|greater) energy[- ]efficiency",
    "less_memory": _X + r" (?:less|lower|smaller|reduced) memory",
    "reduces_memory_by": r"reduc\w* (?:the )?(?:peak |GPU )?memory (?:usage |footprint |consumption |overhead )?by",
    "reduces_kv_cache_by": r"KV[- ]cache[\w ]{0,20} by",
    "fewer_parameters": r"(?:" + _X + r"|%) fewer (?:trainable )?parameters",
    "fewer_flops": r"(?:" + _X + r"|%) (?:fewer|less) (?:FLOPs|computation|MACs)",
    "lower_energy": r"(?:" + _X + r"|%) (?:lower|less|reduced) energy",
    "lower_latency": r"(?:" + _X + r"|%) (?:lower|less|reduced) latency",
    "reduces_latency_by": r"reduc\w* (?:the )?(?:inference |end-to-end |average )?latency by",
    "reduces_training_time_by": r"reduc\w* (?:the )?(?:total )?training time by",
    "reduces_power_by": r"reduc\w* (?:the )?power(?: consumption)? by",
    "reduces_cost_by": r"reduc\w* (?:the )?(?:API |monetary |serving |inference |computational |training )?costs? by",
    "reduces_area_by": r"reduc\w* (?:the )?(?:chip |silicon |hardware )?area by",
    "improves_energy_efficiency_by": r"improv\w* (?:the )?energy[- ]efficiency by",
    "speedup_of": r"speed-?ups? of (?:up to )?\$?[\d.]+",
    "reduction_in_memory": r"(?:" + _X + r"|%) (?:reduction|decrease) in",
    "reduction_in_latency": r"(?:" + _X + r"|%) (?:reduction|decrease) in",
    "energy_savings": r"(?:" + _X + r"|%) (?:energy|power|memory|cost) sav",
    "fps": r"[\d.]+ ?FPS", "tokens_per_s": r"[\d.,]+ ?tokens?/s", "tops_per_w": r"[\d.]+ ?TOPS/W",
    "power_mw": r"[\d.]+ ?[mµu]?W\b", "latency_of": r"latency of (?:only |about |less than )?[\d.]+ ?(?:ms|us|µs|s)\b",
    "gb_memory": r"[\d.]+ ?GB(?: of)? (?:GPU )?memory", "params": r"[\d.]+ ?[MBK]\b (?:trainable )?parameters",
    "gflops": r"[\d.]+ ?[GMT]?FLOPs", "energy_per": r"[\d.]+ ?[mµu]?J\b",
    "overhead": r"(?:overhead of (?:only )?[\d.]+|[\d.]+\\?% (?:\w+ )?overhead)",
    "area_mm2": r"[\d.]+ ?mm\$?\^",
    "training_hours": r"(?:train\w*|fine-tun\w*)[\w ]{0,20} (?:in|within|takes|of) (?:only |just |about |less than )?"
                      r"[\d.]+ ?(?:hours|h|minutes|min|GPU[- ]hours|days)\b",
    "latency_from_to": r"from [\d.]+ ?(?:ms|s|GB|MB|kWh|J|FPS|W|mW)\b to [\d.]+",
    "energy_from_to": r"from [\d.]+ ?(?:ms|s|GB|MB|kWh|J|FPS|W|mW)\b to [\d.]+",
    "memory_from_to": r"from [\d.]+ ?(?:ms|s|GB|MB|kWh|J|FPS|W|mW)\b to [\d.]+",
    "throughput_from_to": r"from [\d.]+ ?(?:ms|s|GB|MB|kWh|J|FPS|W|mW)\b to [\d.]+",
    "pct_lower_latency": r"[\d.]+\\?% (?:lower|less|reduced) latency",
    "pct_less_memory": r"[\d.]+\\?% (?:lower|less|reduced) memory",
    "pct_less_energy": r"[\d.]+\\?% (?:lower|less|reduced) energy",
    "pct_higher_throughput": r"[\d.]+\\?% (?:higher|more|better|greater) throughput",
    "pct_faster": r"[\d.]+\\?% faster",
    "pct_fewer_parameters": r"[\d.]+\\?% fewer (?:trainable )?parameters",
    "while_using_only_pct": r"only [\d.$]+\\?%\$? of (?:the |its )?(?:\w+ )?(?:parameters|memory|FLOPs|compute|energy|tokens)",
    "with_less_memory": r"with [\d.$]+ ?" + _X + r" (?:less|lower|smaller) memory",
    "while_cutting_latency": r"(?:while|and) (?:cutting|reducing|lowering) (?:the )?(?:\w+ )?latency by",
    "reduction_in_training_time": r"(?:%|" + _X + r") (?:reduction|decrease) in (?:the )?training time",
    "trains_faster": r"trains? [\d.$]+ ?" + _X + r" faster",
    "instead_of": r"[\d.]+ ?(?:tokens/s|GB|ms|FPS|MB) instead of",
    "respectively_factors": r"[\d.]+ ?" + _X + r",? and [\d.$]+ ?" + _X + r"[^.]{0,80}respectively",
    "delivers": r"(?:twofold|two-fold|threefold) (?:speed|faster|reduc|improv|fewer|less)",
    "halves": r"halv(?:es|ing) the",
    "is": r"orders? of magnitude (?:faster|speed|fewer|less|lower|reduc)",
    "dollar_factor": r"\$[\d.]+\\times\$", "dollar_percent": r"\$[\d.]+\\%\$",
}

# From-to frames: absolute, the new figure in value, the old in baseline_value (spec section 2).
FROM_TO_FRAMES = {
    "latency_from_to": ("{S} reduces latency from {A} to {B}.", [("120 ms", 120.0), ("45 ms", 45.0)], "ms",
                        "latency"),
    "energy_from_to": ("{S} cuts energy from {A} to {B}.", [("5.3 kWh", 5.3), ("1.2 kWh", 1.2)], "kWh", "energy"),
    "memory_from_to": ("{S} reduces peak memory from {A} to {B}.", [("14.3 GB", 14.3), ("2.7 GB", 2.7)], "GB",
                       "memory"),
    "throughput_from_to": ("{S} raises throughput from {A} to {B}.", [("10.0 FPS", 10.0), ("56.8 FPS", 56.8)],
                           "FPS", "throughput"),
}

# Percent-ratio frames: "X% lower latency" style written after the number (change, spec section 2).
PERCENT_ADJ_FRAMES = {
    "pct_lower_latency": ("{S} achieves {Q}{N} lower latency than vLLM.", "latency", "decrease"),
    "pct_less_memory": ("{S} uses {Q}{N} less memory than LoRA.", "memory", "decrease"),
    "pct_less_energy": ("{S} consumes {Q}{N} less energy than the GPU baseline.", "energy", "decrease"),
    "pct_higher_throughput": ("{S} delivers {Q}{N} higher throughput than vLLM.", "throughput", "increase"),
    "pct_faster": ("{S} is {Q}{N} faster than FlashAttention.", "speedup", "increase"),
    "pct_fewer_parameters": ("{S} requires {Q}{N} fewer parameters than ViT-B.", "model_size", "decrease"),
}

# Tails: the efficiency figure as the second half of a sentence whose first half states quality.
TAIL_FRAMES = {
    # a share the method uses, stated against a baseline: ratio in %, decrease (spec 7 and 9; tuned8 "<5%")
    "while_using_only_pct": ("{S} matches LoRA while using only {N} of the trainable parameters.", PERCENTS,
                             "model_size", "ratio", "decrease", "%"),
    "with_less_memory": ("{S} matches LoRA with {N} less memory.", FACTORS, "memory", "ratio", "decrease", "x"),
    "while_cutting_latency": ("{S} keeps the accuracy of the baseline while cutting latency by {N}.", PERCENTS,
                              "latency", "change", "decrease", "%"),
    "reduction_in_training_time": ("{S} achieves a {N} reduction in training time.", PERCENTS, "training_time",
                                   "change", "decrease", "%"),
    "trains_faster": ("{S} trains {N} faster than DDP.", FACTORS, "speedup", "ratio", "increase", "x"),
}

# "X instead of Y" is an X-vs-Y pair: absolute, the old figure in baseline_value (spec section 2).
INSTEAD_OF = [("2.1 GB", 2.1, "8.4 GB", 8.4, "GB", "memory"), ("45 ms", 45.0, "120 ms", 120.0, "ms", "latency"),
              ("1,250 tokens/s", 1250.0, "310 tokens/s", 310.0, "tokens/s", "throughput")]
# A list read with "respectively": one claim per number (spec section 2).
RESPECTIVELY = [(("2.1x", 2.1), ("3.4x", 3.4)), (("2.1$\\times$", 2.1), ("3.4$\\times$", 3.4)),
                (("$2.1\\times$", 2.1), ("$3.4\\times$", 3.4))]

# Word numbers (spec section 2): "twofold" = 2 x, "halves" = 2 x decrease, "an order of magnitude" = 10 x about.
WORD_CASES = [
    ("{S} delivers a twofold speedup over FlashAttention.", [("twofold", 2.0, "speedup", "increase", None)]),
    ("{S} halves the memory footprint of LoRA.", [("halves", 2.0, "memory", "decrease", None)]),
    ("{S} is an order of magnitude faster than FlashAttention.",
     [("an order of magnitude", 10.0, "speedup", "increase", "about")]),
]


def _rotated(*fillers):
    """Every combination of the fillers, each with the next subject in turn: every subject meets
    every frame without multiplying the grid by six."""
    for index, combination in enumerate(product(*fillers)):
        yield (SUBJECTS[index % len(SUBJECTS)], *combination)


def cases():
    """Yield (sentence, expected claims) for every rendered sentence."""
    for _frame, _filler, sentence, expected in labelled_cases():
        yield sentence, expected


def labelled_cases():
    """Yield (frame, filler, sentence, expected claims): the frame and filler name the failure tallies."""
    for frame, (template, metric, direction) in FACTOR_FRAMES.items():
        for subject, (number, value), (qwords, qualifier) in _rotated(FACTORS, QUALIFIERS):
            if frame in ARTICLE_FRAMES and qwords:
                continue
            sentence = template.format(S=subject, Q=qwords, N=number)
            yield frame, f"factor:{number}|q:{qwords.strip()}|s:{subject[16:] or subject}", sentence, \
                [_claim(number, value, metric, "ratio", direction, "x", qualifier)]
        if frame in PERCENT_FRAMES - FACTOR_ONLY:
            for subject, (number, value), (qwords, qualifier) in _rotated(PERCENTS, QUALIFIERS[:3]):
                if frame in ARTICLE_FRAMES and qwords:
                    continue
                sentence = template.format(S=subject, Q=qwords, N=number)
                yield frame, f"percent:{number}|q:{qwords.strip()}|s:{subject[16:]}", sentence, \
                    [_claim(number, value, metric, "change", direction, "%", qualifier)]
        if frame in {"faster_than", "achieves_speedup", "reduces_memory_by", "reduces_latency_by", "lower_latency",
                     "higher_throughput"}:
            for subject, (number, value, low) in _rotated(FACTOR_RANGES):
                sentence = template.format(S=subject, Q="", N=number)
                yield frame, f"factor_range:{number}|s:{subject[16:]}", sentence, \
                    [_claim(number, value, metric, "ratio", direction, "x", None, value_low=low)]
        if frame in {"reduces_memory_by", "reduces_latency_by", "reduces_cost_by", "reduces_training_time_by"}:
            for subject, (number, value, low) in _rotated(PERCENT_RANGES):
                sentence = template.format(S=subject, Q="", N=number)
                yield frame, f"percent_range:{number}|s:{subject[16:]}", sentence, \
                    [_claim(number, value, metric, "change", direction, "%", None, value_low=low)]
    for frame, (template, metric, direction) in PERCENT_ADJ_FRAMES.items():
        for subject, (number, value), (qwords, qualifier) in _rotated(PERCENTS, QUALIFIERS[:3]):
            sentence = template.format(S=subject, Q=qwords, N=number)
            yield frame, f"percent:{number}|q:{qwords.strip()}|s:{subject[16:]}", sentence, \
                [_claim(number, value, metric, "change", direction, "%", qualifier)]
    for frame, (template, numbers, metric) in ABSOLUTE_FRAMES.items():
        for subject, (number, value, unit), (qwords, qualifier) in _rotated(numbers, ABS_QUALIFIERS):
            if qwords not in ABS_QUALIFIER_FRAMES[frame]:
                continue
            sentence = template.format(S=subject, Q=qwords, N=number)
            yield frame, f"absolute:{number}|q:{qwords.strip()}|s:{subject[16:]}", sentence, \
                [_claim(number, value, metric, "absolute", None, unit, qualifier)]
    for frame, (template, ((old, old_value), (new, new_value)), unit, metric) in FROM_TO_FRAMES.items():
        for subject in SUBJECTS:
            sentence = template.format(S=subject, A=old, B=new)
            yield frame, f"from_to|s:{subject[16:]}", sentence, \
                [_claim(f"from {old} to {new}", new_value, metric, "absolute", None, unit, None,
                        baseline_value=old_value)]
    for frame, (template, numbers, metric, kind, direction, unit) in TAIL_FRAMES.items():
        for subject, (number, value) in _rotated(numbers):
            yield frame, f"tail:{number}|s:{subject[16:]}", template.format(S=subject, N=number), \
                [_claim(number, value, metric, kind, direction, unit)]
    for subject, (new, new_value, old, old_value, unit, metric) in _rotated(INSTEAD_OF):
        yield "instead_of", f"instead_of:{unit}|s:{subject[16:]}", \
            f"{subject} needs {new} instead of {old} per request.", \
            [_claim(f"{new} instead of {old}", new_value, metric, "absolute", None, unit, baseline_value=old_value)]
    for subject, ((first, first_value), (second, second_value)) in _rotated(RESPECTIVELY):
        yield "respectively_factors", f"respectively:{first}|s:{subject[16:]}", \
            f"{subject} achieves {first} and {second} speedups on A100 and H100, respectively.", \
            [_claim(first, first_value, "speedup", "ratio", "increase", "x"),
             _claim(second, second_value, "speedup", "ratio", "increase", "x")]
    for template, expected in WORD_CASES:
        for subject in SUBJECTS:
            sentence = template.format(S=subject)
            yield template.split()[1], f"word|s:{subject[16:]}", sentence, \
                [_claim(text, value, metric, "ratio", direction, "x", qualifier)
                 for text, value, metric, direction, qualifier in expected]
