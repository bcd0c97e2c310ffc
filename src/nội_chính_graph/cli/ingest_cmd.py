"""``ncg ingest FILE``: review (``--dry-run``) or commit a report text or an RDF file.

The file type comes from its extension: ``.txt`` is report text, ``.ttl .trig .nt .nq .jsonld``
are RDF. ``--dry-run --json`` prints exactly what ``POST /api/v1/ingests?dry_run=true``
returns. A commit is recorded under ``--steward`` (the command line has direct store access,
so no token is asked for) and written to the same audit log as the API's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from nội_chính_graph.cli.store_cmds import Memory, Remote, StoreDir, opened, store_settings
from nội_chính_graph.errors import NcgError
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.model import Summary
from nội_chính_graph.ingest.payload import TEXT, Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow, Review
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
        lines += [f"         {lead.role}: {lead.agency.label}" for lead in bloc.leaders]
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
        store_dir: StoreDir = None,
        memory: Memory = False,
        remote: Remote = None,
    ) -> None:
        """Review or commit FILE. Exit 0 when done, 1 when rejected, 2 when unreadable."""
        settings = store_settings(store_dir, memory, remote)
        submission = submission_for(file, source_url, published, title)
        with opened(settings) as store:
            workflow = IngestWorkflow(store, Validator(), AuditLog(audit_path(settings)))
            try:
                if dry_run:
                    review = workflow.review(submission, steward)
                    typer.echo(
                        review.model_dump_json(indent=2) if as_json else render_review(review)
                    )
                    return
                result = workflow.commit(submission, steward)
            except NcgError as exc:
                typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
                if as_json:
                    typer.echo(exc.body().model_dump_json(indent=2))
                code = EXIT_UNREADABLE if exc.status in (400, 413, 415) else EXIT_REJECTED
                raise typer.Exit(code) from exc
        if as_json:
            typer.echo(result.model_dump_json(indent=2))
        else:
            verb = "committed" if result.created else "already ingested"
            typer.echo(f"{verb}: {result.record.id} → <{result.record.graph}>")


__all__ = ["register", "render_review", "render_summary", "submission_for"]
