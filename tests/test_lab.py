"""JupyterLab as a researcher opens it: a Jupyter server on localhost serves a ``.py``
notebook as a notebook (jupytext), with the project's kernel, and saving writes the ``.py``.

The server runs this interpreter's ``jupyter lab`` with its configuration and kernels from
``.venv`` only (user folders point at a temporary place), as ``make lab`` starts it.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from womenfed import paths, run_notebooks

NOTEBOOK = "02-terms.py"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, port: int, token: str):
        self.base = f"http://127.0.0.1:{port}"
        self.token = token

    def request(self, path: str, method: str = "GET", body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.base}{path}", data=data, method=method, headers={
            "Authorization": f"token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab-root")
    shutil.copy(paths.NOTEBOOKS / NOTEBOOK, root / NOTEBOOK)
    private = tmp_path_factory.mktemp("jupyter-user")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(private / "config"),
           "JUPYTER_DATA_DIR": str(private / "data"), "JUPYTER_RUNTIME_DIR": str(private / "run"),
           "JUPYTER_PLATFORM_DIRS": "1"}
    port, token = _free_port(), secrets.token_hex(16)
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
         "--ServerApp.allow_root=True", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    client = Server(port, token)
    deadline = time.monotonic() + 90
    while True:
        try:
            client.request("/api/status")
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"jupyter lab did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.5)
    yield client, root
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def test_a_py_notebook_opens_as_a_notebook_with_the_project_kernel(server):
    client, _ = server
    model = client.request(f"/api/contents/{NOTEBOOK}?type=notebook&content=1")
    assert model["type"] == "notebook"
    cells = model["content"]["cells"]
    assert {cell["cell_type"] for cell in cells} == {"markdown", "code"}
    assert any("import womenfed" in cell["source"] or "from womenfed" in cell["source"]
               for cell in cells if cell["cell_type"] == "code")
    assert model["content"]["metadata"]["kernelspec"]["name"] == run_notebooks.KERNEL_NAME


def test_the_project_kernel_is_registered_for_this_interpreter(server):
    client, _ = server
    specs = client.request("/api/kernelspecs")["kernelspecs"]
    assert run_notebooks.KERNEL_NAME in specs, "run `make .venv/.installed` to register it"
    argv = specs[run_notebooks.KERNEL_NAME]["spec"]["argv"]
    assert os.path.realpath(argv[0]) == os.path.realpath(sys.executable)


def test_saving_the_notebook_writes_the_py_file(server):
    client, root = server
    model = client.request(f"/api/contents/{NOTEBOOK}?type=notebook&content=1")
    marker = "# a line a researcher added in JupyterLab"
    model["content"]["cells"][1]["source"] += "\n" + marker
    client.request(f"/api/contents/{NOTEBOOK}", method="PUT",
                   body={"type": "notebook", "format": "json", "content": model["content"]})
    saved = (root / NOTEBOOK).read_text(encoding="utf-8")
    assert marker in saved
    assert saved.startswith("# ---\n# jupyter:") and "# %%" in saved
    assert not (root / NOTEBOOK.replace(".py", ".ipynb")).exists()


def test_every_notebook_names_the_project_kernel():
    import jupytext

    for notebook in run_notebooks.discover():
        kernel = jupytext.read(notebook).metadata["kernelspec"]["name"]
        assert kernel == run_notebooks.KERNEL_NAME, notebook.name
