"""``ncg review``: list what ingests minted, and act on it as a steward.

``ncg review`` lists the unreviewed entities; ``ncg review confirm|rename|set-kind|set-parent|
merge IRI …`` applies one action, ``ncg review actions`` lists the actions in force and ``ncg
review revert ID`` undoes one. Like the API, every action needs a steward token
(``--token`` or ``NCG_STEWARD_TOKEN``, checked against ``NCG_API_TOKENS``); the steward it
names is recorded in the store and the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import typer
from pydantic import BaseModel

from nội_chính_graph.auth import authenticate
from nội_chính_graph.cli.store_cmds import Memory, Remote, StoreDir, opened, store_settings
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.review import Action, ReviewAction, ReviewDesk
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.validation.engine import Validator

T = TypeVar("T")

Token = Annotated[
    str | None,
    typer.Option("--token", envvar="NCG_STEWARD_TOKEN", help="Steward token (NCG_API_TOKENS)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Entity = Annotated[str, typer.Argument(help="IRI of the minted entity.")]

review_app = typer.Typer(help="Review the entities ingests minted.", no_args_is_help=False)


_THROUGH_SERVER = "stop it first (Ctrl+C), or act through it: POST /api/v1/review with a token"


def _run(settings: Settings, work: Callable[[ReviewDesk], T], *, writes: bool = True) -> T:
    with opened(settings, writes=writes, hint=_THROUGH_SERVER) as store:
        workflow = IngestWorkflow(store, Validator(), AuditLog(audit_path(settings)))
        try:
            return work(workflow.desk)
        except NcgError as exc:
            typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
            raise typer.Exit(1) from exc


def _steward(settings: Settings, token: str | None) -> str:
    try:
        return authenticate(f"Bearer {token or ''}", settings.api_tokens).name
    except NcgError as exc:
        typer.echo(
            f"error [{exc.code}]: {exc.message} (use --token or NCG_STEWARD_TOKEN)", err=True
        )
        raise typer.Exit(1) from exc


def _echo(result: BaseModel | list[BaseModel], as_json: bool) -> None:
    if isinstance(result, list):
        typer.echo("[" + ",".join(r.model_dump_json() for r in result) + "]")
    elif as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        typer.echo(" ".join(f"{k}={v}" for k, v in result.model_dump().items() if v))


def _act(
    action: Action,
    entity: str,
    token: str | None,
    stores: tuple[StoreDir, Memory, Remote],
    as_json: bool,
    **fields: str | None,
) -> None:
    settings = store_settings(*stores)
    steward = _steward(settings, token)
    request = ReviewAction(action=action, entity=entity, **fields)
    _echo(_run(settings, lambda desk: desk.apply(request, steward)), as_json)


@review_app.callback(invoke_without_command=True)
def pending(
    ctx: typer.Context,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """List the entities ingests minted that no steward has reviewed yet."""
    if ctx.invoked_subcommand is not None:
        return
    items = _run(
        store_settings(store_dir, memory, remote), lambda desk: desk.pending(), writes=False
    )
    if as_json:
        _echo(list(items), True)
        return
    for item in items:
        where = ", ".join(x.rsplit("/", 1)[-1] for x in (item.kind, item.province) if x)
        typer.echo(f"{item.id}  {item.label or '?'}  [{item.type.rsplit('#', 1)[-1]}] {where}")


@review_app.command("confirm")
def confirm(
    entity: Entity,
    kind: Annotated[str | None, typer.Option(help="Kind IRI, if not set yet.")] = None,
    label_en: Annotated[str | None, typer.Option(help="English name, if none yet.")] = None,
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Confirm a minted entity."""
    stores = (store_dir, memory, remote)
    _act("confirm", entity, token, stores, as_json, kind=kind, label_en=label_en)


@review_app.command("rename")
def rename(
    entity: Entity,
    label: Annotated[str | None, typer.Option(help="New Vietnamese name.")] = None,
    label_en: Annotated[str | None, typer.Option(help="English name.")] = None,
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Rename a minted entity (the old name stays as an alias)."""
    stores = (store_dir, memory, remote)
    _act("rename", entity, token, stores, as_json, label=label, label_en=label_en)


@review_app.command("set-kind")
def set_kind(
    entity: Entity,
    kind: Annotated[str, typer.Argument(help="Kind IRI (ncgid:kind/…).")],
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Set the kind (org:classification) of a minted organisation."""
    _act("set-kind", entity, token, (store_dir, memory, remote), as_json, kind=kind)


@review_app.command("set-parent")
def set_parent(
    entity: Entity,
    parent: Annotated[str, typer.Argument(help="IRI of the parent organisation.")],
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Set the parent (org:subOrganizationOf) of a minted organisation."""
    _act("set-parent", entity, token, (store_dir, memory, remote), as_json, parent=parent)


@review_app.command("merge")
def merge(
    entity: Entity,
    into: Annotated[str, typer.Argument(help="IRI of the existing entity to merge into.")],
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Merge a minted entity into an existing one (its name becomes an alias)."""
    _act("merge", entity, token, (store_dir, memory, remote), as_json, into=into)


@review_app.command("actions")
def actions(
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """List the review actions in force, oldest first (JSON)."""
    records = _run(
        store_settings(store_dir, memory, remote), lambda desk: desk.records(), writes=False
    )
    _echo(list(records), True)


@review_app.command("revert")
def revert(
    review_id: Annotated[str, typer.Argument(help="The action's id.")],
    token: Token = None,
    as_json: AsJson = False,
    store_dir: StoreDir = None,
    memory: Memory = False,
    remote: Remote = None,
) -> None:
    """Revert a review action exactly."""
    settings = store_settings(store_dir, memory, remote)
    steward = _steward(settings, token)
    _echo(_run(settings, lambda desk: desk.revert(review_id, steward)), as_json)


def register(app: typer.Typer) -> None:
    """Add the ``review`` command group to ``app``."""
    app.add_typer(review_app, name="review")


__all__ = ["register", "review_app"]
