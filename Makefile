# Gumruk: `make demo` runs the main job on the examples, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_OUT ?= out/demo

.PHONY: install demo test lint bench bindings clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(DEMO_OUT)
	@for invoice in examples/invoice-*; do \
		name=$$(basename $${invoice%.*}); \
		$(BIN)/gumruk declare $$invoice --header examples/header-$${name#invoice-}.toml \
			-o $(DEMO_OUT)/$$name.xml --report $(DEMO_OUT)/$$name-lines.csv || exit $$?; \
	done

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/read.py
	$(BIN)/python bench/memory.py

clean:
	rm -rf $(VENV) out .gumruk

-include make/*.mk
