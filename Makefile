# nrmkit: the README's two commands are `make demo` and `make test`.
# Both work on a fresh Debian 12 or 13 machine: they install the libyang C
# library and yanglint with apt where missing, create .venv, install the
# libyang binding that matches the system library, then nrmkit itself.
# A second run does no network work (the venv carries a stamp file).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.nrmkit-installed
LY_HEADER := /usr/include/libyang/version.h
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: demo test lint typecheck unit system-deps bench clean

demo: $(STAMP)
	$(BIN)/python examples/demo.py

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples

typecheck: $(STAMP)
	$(BIN)/mypy --strict src/

unit: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/validate.py
	$(BIN)/python benchmarks/diff.py
	$(BIN)/python benchmarks/tables.py

# System packages: the libyang C library with headers and yanglint, a C
# compiler and Python headers for the binding's CFFI build, and venv support.
system-deps:
	@missing=""; \
	command -v yanglint >/dev/null || missing=1; \
	[ -f $(LY_HEADER) ] || missing=1; \
	command -v cc >/dev/null || missing=1; \
	$(PYTHON) -c 'import ensurepip, sysconfig, os, sys; \
	  sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
	  2>/dev/null || missing=1; \
	if [ -n "$$missing" ]; then \
	  . /etc/os-release; \
	  case "$${VERSION_ID:-}" in \
	    12) ly="libyang2-dev libyang2-tools" ;; \
	    *) ly="libyang-dev libyang3-tools" ;; \
	  esac; \
	  echo "installing system packages: $$ly (Debian $${VERSION_ID:-?})"; \
	  $(SUDO) apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    $$ly gcc python3-dev python3-venv; \
	fi

# The binding must match the C library's SO major version (header).
$(STAMP): pyproject.toml | system-deps
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	so_major=$$(awk '/define LY_VERSION_MAJOR/ {print $$3}' $(LY_HEADER)); \
	case "$$so_major" in \
	  2) binding='libyang>=2.7.1,<=2.8.0' ;; \
	  3) binding='libyang>=3.2,<4' ;; \
	  *) echo "unsupported libyang SO major $$so_major" >&2; exit 1 ;; \
	esac; \
	echo "libyang SO major $$so_major: installing binding $$binding"; \
	$(BIN)/python -m pip install -q --upgrade 'pip>=23' ; \
	$(BIN)/python -m pip install -q "$$binding"; \
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
