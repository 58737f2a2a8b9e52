# The two commands: `make run` and `make test`. Both create the venv and install on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_PROFILE    ?= .demo/profile
DEMO_PASSPHRASE ?= demo-only-passphrase
DEMO_CASES      ?= 2000

.PHONY: run test lint contracts typecheck pytest coverage bench i18n clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

run: $(STAMP)
	@if [ ! -f "$(DEMO_PROFILE)/key.json" ]; then \
		HRDCASE_PASSPHRASE='$(DEMO_PASSPHRASE)' $(BIN)/hrdcase demo --profile "$(DEMO_PROFILE)" \
			--cases $(DEMO_CASES) --seed 7; \
	fi
	@echo "Demo profile: $(abspath $(DEMO_PROFILE))"
	@echo "Demo passphrase (synthetic data only): $(DEMO_PASSPHRASE)"
	@echo "Command line: $(BIN)/hrdcase, or '. $(BIN)/activate' and then hrdcase"
	$(BIN)/hrdcase gui --profile "$(DEMO_PROFILE)"

test: lint contracts typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check hrdcase tests bench

contracts: $(STAMP)
	$(BIN)/lint-imports

# mypy over hrdcase/ (settings in pyproject.toml: strict on models, wellbeing, services, storage).
typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The command line under coverage: its tests, and the `hrdcase` subprocesses they start.
coverage: $(STAMP)
	rm -f .coverage .coverage.*
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m coverage run -m pytest -q tests/integration/test_cli*.py
	$(BIN)/python -m coverage combine -q
	$(BIN)/python -m coverage report --include='hrdcase/cli/*' --skip-covered --sort=cover

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/store_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_startup_bench.py

# Every file with translatable text: the screens, and the Qt-free words the screens share with the
# command line and the case file (services/wording.py, services/audit_text.py: `translate("…", "…")`).
# pyside6-lupdate comes with PySide6 in the venv, so this works from a fresh checkout.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete \
		$$( (find hrdcase/ui -name '*.py'; grep -rl --include='*.py' 'translate("' hrdcase/services) \
		    | sort -u) \
		-ts resources/i18n/hrdcase_en.ts

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache .mypy_cache build dist *.egg-info
