# The two entry points: `make` (set up, build the tables, run the notebooks) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RAW    := data/raw
OUT    := data/processed
BUILT  := $(OUT)/.built
RUNS   := $(OUT)/.notebooks
EXECUTED := notebooks/executed
SOURCES := $(shell find womenfed -type f \( -name '*.py' -o -name '*.txt' -o -name '*.tsv' -o -name '*.gz' \) 2>/dev/null)
REPORTS := $(shell find $(RAW) -type f 2>/dev/null)
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.py))
FONTS   := $(wildcard womenfed/fonts/*)

.PHONY: all build notebooks test lint bench clean lab
KERNEL  := womenfed
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings
all: notebooks

# Editable in compat mode (a path in sys.path, not an import hook): a folder named `womenfed`
# in the working directory, such as a checkout, cannot shadow the package.
# The kernel is registered inside .venv under the project's name, and JupyterLab is told to
# open a `.py` notebook as a notebook (jupytext writes the `.py` back when it is saved).
$(STAMP): pyproject.toml tools/jupyterlab-overrides.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name 'Python (womenfed)'
	mkdir -p $(LAB_SETTINGS) && cp tools/jupyterlab-overrides.json $(LAB_SETTINGS)/overrides.json
	touch $@

# JupyterLab on the repository, opened at notebooks/ (double-click a `.py` to open it).
lab: $(BUILT)
	$(BIN)/jupyter lab --ServerApp.allow_root=True --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/notebooks

build: $(BUILT)
$(BUILT): $(STAMP) $(SOURCES) $(REPORTS)
	$(BIN)/womenfed build $(RAW) --out $(OUT)
	touch $@

# The executed notebook (committed, for readers) is the target: a second `make` reruns only
# notebooks that changed, or all of them when the tables were rebuilt (any library change
# rebuilds them, from the cache). Each run leaves a rule naming the figures and exports it
# wrote, so a notebook whose outputs were deleted runs again.
notebooks: $(patsubst notebooks/%.py,$(EXECUTED)/%.ipynb,$(NOTEBOOKS))
$(EXECUTED)/%.ipynb: notebooks/%.py $(BUILT) $(FONTS)
	$(BIN)/python -m womenfed.run_notebooks $< --depfile $(RUNS)/$*.d
-include $(wildcard $(RUNS)/*.d)

lint: $(STAMP)
	$(BIN)/ruff check womenfed tests benchmarks

test: $(BUILT) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(OUT)/*.parquet $(OUT)/*.csv $(OUT)/current $(OUT)/generations $(OUT)/.cache $(BUILT) $(RUNS)
