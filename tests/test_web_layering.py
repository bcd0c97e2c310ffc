"""The web layer's shape (issue 15, item 8): the read model and the CLI stay free of the web
stack, and ``ncg serve`` hands its settings to the app through the environment intact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from nội_chính_graph.cli.store_cmds import settings_environment
from nội_chính_graph.config import Settings

ROOT = Path(__file__).resolve().parents[1]
VIEWS = sorted((ROOT / "src" / "nội_chính_graph" / "views").glob("*.py"))


def loaded_after(imports: str) -> set[str]:
    """Module names a fresh interpreter holds after running ``imports``."""
    code = f"import sys\n{imports}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(result.stdout.split())


def test_the_views_package_has_modules() -> None:
    assert {p.stem for p in VIEWS} >= {"service", "facts", "blocs", "people", "graphs", "models"}


def test_the_read_model_and_linked_data_pages_import_no_web_framework() -> None:
    modules = [f"nội_chính_graph.views.{p.stem}" for p in VIEWS if p.stem != "__init__"]
    modules += ["nội_chính_graph.linked_data.describe", "nội_chính_graph.explorer"]
    loaded = loaded_after("\n".join(f"import {m}" for m in modules))
    assert not {m for m in loaded if m.split(".")[0] in {"fastapi", "starlette"}}
    assert not {m for m in loaded if m.startswith(("nội_chính_graph.web", "api"))}


def test_the_cli_never_imports_the_web_app() -> None:
    loaded = loaded_after("import nội_chính_graph.cli")
    assert "api.app" not in loaded
    assert "fastapi" not in loaded


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No ``NCG_*`` variable from the calling shell."""
    for key in [k for k in os.environ if k.startswith("NCG_")]:
        monkeypatch.delenv(key)
    return monkeypatch


def test_settings_come_back_equal_from_the_environment(
    clean_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    given = Settings(
        store="remote",
        data_dir=tmp_path / "store dir",
        remote_url="http://127.0.0.1:7878/query",
        remote_timeout=2.5,
        load_data_on_start=False,
        max_rows=7,
        cors_origins=["http://a.example", "http://b.example"],
        api_tokens=SecretStr("alice:t1,bob:t2"),
        allow_service=True,
        access_log=True,
    )
    for key, value in settings_environment(given).items():
        if value is not None:
            clean_environment.setenv(key, value)
    read_back = Settings()
    assert read_back == given
    assert read_back.api_tokens.get_secret_value() == "alice:t1,bob:t2"


def test_an_unset_optional_setting_unsets_its_variable() -> None:
    env = settings_environment(Settings(remote_url=None))
    assert env["NCG_REMOTE_URL"] is None
    assert env["NCG_STORE"] == "oxigraph"
