"""Execute the numbered notebooks in order: ``python -m womenfed.run_notebooks``.

Notebooks are jupytext percent scripts (``notebooks/NN-name.py``); each is converted in
memory and executed by nbclient in a kernel of *this* interpreter. The executed notebook is
written to ``notebooks/executed/NN-name.ipynb`` under the project root, normalised so that a
rerun gives the same bytes (cell ids by position, execution counts 1..n, no timings, no
Python patch version), for readers who browse the repository without running anything. A
failing cell stops the run with the notebook, the cell number and the error.

``--depfile`` writes a Makefile rule naming the files the notebook wrote (figures, exports),
so ``make`` runs a notebook again when one of them has been deleted.

``--root`` (or ``WOMENFED_ROOT``) sends every read and write of ``womenfed.paths`` to another
folder, which is how the tests run the notebooks without touching the repository.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

from . import paths
from .atomic import write_bytes_atomic

KERNEL_NAME = "womenfed"  # the kernel `make` registers in .venv; every notebook's header names it
CELL_TIMEOUT = 600  # seconds per cell; the sample corpus needs a few
NOTEBOOK_GLOB = "[0-9][0-9]-*.py"
EXECUTED = Path("notebooks") / "executed"  # under the project root
OUTPUT_FOLDERS = (Path("figures"), Path("data") / "exports")  # what notebooks write, by root
MISSING_GLYPH_TEXT = "missing from font"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")  # colours in kernel tracebacks


class NotebookError(RuntimeError):
    """A notebook cell failed; the message names the notebook and the cell."""


class _ThisInterpreter(KernelSpecManager):
    """Every kernel name resolves to ipykernel on ``sys.executable``: a ``python3`` kernelspec
    installed for another Python (in ``~/.local/share/jupyter``) must not run the notebooks."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        from ipykernel.kernelspec import get_kernel_dict

        return KernelSpec(**get_kernel_dict())


def discover(directory: Path = paths.NOTEBOOKS) -> list[Path]:
    """The notebooks ``NN-name.py`` in ``directory``, in reading order."""
    return sorted(Path(directory).glob(NOTEBOOK_GLOB))


def kernel_environment(root: Path | None, matplotlib_config: Path) -> dict[str, str]:
    """The parent's environment, pointed at ``root``, with hashing and dates pinned and
    matplotlib's font list built afresh in ``matplotlib_config``: a font cache left in the
    user's folder by another matplotlib (of another install, with other fonts) would otherwise
    decide which fallback fonts a figure is drawn with, so figures would depend on the machine's
    history."""
    env = dict(os.environ)
    if root is not None:
        env[paths.ROOT_VARIABLE] = str(Path(root).resolve())
    env["PYTHONHASHSEED"] = "0"
    env["SOURCE_DATE_EPOCH"] = "0"
    env["MPLCONFIGDIR"] = str(matplotlib_config)
    env.setdefault("MPLBACKEND", "agg")  # figures are saved to files; no inline copies to render
    return env


def run_notebook(path: Path, root: Path | None = None,
                 timeout: int = CELL_TIMEOUT) -> nbformat.NotebookNode:
    """Execute one notebook, write it with its outputs to ``notebooks/executed/`` of the
    project root, and return it (the caller may inspect the outputs)."""
    path = Path(path)
    project = Path(root).resolve() if root is not None else paths.ROOT
    notebook = execute(path, root, timeout)
    executed = project / EXECUTED / f"{path.stem}.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(executed, nbformat.writes(normalised(notebook)).encode("utf-8") + b"\n")
    return notebook


def normalised(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy without what changes from run to run or machine to machine: cell ids from
    their position, execution counts 1..n in order, no per-cell timing metadata, and the
    Python version cut to major.minor."""
    notebook = nbformat.from_dict(notebook)
    count = 0
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"cell-{number:03d}"
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            count += 1
            cell["execution_count"] = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = count
    language = notebook.metadata.get("language_info", {})
    if "version" in language:
        language["version"] = ".".join(language["version"].split(".")[:2])
    return notebook


def written_files(root: Path) -> dict[Path, int]:
    """Modification times of the files under the output folders of ``root``."""
    return {file: file.stat().st_mtime_ns for folder in OUTPUT_FOLDERS
            for file in sorted((root / folder).glob("**/*")) if file.is_file()}


def execute(path: Path, root: Path | None = None,
            timeout: int = CELL_TIMEOUT) -> nbformat.NotebookNode:
    """Execute one notebook in memory and return it with its outputs."""
    notebook = jupytext.read(path)
    # Local sockets in a private folder: no TCP port is opened for the kernel; matplotlib's
    # configuration and font cache live there too.
    with tempfile.TemporaryDirectory(prefix="womenfed-kernel-") as sockets:
        kernel = KernelManager(kernel_spec_manager=_ThisInterpreter(), transport="ipc",
                               ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(notebook, timeout=timeout, kernel_name=KERNEL_NAME, km=kernel,
                                record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute(env=kernel_environment(root, Path(sockets) / "matplotlib"))
        except (CellExecutionError, CellTimeoutError) as error:
            message = ANSI_ESCAPE.sub("", str(error))
            raise NotebookError(f"{path}: {_failed_cell(notebook)}\n{message}") from None
        finally:
            if kernel.has_kernel:  # nbclient leaves a kernel it did not create running
                kernel.shutdown_kernel(now=True)
    glyph_warnings = [text for text in _stream_texts(notebook) if MISSING_GLYPH_TEXT in text]
    if glyph_warnings:
        raise NotebookError(f"{path}: missing glyphs (Chinese would show as boxes):\n"
                            + "\n".join(glyph_warnings))
    return notebook


def _failed_cell(notebook: nbformat.NotebookNode) -> str:
    """'cell N' (1-based, counting every cell) of the first cell with an error output."""
    for number, cell in enumerate(notebook.cells, start=1):
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
            return f"cell {number} ({first_line})"
    return "a cell timed out or the kernel died"


def _stream_texts(notebook: nbformat.NotebookNode) -> list[str]:
    return [output.get("text", "") for cell in notebook.cells for output in cell.get("outputs", [])
            if output.get("output_type") == "stream"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m womenfed.run_notebooks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to run (default: every notebooks/NN-*.py, in order)")
    parser.add_argument("--root", type=Path, default=None,
                        help="project folder whose data/ and figures/ the notebooks use")
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    parser.add_argument("--depfile", type=Path, default=None,
                        help="write a Makefile rule: the executed notebook depends on the "
                             "files the notebook wrote (one notebook only)")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or discover()
    if not notebooks:
        parser.error(f"no notebooks matching {NOTEBOOK_GLOB} in {paths.NOTEBOOKS}")
    if args.depfile and len(notebooks) != 1:
        parser.error("--depfile needs exactly one notebook")
    project = args.root.resolve() if args.root else paths.ROOT
    for path in notebooks:
        started = time.perf_counter()
        before = written_files(project)
        try:
            run_notebook(path, root=args.root, timeout=args.timeout)
        except NotebookError as error:
            print(f"FAILED {error}", file=sys.stderr)
            return 1
        if args.depfile:
            after = written_files(project)
            outputs = [file for file, stamp in after.items() if before.get(file) != stamp]
            write_depfile(args.depfile, project / EXECUTED / f"{path.stem}.ipynb", outputs,
                          project)
        print(f"{path.name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def write_depfile(depfile: Path, target: Path, outputs: list[Path], project: Path) -> None:
    """``target: outputs`` plus an empty rule per output, so that a deleted output counts as
    remade and ``make`` executes the notebook again (the rule for missing headers in C)."""
    names = [file.relative_to(project).as_posix() for file in outputs]
    lines = [f"{target.relative_to(project).as_posix()}: {' '.join(names)}", "",
             *(f"{name}:" for name in names)]
    depfile.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(depfile, ("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
