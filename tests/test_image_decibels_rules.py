"""metric.image_decibels (claims/extraction/image_decibels.py): a figure in dB that names no metric, in a
paper of image or video restoration, reconstruction or synthesis, is a PSNR; synthetic sentences of other
tasks and phrasings with the exact claims expected, and near misses that stay `other`."""
from __future__ import annotations

import pytest

from exact_claims import assert_exact_claims, params

CASES = {
    "an unnamed gain in dB of an imaging task": [
        ("We propose Kin for single-image dehazing. Kin outperforms the strongest prior network by 1.3 dB on "
         "the outdoor split.",
         [dict(text="1.3 dB", value=1.3, unit="dB", metric="psnr", kind="change", direction="increase")]),
        ("We propose Kin, a video super-resolution model. Kin shows a performance improvement of up to 0.84 dB "
         "over recurrent baselines.",
         [dict(text="0.84 dB", value=0.84, unit="dB", metric="psnr", kind="change", direction="increase",
               qualifier="up_to")]),
        ("Kin improves upon the best baselines by +2.4 dB in image inpainting and +0.7 dB in deblurring.",
         [dict(text="+2.4 dB", value=2.4, unit="dB", metric="psnr", kind="change", direction="increase"),
          dict(text="+0.7 dB", value=0.7, unit="dB", metric="psnr", kind="change", direction="increase")]),
        ("Accelerated MRI reconstruction with Kin reaches 38.6 dB on the knee test set.",
         [dict(text="38.6 dB", value=38.6, unit="dB", metric="psnr", kind="absolute")]),
    ],
    "near misses": [
        # a named metric keeps its family
        ("We propose Kin for image denoising. Kin raises SSIM by 0.03 and PSNR by 0.5 dB on SIDD.",
         [dict(text="0.03", value=0.03, metric="other", kind="change"),
          dict(text="0.5 dB", value=0.5, unit="dB", metric="psnr", kind="change")]),
        # no imaging task in the paper: a level in dB stays `other`
        ("Our beamforming scheme achieves a 4.5 dB gain over the conventional design.",
         [dict(text="4.5 dB", value=4.5, unit="dB", metric="other", kind="change", direction="increase")]),
        # an imaging paper, but the sentence speaks of a signal or sound level
        ("We propose Kin for image restoration and audio denoising. Kin reaches 21.4 dB on audio reconstruction.",
         [dict(text="21.4 dB", value=21.4, unit="dB", metric="other", kind="absolute")]),
    ],
}


@pytest.mark.parametrize("text, expected", params(CASES))
def test_exact_claims(text, expected):
    assert_exact_claims(text, expected)
