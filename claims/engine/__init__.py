"""Engines that run the extractor over corpora of any size.

- `run_local`: streams papers from the inputs, extracts them in chunks in this process or in
  N worker processes, and appends the tables chunk by chunk (CSV, JSON Lines or Parquet row
  groups) into temporary files renamed at the end; memory does not grow with the corpus and the
  output does not depend on the number of workers.
- `run_dask` (needs the `dask` extra): the same extraction as Dask tasks over partitions of
  JSON Lines or Parquet inputs, writing partitioned Parquet (`DIR/claims.parquet/part-*.parquet`),
  on a local cluster or an existing one.
"""
from __future__ import annotations

from .local import NothingRead, RunSummary, run_local

__all__ = ["NothingRead", "RunSummary", "run_dask", "run_local"]


def run_dask(*args, **kwargs) -> RunSummary:
    """`claims.engine.cluster.run_dask`, imported on first use (Dask is optional)."""
    from .cluster import run_dask as run

    return run(*args, **kwargs)
