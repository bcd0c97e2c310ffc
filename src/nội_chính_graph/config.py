"""Settings: one object, built once at the edge (CLI or app factory) and passed down."""

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

StoreKind = Literal["oxigraph", "memory", "remote"]


class Settings(BaseSettings):
    """Every knob of the library and the service. Environment variables use the ``NCG_`` prefix."""

    model_config = SettingsConfigDict(env_prefix="NCG_", extra="forbid", frozen=True)

    store: StoreKind = "oxigraph"
    data_dir: Path = Path("./ncg-store")
    remote_url: str | None = Field(
        default=None, description="SPARQL query endpoint of a remote store (store='remote')."
    )
    remote_update_url: str | None = None
    remote_gsp_url: str | None = None
    remote_graph_prefix: str | None = Field(
        default=None,
        description=(
            "Only named graphs whose IRI starts with this belong to the remote store (graph "
            "list, counts, export); for servers with system graphs of their own (Virtuoso)."
        ),
    )
    remote_timeout: float = 30.0
    remote_freshness: float = Field(
        default=1.0,
        ge=0,
        description=(
            "Seconds a process may serve reads cached from a remote store (search index, "
            "gazetteer, derived indexes) before checking the store-wide generation again: "
            "another API process's write is seen within this time."
        ),
    )
    load_data_on_start: bool = True
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = Field(default=30.0, gt=0)
    max_rows: int = Field(default=10_000, gt=0)
    query_workers: int = Field(default=2, gt=0)
    max_body_bytes: int = Field(default=5_000_000, gt=0)
    max_neighbourhood_nodes: int = Field(default=5_000, gt=0)
    max_paths: int = Field(default=50, gt=0)
    cors_origins: list[str] = Field(default_factory=list)
    api_tokens: SecretStr = SecretStr("")
    allow_service: bool = False
    access_log: bool = Field(
        default=False, description="Log every request (uvicorn's access log) in ncg serve."
    )

    @field_validator("remote_url", "remote_update_url", "remote_gsp_url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("a remote store URL must start with http:// or https://")
        return value


__all__ = ["Settings", "StoreKind"]
