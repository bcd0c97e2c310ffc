"""The CLI beside a running ``ncg serve`` on the same on-disk store (issue 15, item 1).

A real ``ncg serve`` runs in its own process group on a free port over a store in a temporary
folder. Readers (``query``, ``export``, ``ingest --dry-run``, ``review``) read the store
read-only beside it; ``load`` says in one line what to do; ``ingest`` commits through the
server with a steward token. Never a traceback. Ctrl+C stops the server without the query
workers' ``KeyboardInterrupt`` tracebacks.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner, Result

from nội_chính_graph.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "noi-chinh-2021-giao-uoc-baovephapluat.txt"
NCG = Path(sys.executable).with_name("ncg")
TOKEN = "beside-the-server-token"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# A leader with no member, no source and no evidence: the shapes refuse it.
LEADER_ONLY = """\
@prefix org: <http://www.w3.org/ns/org#> .
@prefix ncg: <https://w3id.org/noi-chinh/ontology#> .
@prefix id: <https://w3id.org/noi-chinh/id/> .
<https://w3id.org/noi-chinh/id/membership/khoi-thi-dua-so-1/2030/bo-tu-phap/leader>
  a ncg:BlocMembership ;
  org:member id:agency\\/bo-tu-phap ;
  org:organization id:bloc\\/khoi-thi-dua-so-1 ;
  org:role id:bloc-role\\/leader ;
  org:memberDuring id:year\\/2030 .
"""


@dataclass(frozen=True)
class Served:
    """A running ``ncg serve``: its URL, its store folder, its process."""

    url: str
    store: Path
    process: subprocess.Popen[bytes]

    @property
    def store_args(self) -> list[str]:
        return ["--store", str(self.store)]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(args: list[str], env: dict[str, str]) -> tuple[str, subprocess.Popen[bytes]]:
    """``ncg serve ARGS`` in its own process group; its URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [str(NCG), "serve", "--port", str(port), *args],
        cwd=ROOT,
        env=os.environ | {"NCG_QUERY_WORKERS": "1"} | env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, process.communicate()[0].decode()
        try:
            if httpx.get(f"{url}/api/v1/ingests", timeout=2).status_code == 200:
                return url, process
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "ncg serve did not start"
        time.sleep(0.2)


def interrupt(process: subprocess.Popen[bytes]) -> str:
    """Ctrl+C to the server's whole process group, as a terminal sends it; its output."""
    os.killpg(process.pid, signal.SIGINT)
    try:
        output, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
    return output.decode()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The shipped data in an on-disk store, served by ``ncg serve`` with a steward token."""
    store = tmp_path_factory.mktemp("beside") / "store"
    loaded = CliRunner().invoke(app, ["load", "--store", str(store)])
    assert loaded.exit_code == 0, loaded.output
    url, process = start_server(["--store", str(store)], {"NCG_API_TOKENS": f"steward:{TOKEN}"})
    try:
        yield Served(url, store, process)
    finally:
        if process.poll() is None:
            interrupt(process)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """``ncg ARGS`` in this process; a traceback would show as an exception in the result."""
    result = CliRunner().invoke(app, list(args), env={"NCG_STEWARD_TOKEN": None, **(env or {})})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def test_the_server_leaves_a_note_of_where_it_listens(served: Served) -> None:
    note = json.loads(served.store.with_name("store.server.json").read_text(encoding="utf-8"))
    assert note == {"url": served.url, "pid": served.process.pid}


def test_query_reads_the_store_beside_the_server(served: Served) -> None:
    result = run("query", COUNT, "--format", "csv", *served.store_args)
    assert result.exit_code == 0, result.output
    counted = int(result.stdout.splitlines()[1])
    answer = httpx.get(
        f"{served.url}/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"}
    )
    assert counted == int(answer.text.splitlines()[1]) > 1000


def test_export_writes_every_quad_beside_the_server(served: Served, tmp_path: Path) -> None:
    target = tmp_path / "all.nq"
    result = run("export", "--format", "nquads", "-o", str(target), *served.store_args)
    assert result.exit_code == 0, result.output
    counted = run("query", COUNT, "--format", "csv", *served.store_args).stdout.splitlines()[1]
    assert len(list(ox.parse(path=target, format=ox.RdfFormat.N_QUADS))) == int(counted)


def test_load_beside_the_server_says_in_one_line_what_to_do(served: Served) -> None:
    fixture = ROOT / "tests" / "sparql" / "fixtures" / "institutions.trig"
    result = run("load", str(fixture), *served.store_args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error [store_in_use]: ")
    assert f"ncg serve at {served.url} (pid {served.process.pid})" in lines[0]
    assert "stop it first" in lines[0]


def test_dry_run_beside_the_server_reads_the_store_read_only(served: Served) -> None:
    result = run("ingest", str(SAMPLE), "--dry-run", "--json", *served.store_args)
    review = json.loads(result.stdout)
    assert review["dry_run"] is True
    assert result.exit_code == (0 if review["validation"]["report"]["conforms"] else 1)


def test_commit_beside_the_server_without_a_token_says_how(served: Served) -> None:
    result = run("ingest", str(SAMPLE), *served.store_args)
    assert result.exit_code == 1
    assert "store_in_use" in result.output
    assert "--token or NCG_STEWARD_TOKEN" in result.output


def test_commit_beside_the_server_goes_through_it_with_a_token(served: Served) -> None:
    result = run("ingest", str(SAMPLE), *served.store_args, env={"NCG_STEWARD_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    ingest_id = result.stdout.split()[-3]
    assert result.stdout.startswith(("committed: ", "already ingested: "))
    records = httpx.get(f"{served.url}/api/v1/ingests").json()
    assert ingest_id in [record["id"] for record in records]
    assert records[0]["steward"] == "steward"


def test_a_wrong_token_is_refused_by_the_server(served: Served) -> None:
    result = run("ingest", str(SAMPLE), "--token", "wrong", *served.store_args)
    assert result.exit_code == 1
    assert "error [forbidden]" in result.output


def test_review_lists_beside_the_server(served: Served) -> None:
    result = run("review", "--json", *served.store_args)
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)


def test_a_second_server_on_the_same_store_says_so(served: Served) -> None:
    result = run("serve", "--port", "1", *served.store_args)
    assert result.exit_code == 1
    assert f"in use by ncg serve at {served.url}" in result.output


def test_dry_run_exits_1_when_the_result_does_not_conform(tmp_path: Path) -> None:
    payload = tmp_path / "leader-only.ttl"
    payload.write_text(LEADER_ONLY, encoding="utf-8")
    result = run("ingest", str(payload), "--dry-run", "--json", "--memory")
    report = json.loads(result.stdout)["validation"]["report"]
    assert report["conforms"] is False
    assert report["results"]
    assert result.exit_code == 1


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    payload = tmp_path / "broken.ttl"
    payload.write_text("<http://e/s> <http://e/p> .", encoding="utf-8")
    result = run("ingest", str(payload), "--dry-run", "--memory")
    assert result.exit_code == 2
    assert "data_format" in result.output


def test_ctrl_c_stops_the_server_without_tracebacks() -> None:
    _, process = start_server(["--memory"], {"NCG_QUERY_WORKERS": "2"})
    output = interrupt(process)
    assert process.returncode == 0, output
    assert "Traceback" not in output
    assert "KeyboardInterrupt" not in output
    assert "Finished server process" in output
