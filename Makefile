# The two entry points: `make` (set up, build the tables, run the notebooks) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RAW    := data/raw
OUT    := data/processed
BUILT  := $(OUT)/.built
RUNS   := $(OUT)/.notebooks
SOURCES := $(shell find womenfed -type f \( -name '*.py' -o -name '*.txt' -o -name '*.tsv' \) 2>/dev/null)
REPORTS := $(shell find $(RAW) -type f 2>/dev/null)
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.py))
FONTS   := $(wildcard womenfed/fonts/*)

.PHONY: all build notebooks test lint bench clean
all: notebooks

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

build: $(BUILT)
$(BUILT): $(STAMP) $(SOURCES) $(REPORTS)
	$(BIN)/womenfed build $(RAW) --out $(OUT)
	touch $@

# One stamp per notebook: a second `make` reruns only notebooks that changed, or all of them
# when the tables were rebuilt (any library change rebuilds them, from the cache).
notebooks: $(patsubst notebooks/%.py,$(RUNS)/%.done,$(NOTEBOOKS))
$(RUNS)/%.done: notebooks/%.py $(BUILT) $(FONTS)
	$(BIN)/python -m womenfed.run_notebooks $<
	@mkdir -p $(@D) && touch $@

lint: $(STAMP)
	$(BIN)/ruff check womenfed tests benchmarks

test: $(BUILT) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(OUT)/*.parquet $(OUT)/*.csv $(OUT)/current $(OUT)/generations $(OUT)/.cache $(BUILT) $(RUNS)
