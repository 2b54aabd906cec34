"""Documents: list, upload (ingest), delete, and a displaCy view of one."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse

from api.deps import KeyDep, StoreDep
from api.qa.memo import invalidate
from api.schemas import DocumentOut, ListOf
from graph import queries
from policykg.errors import InputError
from policykg.facts import Document, DocumentFacts, Mention, Sentence
from policykg.settings import get_settings

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=ListOf[DocumentOut])
def list_documents(store: StoreDep, skip: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> ListOf[DocumentOut]:
    total = store.read(queries.DOCUMENT_COUNT)[0]["n"]
    rows = store.read(queries.DOCUMENTS, {"skip": skip, "limit": limit})
    return ListOf[DocumentOut](data=[DocumentOut(**r) for r in rows], count=total)


@router.post("", status_code=201)
async def upload_document(file: UploadFile, store: StoreDep, _key: KeyDep) -> dict[str, Any]:
    """Ingest one uploaded report (text, HTML, PDF, docx); a failed document leaves the graph as it was."""
    from pipeline.extract import extract_document
    from pipeline.read import read_file

    name = Path(file.filename or "upload.txt").name
    limit = get_settings().max_file_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(status_code=413, detail=f"{name}: over the limit of {limit} bytes")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            facts = extract_document(read_file(path))
        except InputError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
    report = store.write_document(facts)
    invalidate(store)  # answers, profiles and the name index of the old graph go
    return report.model_dump()


@router.delete("/{doc_id}")
def delete_document(doc_id: str, store: StoreDep, _key: KeyDep) -> dict[str, Any]:
    """Remove a document and every fact that only it supported."""
    if store.document_hash(doc_id) is None:
        raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
    removed = store.delete_document(doc_id)
    invalidate(store)
    return {"doc_id": doc_id, "removed": removed}


@router.get("/{doc_id}/entities.html", response_class=HTMLResponse)
def document_entities(doc_id: str, store: StoreDep) -> HTMLResponse:
    """The document's sentences with their stored mentions highlighted (displaCy)."""
    from pipeline.nlp.display import render_entities

    sentences = store.read(queries.DOCUMENT_SENTENCES, {"doc_id": doc_id}, limit=100_000)
    if not sentences:
        raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
    text = "\n".join(s["text"] for s in sentences)
    # offsets of the stored sentences in the joined text
    shift: dict[int, int] = {}
    pos = 0
    for s in sentences:
        shift[s["index"]] = pos - s["start"]
        pos += len(s["text"]) + 1
    mentions = []
    for m in store.read(queries.DOCUMENT_MENTIONS, {"doc_id": doc_id}, limit=100_000):
        delta = shift.get(m["sentence"], 0)
        if m["label"] in ("Place", "Organisation", "Programme", "Person", "Component") and m["end"] > m["start"]:
            mentions.append(Mention(label=m["label"], name=m["name"], surface=m["name"], sentence_index=m["sentence"],
                                    start=m["start"] + delta, end=m["end"] + delta))
    doc = Document(doc_id=doc_id, source=doc_id, sha256="", chars=len(text), text=text)
    facts = DocumentFacts(document=doc, sentences=[Sentence(doc_id=doc_id, index=s["index"], text=s["text"],
                                                            start=s["start"], end=s["end"]) for s in sentences],
                          mentions=mentions)
    return HTMLResponse(render_entities(facts))
