# Dodam — developer entry points. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
BUILD_STAMP := $(VENV)/.installed-build
LINT_PATHS := desktop tests tools benchmarks

.PHONY: demo test lint typecheck unit test-ui test-reliability suite translations bench build run clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Dodam needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m desktop --demo

run: $(STAMP)
	$(PY) -m desktop

lint: $(STAMP)
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check $(LINT_PATHS)

typecheck: $(STAMP)
	$(PY) -m mypy

PYTEST := QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 --dist worksteal

# The tests by kind: `unit` (the core, the command line, the reports; fast), `test-ui` (the
# windows, offscreen) and `test-reliability` (killed processes, damaged files, adversaries).
unit: $(STAMP)
	$(PYTEST) tests/unit

test-ui: $(STAMP)
	$(PYTEST) tests/ui

test-reliability: $(STAMP)
	$(PYTEST) tests/reliability

# Every test in one run (both cores stay busy), listing the 15 slowest.
suite: $(STAMP)
	$(PYTEST) --durations=15

test: lint typecheck suite

# Regenerate the Korean and English translation sources from the code, then compile them. English
# holds only the plural forms ("%n case(s)" -> "1 case" / "3 cases"), filled by tools/fill_en.py.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find desktop -name '*.py' | sort) -ts resources/translations/dodam_ko.ts
	cd tools && ../$(PY) fill_ko.py ../resources/translations/dodam_ko.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/dodam_ko.ts -qm resources/translations/dodam_ko.qm
	$(VENV)/bin/pyside6-lupdate $$(find desktop -name '*.py' | sort) -pluralonly -no-obsolete \
		-source-language en -target-language en -ts resources/translations/dodam_en.ts
	$(PY) tools/fill_en.py resources/translations/dodam_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/dodam_en.ts -qm resources/translations/dodam_en.qm

# Performance targets: generates the large-school data sets on first use (a few minutes,
# cached in benchmarks/data/), then prints the table and writes benchmarks/results.json and README.
bench: $(STAMP)
	$(PY) -m benchmarks.run

# The release: a one-folder PyInstaller build in dist/dodam/ (build.spec); check it with
# `dist/dodam/dodam --self-test` (on Windows: dist\dodam\dodam-cli.exe --self-test).
$(BUILD_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	touch $(BUILD_STAMP)

build: $(BUILD_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/dodam

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
