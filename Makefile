# Carrefour: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=

.PHONY: demo test lint stop help

help:
	@echo "make demo   - installe tout, démarre PostgreSQL intégré, le worker Celery et le site avec la démo"
	@echo "make test   - installe ce qu'il faut aux tests (dont Chromium si possible) et lance toute la suite"
	@echo "make lint   - ruff et les contrats de dépendances entre couches (import-linter)"
	@echo "make stop   - arrête les services intégrés (PostgreSQL, Valkey)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/python manage.py demo

test: $(VENV)/.installed-dev
	sh tests/ensure_chromium.sh
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports

stop: $(VENV)/.installed
	$(BIN)/python -c "from carrefour import broker, db; print('PostgreSQL', db.embedded_database_stop()); print('Valkey', broker.embedded_redis_stop())"
