# The two entry points a newcomer needs: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= data/kyoryoku.db

.PHONY: run test lint bench browser clean

$(BIN)/kyoryoku: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

## refresh the seed list into data/kyoryoku.db, then browse it with Datasette
run: $(BIN)/kyoryoku
	$(BIN)/kyoryoku refresh --db $(DB)
	$(BIN)/kyoryoku serve --db $(DB)

## lint, then the whole test suite (browser test included when Chromium can be installed)
test: $(BIN)/kyoryoku browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n auto --dist loadfile

## headless Chromium (and Japanese fonts, for readable screenshots) for the browser test
## (Debian packages; needs root or an existing install)
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "Noto Sans CJK" || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	  || echo "chromium not installed: the browser test will be skipped"; }

lint: $(BIN)/kyoryoku
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## print the speed and memory figures of every benchmark
bench: $(BIN)/kyoryoku
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
