"""Map the per-report pipeline over many files: in process, on a process pool, or on Dask.

All engines yield results in input order, so the tables never depend on the engine or the
number of workers. Each worker builds its context (dictionaries) once, or inherits the
collecting process's when it is forked, and at most a bounded window of reports is in flight,
so memory stays flat however many files there are. The process
engine with ``jobs`` N runs N-1 pool workers and lets the collecting process compute reports
too whenever it would otherwise wait, so N processes keep N cores busy.

Pointing the Dask engine at a real cluster: start a scheduler and workers on machines that
have womenfed installed and can read the report files under the same paths (e.g. a shared
filesystem), then run ``womenfed build RAW --engine dask --scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from tqdm import tqdm

# tqdm's monitor thread would outlive the first progress bar, and a process with another
# thread running can no longer fork its workers safely (see _start_method).
tqdm.monitor_interval = 0
WINDOW_PER_WORKER = 4
# Reports per dispatch to a pool worker.
CHUNK = 8
_END = object()
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WORKER_CONTEXT = {}


def map_reports(tasks: Iterable, make_context: Callable, process: Callable,
                engine: str = "local", jobs: int = 1, scheduler: str | None = None,
                progress: bool | None = None) -> Iterator[tuple[object, dict]]:
    """Yield ``(task, process(task, context))`` for every task, in input order.

    The engine is set up at once (a process pool starts its workers here), the work happens
    as the results are asked for.
    """
    tasks = list(tasks)
    runners = {"local": _local, "process": _pool, "dask": _dask}
    if engine not in runners:
        raise ValueError(f"unknown engine {engine!r}; choose one of {sorted(runners)}")
    return _with_progress(runners[engine](tasks, make_context, process, max(1, jobs), scheduler),
                          len(tasks), progress)


def _with_progress(results: Iterator, total: int, progress: bool | None) -> Iterator:
    bar = tqdm(total=total, unit="report", disable=_quiet(progress), file=sys.stderr)
    try:
        for result in results:
            bar.update()
            yield result
    finally:
        bar.close()


def _quiet(progress: bool | None) -> bool:
    return not sys.stderr.isatty() if progress is None else not progress


def _local(tasks, make_context, process, jobs, scheduler):
    context = make_context() if tasks else None
    for task in tasks:
        yield task, process(task, context)


def _ordered(tasks, submit, window: int, run_here: Callable | None = None):
    """Keep ``window`` submitted tasks in flight and yield all results in input order.

    With ``run_here``, this process computes the next task itself whenever the oldest one is
    not ready yet, instead of only waiting for it; the submitted tasks are topped up to
    ``window`` whenever it comes back, so the workers never run dry while it computes. At most
    ``window`` results computed here wait for older ones (memory stays bounded).
    """
    pending: deque = deque()  # (task, future, submitted) in input order
    submitted = 0  # submitted tasks not yet yielded
    tasks = iter(tasks)
    exhausted = False
    while True:
        while not exhausted and submitted < window:
            task = next(tasks, _END)
            exhausted = task is _END
            if not exhausted:
                pending.append((task, submit(task), True))
                submitted += 1
        if not pending:
            return
        oldest_task, oldest, was_submitted = pending[0]
        if (run_here is not None and not exhausted and len(pending) < 2 * window
                and not oldest.done()):
            task = next(tasks, _END)
            exhausted = task is _END
            if not exhausted:
                done = Future()
                done.set_result(run_here(task))
                pending.append((task, done, False))
            continue
        pending.popleft()
        submitted -= was_submitted
        yield oldest_task, oldest.result()


def _init_worker(make_context, parent: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler, inherited by fork
    if "context" not in _WORKER_CONTEXT:  # a forked worker has its parent's
        _WORKER_CONTEXT["context"] = make_context()


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the build that started it dies (also by
    ``kill -9``), instead of it living on, orphaned, with its memory (Linux ``prctl``;
    elsewhere the pool's own shutdown is all there is)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _run_chunk_in_worker(process, chunk):
    return [process(task, _WORKER_CONTEXT["context"]) for task in chunk]


def _pool(tasks, make_context, process, jobs, scheduler):
    """``jobs`` processes compute: ``jobs - 1`` pool workers and this one, which also
    collects and writes the results, so on N cores no process only waits.

    The pool starts here, before any result is asked for. On Linux, while this process runs
    no other thread, workers are forked from it after it has built its context, so they
    inherit the loaded dictionaries instead of importing and loading them again.
    """
    if jobs == 1 or not tasks:
        return _local(tasks, make_context, process, jobs, scheduler)
    here = make_context()
    start_method = _start_method()
    if start_method == "fork":
        _WORKER_CONTEXT["context"] = here
        # Objects that exist now are shared with the forked workers page by page; frozen, the
        # workers' garbage collections leave them alone instead of copying every page.
        gc.freeze()
    pool = ProcessPoolExecutor(max_workers=jobs - 1,
                               mp_context=multiprocessing.get_context(start_method),
                               initializer=_init_worker, initargs=(make_context, os.getpid()))
    pool.submit(int)  # the workers start now, while no other thread runs
    return _collect(pool, tasks, process, jobs, here)


def _start_method() -> str:
    """``fork`` where it is safe and cheap (Linux, no other thread in this process that could
    hold a lock at the fork), else ``spawn``."""
    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def _collect(pool, tasks, process, jobs, here):
    """Hand tasks out in chunks: each dispatch needs this process's helper threads (and so
    its interpreter lock, held while it computes), so a worker fed one report at a time can run
    dry between two dispatches."""
    chunks = [tasks[i:i + CHUNK] for i in range(0, len(tasks), CHUNK)]
    try:
        with pool:
            for chunk, results in _ordered(
                    chunks, lambda c: pool.submit(_run_chunk_in_worker, process, c),
                    jobs * WINDOW_PER_WORKER, lambda c: [process(task, here) for task in c]):
                yield from zip(chunk, results, strict=True)
    finally:
        gc.unfreeze()  # what was frozen for the fork is collectable again


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
