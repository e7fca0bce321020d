"""The Dask engine on a local distributed cluster of 2 workers: the same claims as the local
engine, partitioned Parquet output, bad records reported, outputs replaced only on success."""
from __future__ import annotations

import json

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from claims.engine import run_dask, run_local  # noqa: E402
from claims.engine.partitions import _block_lines, plan_partitions  # noqa: E402
from claims.model import ReadReport  # noqa: E402
from claims.readers import read_papers  # noqa: E402
from claims.resources import seed_pages  # noqa: E402

TABLES = ("papers", "claims", "platforms")


@pytest.fixture(scope="module")
def client():
    # Threads, not processes: the same task code and pickling of results, in seconds not tens.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed papers as two JSON Lines files and one Parquet file, with a copy of a title in
    each later file, a broken line and a record with neither title nor abstract."""
    folder = tmp_path_factory.mktemp("corpus")
    records = [{"title": p.title, "abstract": p.abstract, "id": p.paper_id}
               for p in read_papers(seed_pages())]
    first, second, third = records[:120], records[120:200], records[200:]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in first) + "\n{broken\n")
    (folder / "b.jsonl").write_text(
        "\n".join(json.dumps(r) for r in [first[5]] + second) + '\n{"id": "no title, no abstract"}\n')
    pd.DataFrame([second[0]] + third).to_parquet(folder / "c.parquet", row_group_size=20)
    return [str(folder / name) for name in ("a.jsonl", "b.jsonl", "c.parquet")]


def test_dask_claims_equal_the_local_engine(client, corpus, tmp_path):
    local_problems, dask_problems = [], []
    local = run_local(corpus, tmp_path / "local", "parquet", on_problem=local_problems.append)
    dask = run_dask(corpus, tmp_path / "dask", client=client, block_bytes=16_000,
                    parquet_rows=30, on_problem=dask_problems.append)
    parts = sorted((tmp_path / "dask" / "claims.parquet").glob("part-*.parquet"))
    assert len(parts) > 6        # several blocks per JSON Lines file, row groups of the Parquet one
    for name in TABLES:
        expected = pd.read_parquet(tmp_path / "local" / f"{name}.parquet")
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / f"{name}.parquet"), expected)
    assert dask == local
    assert (dask.papers, dask.duplicates, dask.skipped, dask.files) == (266, 3, 2, 3)
    assert sorted(map(str, dask_problems)) == sorted(map(str, local_problems))
    assert [p.where for p in dask_problems] == [f"{corpus[0]}:121", f"{corpus[1]}:82"]
    assert not list((tmp_path / "dask").glob(".claims-dask-*"))


def test_a_second_run_replaces_the_partitioned_output(client, corpus, tmp_path):
    run_dask(corpus, tmp_path, client=client, block_bytes=16_000)
    run_dask(corpus[:1], tmp_path, client=client)
    assert len(pd.read_parquet(tmp_path / "papers.parquet")) == 120
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{n}.parquet" for n in sorted(TABLES)]


def test_blocks_split_lines_exactly_once(tmp_path):
    path = tmp_path / "x.jsonl"
    lines = [f'{{"n": {n}, "pad": "{"y" * (n % 17)}"}}'.encode() for n in range(300)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    size = path.stat().st_size
    for block in (1, 7, 64, 1000, size):
        got = []
        with path.open("rb") as handle:
            for start in range(0, size, block):
                got += list(_block_lines(handle, start, min(start + block, size)))
        assert got == lines, block


def test_gold_files_and_unknown_layouts_are_planned_like_the_local_reader(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"title": "A", "claims": []}\n')
    page = tmp_path / "page.txt"
    page.write_text("not a listing")
    partitions, notes = plan_partitions([str(gold), str(page)], ReadReport(), False)
    assert [n.where for n in notes] == [str(gold)]
    assert [(p.kind, p.path) for p in partitions] == [("file", str(page))]


def _staged(staging, run: str) -> None:
    for table in TABLES:
        (staging / f"{table}.parquet").mkdir(parents=True)
        (staging / f"{table}.parquet" / "part-000000.parquet").write_text(run)


def test_publish_replaces_folders_and_files_of_earlier_runs(tmp_path):
    from claims.engine.cluster import _publish

    out, staging = tmp_path / "out", tmp_path / "out" / ".claims-dask-new"
    _staged(out, "old")                                     # an earlier Dask run's folders
    (out / "claims.parquet").rename(out / "gone")
    (out / "claims.parquet").write_text("a local run's single file")
    _staged(staging, "new")
    _publish(staging, out)
    assert {t: (out / f"{t}.parquet" / "part-000000.parquet").read_text() for t in TABLES} == \
        dict.fromkeys(TABLES, "new")


def test_publish_puts_everything_back_when_a_move_fails(tmp_path, monkeypatch):
    import os

    from claims.engine import cluster
    from claims.errors import OutputError

    out, staging = tmp_path / "out", tmp_path / "out" / ".claims-dask-new"
    _staged(out, "old")
    _staged(staging, "new")
    real = os.replace

    def replace(source, target):
        if str(source).endswith("platforms.parquet") and "dask" in str(source):
            raise OSError(28, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(cluster.os, "replace", replace)
    with pytest.raises(OutputError, match="out: cannot write: No space left on device"):
        cluster._publish(staging, out)
    assert {t: (out / f"{t}.parquet" / "part-000000.parquet").read_text() for t in TABLES} == \
        dict.fromkeys(TABLES, "old")
