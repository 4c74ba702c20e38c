"""The one exception type a stage raises for bad input, so the pipeline can name file and stage."""

from __future__ import annotations


class InputError(Exception):
    """A report file that cannot be turned into a report; becomes a row of the ``errors`` table."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message
