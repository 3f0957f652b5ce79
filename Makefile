# Two commands for a fresh machine: `make run` and `make test`. Everything else is detail.
PYTHON ?= python3.13
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHECKOV_VENV := .venv-checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
PORT ?= 7071

.PHONY: run test venv checkov clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null || { echo "error: $(PYTHON) is not a working Python 3.13 (Python 3.13 is required)"; exit 1; }
	@# a venv left from another Python version (e.g. 3.11) cannot take the 3.13-only pins: rebuild it
	$(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

$(CHECKOV_STAMP): requirements-infra.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet -r requirements-infra.txt
	touch $(CHECKOV_STAMP)

venv: $(STAMP)
checkov: $(CHECKOV_STAMP)

## make run: serve the app on :$(PORT) (func start when Core Tools is installed, else the dev host)
run: $(STAMP)
	PORT=$(PORT) bash scripts/run_local.sh

## make test: the whole suite against a real PostgreSQL (started from the binaries if none is reachable)
test: $(STAMP) $(CHECKOV_STAMP)
	bash scripts/run_tests.sh

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) .pytest_cache .hypothesis
