"""Results kept per store generation: the graph changes only when a report is ingested or deleted.

A store's generation is ``GraphStore.generation()``: a counter every write transaction
(ingest, bulk write, replacement, delete) increments as it commits, read with one
indexed lookup (graph/writes.py). Earlier the generation was the store's node and
relationship counts, two full scans: heavy on a large graph even once a second. The
counter is still re-read at most every ``POLICYKG_API_GENERATION_LAG`` seconds (default
1; 0 = on every call), in a background thread while requests go on with the generation
they know: a lookup is cheap, a round trip per request is not free. An ingest from
another process is therefore seen within about that lag; a write through the API calls
``invalidate`` and is seen at once. A store without the method (a test double) falls
back to its counts.

``remember(store, key, compute)`` returns the result computed for ``key`` in the current
generation (the name index, a question's answer, a place's profile, a comparison) and
computes it only on a miss; every result of an older generation is dropped.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.store import GraphStore

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_RESULTS = 4096


@dataclass
class _State:
    signature: tuple[Any, ...]
    checked_at: float
    refreshing: bool = False
    results: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)


_STATES: dict[int, _State] = {}
_LOCK = threading.Lock()


def _lag() -> float:
    try:
        return max(0.0, float(os.environ.get("POLICYKG_API_GENERATION_LAG", "1")))
    except ValueError:
        return 1.0


def store_signature(store: GraphStore) -> tuple[Any, ...]:
    """The store's generation; counts only for a store that cannot tell one (the analytics cache reads it too)."""
    generation = getattr(store, "generation", None)
    if callable(generation):
        return ("generation", generation())
    counts = store.counts()
    return (tuple(sorted(counts.get("nodes", {}).items())), tuple(sorted(counts.get("relationships", {}).items())))


def _refresh(store: GraphStore, state: _State) -> None:
    try:
        signature = store_signature(store)
    except Exception as exc:  # a closed or unreachable store: keep the generation we know
        log.warning("could not read the store's generation: %s", exc)
        signature = state.signature
    with _LOCK:
        if signature != state.signature:
            state.signature = signature
            state.results.clear()
        state.checked_at = time.monotonic()
        state.refreshing = False


def _state(store: GraphStore) -> _State:
    """The store's state, its generation checked synchronously the first time (and with a lag of 0)."""
    lag = _lag()
    with _LOCK:
        state = _STATES.get(id(store))
        if state is not None and state.refreshing:
            return state
        due = state is None or lag == 0 or time.monotonic() - state.checked_at >= lag
        if not due:
            return state  # type: ignore[return-value]
        if state is not None and lag > 0:
            state.refreshing = True
            threading.Thread(target=_refresh, args=(store, state), daemon=True).start()
            return state
    signature = store_signature(store)
    with _LOCK:
        state = _STATES.get(id(store))
        if state is None:
            state = _State(signature=signature, checked_at=time.monotonic())
            _STATES[id(store)] = state
        elif state.signature != signature:
            state.signature = signature
            state.results.clear()
        state.checked_at = time.monotonic()
        return state


def remember(store: GraphStore, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` once per key and store generation."""
    state = _state(store)
    with _LOCK:
        if key in state.results:
            state.results.move_to_end(key)
            return state.results[key]  # type: ignore[no-any-return]
        signature = state.signature
    value = compute()
    with _LOCK:
        if state.signature == signature:
            state.results[key] = value
            while len(state.results) > MAX_RESULTS:
                state.results.popitem(last=False)
    return value


def invalidate(store: GraphStore | None = None) -> None:
    """Forget what was computed (for one store, or all): the next call re-reads the generation."""
    with _LOCK:
        if store is None:
            _STATES.clear()
        else:
            _STATES.pop(id(store), None)
