"""``ncg ingest FILE``: review (``--dry-run``) or commit a report text or an RDF file.

The file type comes from its extension: ``.txt`` is report text, ``.ttl .trig .nt .nq .jsonld``
are RDF. ``--dry-run --json`` prints exactly what ``POST /api/v1/ingests?dry_run=true``
returns. A commit is recorded under ``--steward`` (the command line has direct store access,
so no token is asked for) and written to the same audit log as the API's.

Beside a running ``ncg serve`` on the same store, a dry run reads the store read-only and a
commit goes through the server with a steward token (``--token`` or ``NCG_STEWARD_TOKEN``);
``--server URL`` sends either to any server. Exit codes are those of ``ncg validate``: 0 the
result conforms (and was committed), 1 it does not (or was refused), 2 unreadable input.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from nội_chính_graph.cli.server_client import ingest_via_server
from nội_chính_graph.cli.store_access import StoreInUseError, in_use, open_for, running_server
from nội_chính_graph.cli.store_cmds import Memory, Remote, StoreDir, store_settings
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.model import Summary
from nội_chính_graph.ingest.payload import TEXT, Submission
from nội_chính_graph.ingest.workflow import CommitResult, IngestWorkflow, Review
from nội_chính_graph.store.loading import holds_data, load_if_empty
from nội_chính_graph.validation.engine import Validator

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_UNREADABLE = 2

_MEDIA = {
    ".txt": TEXT,
    ".ttl": "text/turtle",
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
}


def submission_for(
    path: Path, source_url: str | None, published: dt.datetime | None, title: str | None
) -> Submission:
    """Read ``path`` as a submission, its media type chosen by extension."""
    media = _MEDIA.get(path.suffix.lower())
    if media is None:
        known = " ".join(sorted(_MEDIA))
        raise typer.BadParameter(f"{path}: unknown extension (use one of {known})")
    day = published.date() if published is not None else None
    return Submission(path.read_bytes(), media, source_url, day, title)


def render_summary(summary: Summary) -> str:
    """The review summary as indented text."""
    lines: list[str] = []
    for bloc in summary.blocs:
        lines.append(f"bloc   {bloc.label} ({bloc.year or '?'}): {len(bloc.members)} member(s)")
        lines += [
            f"         {lead.role} {lead.year or '?'}: {lead.agency.label}" for lead in bloc.leaders
        ]
    for person in summary.people:
        rank = f"{person.rank} " if person.rank else ""
        posts = "; ".join(
            f"{p.title} {p.agency.label}" if p.agency else p.title for p in person.posts
        )
        lines.append(f"person {rank}{person.name}: {posts or '-'}")
    for event in summary.events:
        lines.append(f"event  {event.label} [{event.kind}] {event.date or '?'} {event.place or ''}")
    for minted in summary.minted:
        facets = [x.rsplit("/", 1)[-1] for x in (minted.kind, minted.level, minted.province) if x]
        lines.append(f"new    {minted.label} <{minted.id}> ({', '.join(facets) or '-'})")
    return "\n".join(lines)


def render_review(review: Review) -> str:
    """A dry run as text for a terminal."""
    report, d = review.validation.report, review.diff
    verdict = "conforms" if report.conforms else f"{len(report.violations)} violation(s)"
    lines = [
        f"ingest {review.ingest_id} → <{review.graph}>: {review.triple_count} triples",
        f"SHACL: {verdict} ({review.validation.stats.focus_nodes} focus nodes)",
        f"diff: {len(d.new_entities)} new entities, {len(d.new_facts)} new facts, "
        f"{len(d.known_facts)} known facts; {d.new_triples} new / {d.known_triples} known triples",
        render_summary(review.summary),
    ]
    lines += [f"flag   {f.code}: {f.message}" for f in review.flags]
    lines += [f"SHACL  {r.severity}: {r.message_en} ({r.focus_node})" for r in report.results]
    if review.existing is not None:
        lines.append(f"already ingested as {review.existing.id} on {review.existing.time}")
    return "\n".join(lines)


Token = Annotated[
    str | None,
    typer.Option("--token", envvar="NCG_STEWARD_TOKEN", help="Steward token, for a server."),
]
Server = Annotated[
    str | None,
    typer.Option(help="Send the file to the server at this URL (e.g. http://127.0.0.1:8000)."),
]


def exit_code(exc: NcgError) -> int:
    """2 for input that cannot be read (400, 413, 415), 1 for every other refusal.

    >>> from nội_chính_graph.errors import ApiError
    >>> exit_code(ApiError(415, "unsupported_media_type", "…")), exit_code(ApiError(409, "x", "…"))
    (2, 1)
    """
    return EXIT_UNREADABLE if exc.status in (400, 413, 415) else EXIT_REJECTED


def _refused(exc: NcgError, as_json: bool) -> NoReturn:
    typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
    if as_json:
        typer.echo(exc.body().model_dump_json(indent=2))
    raise typer.Exit(exit_code(exc)) from exc


def _show(result: Review | CommitResult, as_json: bool, body: str | None = None) -> None:
    """Print a review or a commit; exit 1 when a review does not conform (as ncg validate)."""
    if as_json:
        typer.echo(body if body is not None else result.model_dump_json(indent=2))
    elif isinstance(result, Review):
        typer.echo(render_review(result))
    else:
        verb = "committed" if result.created else "already ingested"
        typer.echo(f"{verb}: {result.record.id} → <{result.record.graph}>")
    if isinstance(result, Review) and not result.validation.report.conforms:
        raise typer.Exit(EXIT_REJECTED)


def _via_server(
    url: str, token: str | None, submission: Submission, dry_run: bool, as_json: bool
) -> None:
    if not token:
        _refused(NcgError("a steward token is needed: --token or NCG_STEWARD_TOKEN"), as_json)
    try:
        answer = ingest_via_server(url, token, submission, dry_run=dry_run)
    except NcgError as exc:
        _refused(exc, as_json)
    _show(answer.result, as_json, answer.body)


class EmptyStoreError(NcgError):
    """The configured store holds no data to resolve a report against."""

    status = 409
    code = "store_empty"


def _locally(
    settings: Settings, submission: Submission, dry_run: bool, as_json: bool, steward: str
) -> None:
    store = open_for(settings, writes=not dry_run)
    try:
        if settings.store == "memory":
            load_if_empty(store)  # --memory: the shipped data, as every other command has it
        elif not holds_data(store):
            # resolving against nothing mints every body and drops what needs the reference
            # data (roles, provinces, years): say so instead of a misleading review
            raise EmptyStoreError(
                f"the store {settings.data_dir} holds no data, so nothing in the report can be "
                "resolved: start the service once (make serve loads the shipped data), or run "
                "ncg load, or review against the shipped data in memory with --memory"
            )
        workflow = IngestWorkflow(store, Validator(), AuditLog(audit_path(settings)))
        if dry_run:
            _show(workflow.review(submission, steward), as_json)
        else:
            _show(workflow.commit(submission, steward), as_json)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to ``app``."""

    @app.command("ingest")
    def ingest_command(
        file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Text or RDF.")],
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Review only.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        steward: Annotated[str, typer.Option(help="Who commits (recorded).")] = "cli",
        source_url: Annotated[str | None, typer.Option(help="URL of the report.")] = None,
        published: Annotated[
            dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD.")
        ] = None,
        title: Annotated[str | None, typer.Option(help="Headline of the report.")] = None,
        server: Server = None,
        token: Token = None,
        store_dir: StoreDir = None,
        memory: Memory = False,
        remote: Remote = None,
    ) -> None:
        """Review or commit FILE. Exit 0 when it conforms (and is committed), 1 when it does not
        or is refused, 2 when it cannot be read."""
        settings = store_settings(store_dir, memory, remote)
        submission = submission_for(file, source_url, published, title)
        if server is not None:
            _via_server(server, token, submission, dry_run, as_json)
            return
        try:
            _locally(settings, submission, dry_run, as_json, steward)
        except StoreInUseError as exc:
            note = running_server(settings)
            if note is None or not token:
                hint = "to commit through it, give a steward token (--token or NCG_STEWARD_TOKEN)"
                _refused(in_use(settings, hint if note else exc.message), as_json)
            _via_server(note.url, token, submission, dry_run, as_json)
        except NcgError as exc:
            _refused(exc, as_json)


__all__ = ["exit_code", "register", "render_review", "render_summary", "submission_for"]
