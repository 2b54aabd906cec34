"""Response models shared by the routers (lists are ``{data, count}``)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ListOf(BaseModel, Generic[T]):
    data: list[T]
    count: int


class Evidence(BaseModel):
    doc: str
    sentence: str


class PlaceSummary(BaseModel):
    name: str
    level: str | None = None
    code: str | None = None
    aliases: list[str] = Field(default_factory=list)
    parents: list[str] = Field(default_factory=list)


class Linked(BaseModel):
    """A linked entity with the sentences that state the link."""

    name: str
    kind: str | None = None
    level: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class MetricOut(BaseModel):
    subject: str
    indicator: str
    value: float
    unit: str
    qualifier: str | None = None
    year: int | None = None
    doc: str | None = None
    sentence: str | None = None


class PlaceProfile(PlaceSummary):
    ancestors: list[Linked] = Field(default_factory=list)
    children: list[Linked] = Field(default_factory=list)
    programmes: list[Linked] = Field(default_factory=list)
    organisations: list[Linked] = Field(default_factory=list)
    metrics: list[MetricOut] = Field(default_factory=list)


class ProgrammeSummary(BaseModel):
    name: str
    kind: str | None = None
    components: list[str] = Field(default_factory=list)


class ProgrammeProfile(ProgrammeSummary):
    aliases: list[str] = Field(default_factory=list)
    implementers: list[Linked] = Field(default_factory=list)
    parents: list[Linked] = Field(default_factory=list)
    documents: list[dict[str, Any]] = Field(default_factory=list)


class ModelUse(BaseModel):
    place: str
    level: str | None = None
    model: str
    matched: list[str]
    evidence: list[Evidence] = Field(default_factory=list)


class Comparison(BaseModel):
    places: list[str]
    common: list[str]
    unique: dict[str, list[str]]
    metrics: dict[str, dict[str, list[MetricOut]]]
    shared_organisations: list[str]


class AskResponse(BaseModel):
    question: str
    answer: list[Any]
    cypher: str
    params: dict[str, Any]
    evidence: list[Evidence]
    parse: dict[str, Any]


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=20_000)
    params: dict[str, Any] = Field(default_factory=dict)
    limit: int = Field(default=100, ge=1, le=1000)


class CypherResponse(BaseModel):
    rows: list[dict[str, Any]]
    count: int


class DocumentOut(BaseModel):
    doc_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    chars: int | None = None
    ingested_at: str | None = None
    sentences: int = 0
