"""The rule book: every file of patterns/ compiled, once per process, into what the stages read.

This is the one place that turns rules into matchers (`claims.matching.pattern_set`); the stages
only decide with them. One module per kind of rule file:

- `cues`: number words, units, metric cues, the kind and qualifier cues, the not-a-claim filters,
  and the named word lists and gaps of patterns/words.yaml;
- `hardware`: the platform vocabulary of patterns/hardware/;
- `names`: the dataset vocabulary and frames, the method frames, the baseline cues.
"""
