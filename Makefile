# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install clean quality

run: install
	$(BIN)/mechgraph db start
	$(BIN)/mechgraph db init
	$(BIN)/mechgraph load
	$(BIN)/mechgraph ingest seeds/documents/
	$(BIN)/mechgraph dashboard

test: install
	$(BIN)/pytest

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Precision and recall of ingestion against the hand-annotated paragraphs, on the sample the
# rules were developed with and on a held-out sample (BENCHMARKS.md).
quality: install
	$(BIN)/python -m loaders.quality tests/annotations tests/annotations/held-out

clean:
	rm -rf $(VENV) *.egg-info
