"""A module-level name is bound once: a second assignment of a rule table (two sets both
called ``_NOT_IN_A_NAME``, 4,000 lines apart) silently replaces the first for every function
that reads it, and no linter flags a reassigned constant. Test modules too: a second sample
text of the same name changes what the tests before it test."""

import ast
from collections import Counter
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]
_MODULES = sorted([*(_ROOT / "src").rglob("*.py"), *(_ROOT / "tests").rglob("*.py")])


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_checker_finds_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("_WORDS = {'a'}\n\ndef f(): ...\n\n_WORDS = {'b'}\n", encoding="utf-8")
    assert _bound_twice(module) == ["_WORDS"]


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(_ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
