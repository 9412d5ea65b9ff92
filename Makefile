# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install clean quality bench

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
# rules were developed with, on a held-out sample of the same documents, and on samples of texts that are not
# among the seeds (tests/annotations/held-out/, unseen/, sample3/, sample4/, sample5/ to sample27/, by language, with own-symbol accuracy) (BENCHMARKS.md).
quality: install
	$(BIN)/python -m loaders.documents.quality tests/annotations tests/annotations/held-out tests/annotations/unseen tests/annotations/sample3 tests/annotations/sample4 tests/annotations/sample5 tests/annotations/sample6 tests/annotations/sample7 tests/annotations/sample8 tests/annotations/sample9 tests/annotations/sample10 tests/annotations/sample11 tests/annotations/sample12 tests/annotations/sample13 tests/annotations/sample14 tests/annotations/sample15 tests/annotations/sample16 tests/annotations/sample17 tests/annotations/sample18 tests/annotations/sample19 tests/annotations/sample20 tests/annotations/sample21 tests/annotations/sample22 tests/annotations/sample23 tests/annotations/sample24 tests/annotations/sample25 tests/annotations/sample26 tests/annotations/sample27

# The scale benchmark (BENCHMARKS.md): a synthetic graph of about 10^5 nodes and 10^6
# relationships on a Neo4j server of its own (a whole run from a fresh clone took 7 minutes on 2026-12-07 on 2 cores,
# `make install` included; the table gives each step's time with the load average).
# Options go in BENCH_ARGS, e.g. make bench BENCH_ARGS="--scale 0.1 --runs 50".
bench: install
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) *.egg-info
