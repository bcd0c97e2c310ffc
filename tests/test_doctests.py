"""Every docstring example in the library runs and gives what it shows."""

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import nội_chính_graph


def _modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.walk_packages(nội_chính_graph.__path__, "nội_chính_graph.")
        if not info.name.endswith("__main__")
    ]
    return [importlib.import_module(name) for name in sorted(names)]


def test_modules_were_found() -> None:
    assert len(_modules()) >= 5


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
