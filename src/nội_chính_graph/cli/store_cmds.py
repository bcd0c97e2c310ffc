"""``ncg serve``, ``ncg load``, ``ncg export``, ``ncg query``: the store from the command line.

Every command takes the same store options: ``--store DIR`` (on-disk, the default being
``settings.data_dir``), ``--memory`` (in memory: the shipped data is loaded first) or
``--remote URL`` (a SPARQL 1.1 server). Beside a running ``ncg serve`` on the same folder,
``query`` and ``export`` read the store read-only and ``load`` says what to do
(:mod:`nội_chính_graph.cli.store_access`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import pyoxigraph as ox
import typer
from pydantic import SecretStr

from nội_chính_graph.cli.store_access import (
    STOP_OR_OTHER_STORE,
    in_use,
    open_for,
    running_server,
    server_note,
)
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError, StoreError
from nội_chính_graph.namespaces import PREFIXES
from nội_chính_graph.store.base import (
    BooleanResult,
    LoadReport,
    QueryResult,
    SolutionsResult,
    Store,
    Term,
)
from nội_chính_graph.store.derived import DerivedCache
from nội_chính_graph.store.loading import load_if_empty, load_shipped
from nội_chính_graph.store.results import format_named, result_kind, serialize_result

StoreDir = Annotated[
    Path | None, typer.Option("--store", help="On-disk store folder (default: NCG_DATA_DIR).")
]
Memory = Annotated[bool, typer.Option("--memory", help="Use an in-memory store.")]
Remote = Annotated[
    str | None, typer.Option("--remote", help="SPARQL 1.1 query endpoint of a remote store.")
]

_CELL = 60


def store_settings(store_dir: Path | None, memory: bool, remote: str | None) -> Settings:
    """Settings from the environment, with the store options applied on top."""
    if sum([store_dir is not None, memory, remote is not None]) > 1:
        raise typer.BadParameter("give only one of --store, --memory and --remote")
    base = Settings()
    if memory:
        return base.model_copy(update={"store": "memory"})
    if remote is not None:
        return Settings.model_validate(
            {**base.model_dump(), "store": "remote", "remote_url": remote}
        )
    if store_dir is not None:
        return base.model_copy(update={"store": "oxigraph", "data_dir": store_dir})
    return base


@contextmanager
def opened(
    settings: Settings,
    *,
    load_memory: bool = True,
    writes: bool = True,
    hint: str = STOP_OR_OTHER_STORE,
) -> Iterator[Store]:
    """Open the store; an in-memory one gets the shipped data; errors end the command cleanly.

    A reader (``writes=False``) of an on-disk store that a server holds gets it read-only; a
    writer is told in one line what to do.
    """
    try:
        store = open_for(settings, writes=writes, hint=hint)
    except NcgError as exc:
        fail(exc)
    try:
        if settings.store == "memory" and load_memory:
            load_if_empty(store)
        yield store
    except NcgError as exc:
        fail(exc)
    except (OSError, RuntimeError) as exc:
        if not getattr(store, "read_only", False):
            raise
        # RocksDB may drop a file a read-only reader still wants while the server writes.
        fail(StoreError(f"the store changed while it was read ({exc}); try again"))
    finally:
        store.close()


def fail(exc: NcgError) -> NoReturn:
    """Print an error the way users should see it and stop with status 1."""
    typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
    raise typer.Exit(1)


def _load_with_bar(store: Store, files: list[Path], graph: str | None) -> LoadReport:
    with typer.progressbar(length=max(len(files), 1), label="Loading", file=sys.stderr) as bar:

        def step(_: Path, __: int) -> None:
            bar.update(1)

        if files:
            return store.load_files(files, graph=graph, on_file=step)
        return load_shipped(store, on_file=step)


def short(term: Term) -> str:
    """A term as a table cell: prefixed IRIs, literals with their language tag.

    >>> short(ox.NamedNode("https://w3id.org/noi-chinh/id/agency/bo-cong-an"))
    'ncgid:agency/bo-cong-an'
    >>> short(ox.Literal("Bộ Công an", language="vi"))
    'Bộ Công an@vi'
    """
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(str(ns)):
                return f"{prefix}:{term.value[len(str(ns)) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return f"{term.value}@{term.language}" if term.language else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _clip(text: str) -> str:
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def render_table(result: SolutionsResult) -> str:
    """A plain-text table of SELECT results."""
    header = list(result.variables)
    rows = [[_clip(short(r[v])) if v in r else "" for v in header] for r in result.rows]
    widths = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(header)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    plural = "s" if len(rows) != 1 else ""
    out.append(f"({len(rows)} row{plural}{', truncated' if result.truncated else ''})")
    return "\n".join(out)


def _print_result(result: QueryResult, fmt: str | None) -> None:
    if fmt is not None:
        sys.stdout.buffer.write(serialize_result(result, format_named(fmt, result_kind(result))))
        sys.stdout.buffer.flush()
    elif isinstance(result, SolutionsResult):
        typer.echo(render_table(result))
    elif isinstance(result, BooleanResult):
        typer.echo("true" if result.value else "false")
    else:
        sys.stdout.buffer.write(serialize_result(result, format_named("turtle")))
        sys.stdout.buffer.flush()
    if result.truncated:
        typer.echo("warning: results truncated (raise --max-rows)", err=True)


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""
    app.command()(serve)
    app.command()(load)
    app.command()(export)
    app.command()(query)


def settings_environment(settings: Settings) -> dict[str, str | None]:
    """``settings`` as the ``NCG_*`` variables ``Settings()`` reads back into an equal object
    (``None``: the variable must be unset). Lists are JSON; secrets are written in clear, for
    the child of this very process only."""
    env: dict[str, str | None] = {}
    for name, value in settings.model_dump().items():
        key = f"NCG_{name.upper()}"
        if isinstance(value, SecretStr):
            env[key] = value.get_secret_value()
        elif value is None:
            env[key] = None
        elif isinstance(value, str | Path):
            env[key] = str(value)
        else:
            env[key] = json.dumps(value)
    return env


def serve(
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
    host: Annotated[str | None, typer.Option(help="Interface to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Run the web service; on first start an empty store is loaded with the shipped data.

    uvicorn builds the app from its import string (``api.app:create_app``, a factory reading
    ``NCG_*``): the settings built here, store options included, reach it through this
    process's environment, so the app sees the very same values and the CLI never imports
    the web app. httptools and uvloop are used when installed (uvicorn's ``auto``); the
    access log is off unless ``NCG_ACCESS_LOG=true``.
    """
    import uvicorn

    settings = store_settings(store_dir, memory, remote)
    if settings.store == "oxigraph" and running_server(settings) is not None:
        fail(in_use(settings, "open it in your browser, or stop it first (Ctrl+C)"))
    host, port = host or settings.host, port or settings.port
    for key, value in settings_environment(settings).items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    with server_note(settings, host, port):
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            access_log=settings.access_log,
        )


def load(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="RDF files; none = the shipped ontology and data.", exists=True),
    ] = None,
    graph: Annotated[
        str | None, typer.Option(help="Named graph for triple files (.ttl, .nt).")
    ] = None,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Bulk-load RDF files (TriG/N-Quads keep their graphs), with progress and a rate."""
    with opened(store_settings(store_dir, memory, remote), load_memory=False) as store:
        report = _load_with_bar(store, list(files or []), graph)
        typer.echo(
            f"Loaded {report.statements:,} statements from {report.files} file(s) "
            f"in {report.seconds:.2f} s ({report.rate:,.0f} triples/s)."
        )
        if DerivedCache.of(store) is not None:
            seconds = prepare_derived(store)
            typer.echo(f"Derived indexes built and saved with the store in {seconds:.1f} s.")


def prepare_derived(store: Store) -> float:
    """Build what ``ncg serve`` derives from the store (catalogue, search index, graph
    projections, gazetteer) and save it with the store's state, so the server loads it in
    seconds instead of reading the whole graph at start; the seconds it took."""
    from nội_chính_graph.graph.projection import build_projections
    from nội_chính_graph.ingest.workflow import store_gazetteer
    from nội_chính_graph.search.catalogue import build_catalogue
    from nội_chính_graph.search.index import SearchIndex
    from nội_chính_graph.views.service import SEARCH_TYPES

    started = time.perf_counter()
    catalogue = build_catalogue(store)
    SearchIndex(catalogue, SEARCH_TYPES)
    build_projections(store, catalogue)
    store_gazetteer(store)
    return time.perf_counter() - started


def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="trig or nquads.")] = "trig",
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Write the whole dataset as TriG or N-Quads."""
    formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
    if fmt not in formats:
        raise typer.BadParameter("--format must be trig or nquads")
    with opened(store_settings(store_dir, memory, remote), writes=False) as store:
        if output is None:
            store.export(sys.stdout.buffer, formats[fmt])
            sys.stdout.buffer.flush()
        else:
            with output.open("wb") as stream:
                store.export(stream, formats[fmt])


def query(
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query text.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a file.")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", help="json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, trig, nquads."
        ),
    ] = None,
    default_graph: Annotated[
        list[str] | None, typer.Option(help="Default graph IRI (repeatable).")
    ] = None,
    named_graph: Annotated[
        list[str] | None, typer.Option(help="Named graph IRI (repeatable).")
    ] = None,
    max_rows: Annotated[int | None, typer.Option(help="Cap on result rows.")] = None,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Run a query: a table by default, or any result format with --format."""
    if (sparql is None) == (file is None):
        raise typer.BadParameter("give the query text or --file, exactly one")
    text = sparql if sparql is not None else Path(str(file)).read_text(encoding="utf-8")
    settings = store_settings(store_dir, memory, remote)
    dataset: dict[str, Any] = {}
    if default_graph or named_graph:
        dataset = {"default_graphs": default_graph or [], "named_graphs": named_graph or []}
    with opened(settings, writes=False) as store:
        result = store.query(text, max_rows=max_rows or settings.max_rows, **dataset)
        _print_result(result, fmt)


__all__ = ["register", "render_table", "settings_environment", "short", "store_settings"]
