"""Map the per-report pipeline over many files: in process, on a process pool, or on Dask.

All engines yield results in input order, so the tables never depend on the engine or the
number of workers. Each worker builds its context (dictionaries) once, and at most a bounded
window of reports is in flight, so memory stays flat however many files there are.

Pointing the Dask engine at a real cluster: start a scheduler and workers on machines that
have womenfed installed and can read the report files under the same paths (e.g. a shared
filesystem), then run ``womenfed build RAW --engine dask --scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from tqdm import tqdm

WINDOW_PER_WORKER = 4
_WORKER_CONTEXT = {}


def map_reports(tasks: Iterable, make_context: Callable, process: Callable,
                engine: str = "local", jobs: int = 1, scheduler: str | None = None,
                progress: bool | None = None) -> Iterator[tuple[object, dict]]:
    """Yield ``(task, process(task, context))`` for every task, in input order."""
    tasks = list(tasks)
    bar = tqdm(total=len(tasks), unit="report", disable=_quiet(progress), file=sys.stderr)
    runners = {"local": _local, "process": _pool, "dask": _dask}
    if engine not in runners:
        raise ValueError(f"unknown engine {engine!r}; choose one of {sorted(runners)}")
    try:
        for task, rows in runners[engine](tasks, make_context, process, max(1, jobs), scheduler):
            bar.update()
            yield task, rows
    finally:
        bar.close()


def _quiet(progress: bool | None) -> bool:
    return not sys.stderr.isatty() if progress is None else not progress


def _local(tasks, make_context, process, jobs, scheduler):
    context = make_context() if tasks else None
    for task in tasks:
        yield task, process(task, context)


def _ordered(tasks, submit, window: int):
    """Keep at most ``window`` futures in flight and yield their results in order."""
    pending = deque()
    for task in tasks:
        pending.append((task, submit(task)))
        if len(pending) >= window:
            done_task, future = pending.popleft()
            yield done_task, future.result()
    while pending:
        done_task, future = pending.popleft()
        yield done_task, future.result()


def _init_worker(make_context) -> None:
    _WORKER_CONTEXT["context"] = make_context()


def _run_in_worker(process, task):
    return process(task, _WORKER_CONTEXT["context"])


def _pool(tasks, make_context, process, jobs, scheduler):
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(make_context,)) as pool:
        yield from _ordered(tasks, lambda t: pool.submit(_run_in_worker, process, t),
                            jobs * WINDOW_PER_WORKER)


def _run_on_dask_worker(process, make_context, task):
    """Build the context once per worker process, keyed by the factory, then run one task."""
    key = repr(make_context)
    if key not in _WORKER_CONTEXT:
        _WORKER_CONTEXT[key] = make_context()
    return process(task, _WORKER_CONTEXT[key])


def _dask(tasks, make_context, process, jobs, scheduler):
    from dask.distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        # On a running cluster, keep every worker thread busy, not just --jobs of them.
        slots = max(jobs, sum(client.nthreads().values()))
        yield from _ordered(
            tasks, lambda t: client.submit(_run_on_dask_worker, process, make_context, t,
                                           pure=False), slots * WINDOW_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
