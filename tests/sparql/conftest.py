"""Shared fixtures: an app on an in-memory store holding tests/sparql/fixtures/*.trig."""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TRIG_FILES = sorted(FIXTURES.glob("*.trig"))
TIMEOUT = 1.5
MAX_ROWS = 50
ALLOWED_ORIGIN = "https://explorer.example.org"


def make_settings(**overrides: object) -> Settings:
    """Settings for an app on a memory store with short limits."""
    base = Settings(
        store="memory",
        load_data_on_start=False,
        query_workers=2,
        query_timeout=TIMEOUT,
        max_rows=MAX_ROWS,
        cors_origins=[ALLOWED_ORIGIN],
    )
    return base.model_copy(update=overrides)


def load_fixtures(app: FastAPI) -> None:
    """Put the fixture graphs into the app's store."""
    assert TRIG_FILES, f"no fixture files in {FIXTURES}"
    app.state.store.load_files(TRIG_FILES)


@pytest.fixture(scope="package")
def app() -> Iterator[FastAPI]:
    """One app for the whole package (starting query workers takes a moment)."""
    application = create_app(make_settings())
    with TestClient(application):
        load_fixtures(application)
        yield application


@pytest.fixture(scope="package")
def client(app: FastAPI) -> TestClient:
    """A client for ``app`` (its lifespan is already running)."""
    return TestClient(app)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on a free port; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)


@pytest.fixture(scope="package")
def live_url() -> Iterator[str]:
    """Base URL of a real HTTP server running the app with the fixture data."""
    application = create_app(make_settings())
    with running(application) as url:
        load_fixtures(application)
        yield url
