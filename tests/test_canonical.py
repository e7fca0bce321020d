"""Canonical names after extraction: the columns `claims.build` appends to the claims and
platforms tables, on abstracts written for the case (exact values)."""
from __future__ import annotations

import pandas as pd

from claims.build import extract_table, platforms_table
from claims.canonical import canonical_platform, dataset_columns, method_names, platform_columns
from claims.model import CLAIM_COLUMNS, PLATFORM_COLUMNS

CANONICAL = ["platform", "hardware_class", "dataset_name", "dataset_variant", "method_name"]


def _papers(*abstracts: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"paper_id": f"p{i}", "title": title, "source": "test", "abstract": text}
                         for i, (title, text) in enumerate(abstracts)])


def _values(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [tuple(None if v is pd.NA else v for v in row)
            for row in frame[columns].astype(object).itertuples(index=False, name=None)]


def test_canonical_columns_come_last_in_the_tables():
    assert list(CLAIM_COLUMNS[-5:]) == CANONICAL
    assert PLATFORM_COLUMNS[-1] == "canonical"


def test_claims_get_one_name_per_platform_dataset_and_method():
    papers = _papers(
        ("FastViT: Fast Vision Transformers", "FastViT runs 2.5x faster on an Nvidia Tesla-V100 "
         "and reaches 81.2% top-1 accuracy on ImageNet-1k. On modern GPUs, FastViT (ours) cuts "
         "latency by 40%."),
        ("Other", "It is 3x faster on the V100 GPU."))
    claims = extract_table(papers)
    assert _values(claims, ["text", "hardware", "dataset", *CANONICAL]) == [
        ("2.5x", "Nvidia Tesla-V100", "ImageNet-1k", "NVIDIA V100", "gpu", "ImageNet",
         "ImageNet-1k", "FastViT"),
        ("81.2%", "Nvidia Tesla-V100", "ImageNet-1k", "NVIDIA V100", "gpu", "ImageNet",
         "ImageNet-1k", "FastViT"),
        ("40%", "modern GPUs", None, "GPU", "gpu", None, None, "FastViT"),
        ("3x", "V100 GPU", None, "NVIDIA V100", "gpu", None, None, None),
    ]


def test_platforms_table_names_each_platform_once_and_non_platforms_not_at_all():
    papers = _papers(("T", "Inter-GPU traffic falls, and on multiple GPUs and one V100 GPU the "
                           "kernel runs 2x faster."))
    platforms = platforms_table(papers)
    assert _values(platforms, ["name", "class", "canonical"]) == [
        ("Inter-GPU", "gpu", None), ("multiple GPUs", "gpu", "GPU"),
        ("NVIDIA V100", "gpu", "NVIDIA V100")]


def test_a_claim_whose_platform_needs_its_sentence_is_read_from_the_abstract():
    abstract = "We deploy the detector at the edge, where it runs 4x faster than the cloud baseline."
    assert platform_columns("edge") == (None, None)          # alone, "edge" is no platform
    assert platform_columns("edge", abstract) == ("edge device", "edge")


def test_canonical_platform_keeps_products_and_names_classes():
    assert [canonical_platform(n, c) for n, c in [
        ("NVIDIA V100", "gpu"), ("consumer-grade GPU", "gpu"), ("Intel Xeon", "cpu"),
        ("trusted CPU", "cpu"), ("SpAtten", "asic"), ("FHE accelerator", "asic"),
        ("UPMEM PIM", "pim"), ("crossbar", "pim"), ("IoT systems", "edge"),
        ("in-switch computing", "other"), ("GPU memory", "gpu"), ("technology nodes", "asic")]] == [
        "NVIDIA V100", "GPU", "Intel Xeon", "CPU", "SpAtten", "ASIC", "UPMEM PIM", "PIM",
        "edge device", "in-switch computing", None, None]


def test_datasets_keep_their_written_variant_apart():
    assert dataset_columns("ImageNet-1k; CIFAR-10") == ("ImageNet; CIFAR-10", "ImageNet-1k")
    assert dataset_columns("ILSVRC-2012") == ("ImageNet", "ILSVRC-2012")
    assert dataset_columns("Foo-3D validation set") == ("Foo-3D", "Foo-3D validation set")
    assert dataset_columns("visual wake words") == ("Visual Wake Words", None)
    assert dataset_columns(None) == (None, None)


def test_method_spellings_of_one_paper_are_one_name():
    assert method_names(["β-CROWN", "Beta-CROWN", None, "β-CROWN"]) == [
        "β-CROWN", "β-CROWN", None, "β-CROWN"]
    assert method_names(["beta-crown", "β-CROWN"], title="Beta-CROWN: Bound Propagation") == [
        "Beta-CROWN", "Beta-CROWN"]
    assert method_names(["LitePath-Ti", "LitePath (ours)", "LitePath's"]) == [
        "LitePath-Ti", "LitePath", "LitePath"]
