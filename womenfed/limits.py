"""A time limit per report file, so one file that takes forever never stops a corpus.

Every engine runs ``pipeline.process_report``, which runs its stages under ``time_limit``:
in a process's main thread (the local engine, pool workers, the collecting process) a
``SIGALRM`` timer interrupts the stage, also inside a regular expression; in a worker thread
(Dask workers) a timer thread raises the exception in the worker's thread, which Python code
notices between two bytecodes (a single long call into C finishes first).
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Five minutes: about ten times what the largest accepted file (20 MB) takes on one core.
DEFAULT_SECONDS = 300.0


class TimeLimitExceeded(Exception):
    """Raised inside the work of one report when its time limit runs out."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block once it has run ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


def _raise(signum, frame):
    raise TimeLimitExceeded


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    """The limit for a thread other than the main one: an exception set in it asynchronously;
    the lock makes sure it is never set after the block has ended."""
    thread_id, lock, state = threading.get_ident(), threading.Lock(), {"running": True}

    def expire():
        with lock:
            if state["running"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                                           ctypes.py_object(TimeLimitExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["running"] = False
        timer.cancel()
