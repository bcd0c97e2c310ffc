"""Routes: the explorer page at ``/`` and its example queries at ``/explorer/examples``."""

from fastapi import APIRouter
from fastapi.responses import FileResponse

from nội_chính_graph.explorer.examples import ExampleQuery
from nội_chính_graph.web.deps import ExplorerDep

router = APIRouter(tags=["explorer"])


@router.get("/", include_in_schema=False)
async def page(explorer: ExplorerDep) -> FileResponse:
    """The explorer's single page."""
    return FileResponse(explorer.index, media_type="text/html; charset=utf-8")


@router.get(
    "/explorer/examples",
    response_model=list[ExampleQuery],
    summary="Example SPARQL queries (the competency questions) for the explorer",
)
async def example_queries(explorer: ExplorerDep) -> list[ExampleQuery]:
    return explorer.examples


__all__ = ["router"]
