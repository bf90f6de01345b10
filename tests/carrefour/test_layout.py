"""The layout rules of the code base, checked over every module of the apps (the layering itself is checked by
import-linter, from the contracts in pyproject.toml, in `make test`).

- No module over 600 lines; no function over 80 lines unless its docstring says why (it contains "(long:").
- A project module imported inside a function says why on that line or the line above (an import cycle cut,
  the app registry not ready yet…): otherwise it belongs at the top of the module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("carrefour", "communities", "initiatives", "search")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def app_modules() -> list[Path]:
    return sorted(
        path for app in APPS for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "settings" not in path.parts
    )


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def long_modules(paths: list[Path]) -> list[str]:
    return [f"{shown(path)}: {count} lines" for path in paths
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]


def long_functions(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES and "(long:" not in (ast.get_docstring(node) or ""):
                    found.append(f"{shown(path)}:{node.lineno} {node.name}() is {length} lines")
    return found


def unexplained_local_imports(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Import | ast.ImportFrom) or node.col_offset == 0:
                continue
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            if getattr(node, "level", 0) or not module or module.split(".")[0] not in APPS:
                continue
            here, above = lines[node.lineno - 1], lines[node.lineno - 2].strip()
            if "#" not in here and not above.startswith("#"):
                found.append(f"{shown(path)}:{node.lineno} imports {module} inside a function")
    return found


def test_no_module_is_over_600_lines():
    assert long_modules(app_modules()) == []


def test_no_function_is_over_80_lines_without_a_reason():
    assert long_functions(app_modules()) == []


def test_function_level_imports_of_project_modules_say_why():
    assert unexplained_local_imports(app_modules()) == []


@pytest.mark.parametrize("check, source", [
    (long_modules, "x = 1\n" * (MAX_MODULE_LINES + 1)),
    (long_functions, "def f():\n" + "    x = 1\n" * MAX_FUNCTION_LINES),
    (unexplained_local_imports, "def f():\n    from search.query import suggest\n    return suggest\n"),
])
def test_each_check_finds_what_it_looks_for(tmp_path, check, source):
    module = tmp_path / "probe.py"
    module.write_text(source, encoding="utf-8")
    assert check([module]) != []
