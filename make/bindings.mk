# Regenerate the xsdata bindings of every country's declaration.xsd:
#   src/adapters/declaration/countries/<cc>/declaration.xsd -> src/adapters/declaration/bindings/<cc>/
# xsdata writes whole packages (adapters/__init__.py too), so it generates into a scratch directory and only the
# bindings folder is copied back. xsdata[cli] formats its output with ruff: both come from the venv.

BINDINGS_VENV ?= $(CURDIR)/.venv/bin
BINDINGS_SRC := src/adapters/declaration
BINDINGS_COUNTRIES := $(notdir $(patsubst %/declaration.xsd,%,$(wildcard $(BINDINGS_SRC)/countries/*/declaration.xsd)))
BINDINGS_TMP := $(CURDIR)/.cache/bindings

.PHONY: bindings
bindings:
	@for cc in $(BINDINGS_COUNTRIES); do \
	  echo "bindings: $$cc"; \
	  rm -rf $(BINDINGS_TMP) && mkdir -p $(BINDINGS_TMP) && \
	  (cd $(BINDINGS_TMP) && PATH="$(BINDINGS_VENV):$$PATH" xsdata generate \
	    $(CURDIR)/$(BINDINGS_SRC)/countries/$$cc/declaration.xsd \
	    --package adapters.declaration.bindings.$$cc \
	    --unnest-classes --docstring-style Blank --max-line-length 110 >/dev/null) && \
	  rm -rf $(BINDINGS_SRC)/bindings/$$cc && \
	  cp -r $(BINDINGS_TMP)/adapters/declaration/bindings/$$cc $(BINDINGS_SRC)/bindings/$$cc || exit 1; \
	done
	@rm -rf $(BINDINGS_TMP)
