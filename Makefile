# The two set-up commands of the README: `make run` and `make test`. Each builds .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run lint test bench model bundle deb clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/speechwriter

# ruff (mistakes, import order) and mypy (types) over the code; `make test` runs it first, so CI does
lint: $(STAMP)
	$(BIN)/python -m ruff check speechwriter tests bench
	$(BIN)/python -m mypy

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Retrain the analyser's models from the labelled speeches in ../shared (corpus + seed labels) and
# bench/corpus (header and kind labels; its texts never ship), the development sets bench/corpus_fresh and
# bench/corpus_fresh2 (header and kind labels: both models learn from them; the kind since kind5, the
# header since header6) and bench/corpus_fresh4 (the header model alone: its kind figure stays a
# development figure) — never bench/corpus_fresh5 or corpus_fresh6, the held-out
# sets, which training refuses — and
# record the source-grouped cross-validation figures beside them (resources/models/model.json).
SHARED ?= ../shared
model: $(STAMP)
	$(BIN)/python -m speechwriter.core.training --corpus $(SHARED)/corpus --corpus bench/corpus --corpus bench/corpus_fresh --corpus bench/corpus_fresh2 --header-corpus bench/corpus_fresh4 --header-corpus bench/corpus_fresh3 --seeds $(SHARED)/seeds/labels --out resources/models
	$(BIN)/python bench/structure.py --train-with bench/corpus_fresh --train-with bench/corpus_fresh2 --header-with bench/corpus_fresh4 --header-with bench/corpus_fresh3 --record resources/models/model.json | tail -1

# The offline installs (packaging/, README 安装): PyInstaller only here, never in the test set-up.
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	rm -rf dist/speechwriter
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/speechwriter.spec

deb: bundle
	packaging/build_deb.sh dist/speechwriter dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
