"""The exceptions womenfed raises on purpose: bad input (naming file and stage) and an output
folder it cannot write."""

from __future__ import annotations


class InputError(Exception):
    """A report file that cannot be turned into a report; becomes a row of the ``errors`` table."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message


class OutputError(Exception):
    """The output folder cannot take the tables (read-only, full, locked by another build);
    the previous tables stay as they were."""
