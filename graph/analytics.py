"""Network measures a policy researcher asks of the graph, on networkx.

Every function takes the ``MultiDiGraph`` of ``graph.networkx_view`` (built
from either store by ``load_graph``, or by hand in tests) and returns plain
dataclasses, so the notebooks, the API and the tests share one implementation.

A place "uses" a programme when it ``IMPLEMENTS`` it itself or when an
organisation ``LOCATED_IN`` it does (a cooperative of a gacha running a model
is that gacha's practice too); ``via_organisations=False`` counts only the
place's own statements.  Models are programmes of kind ``model`` or with
``HAS_COMPONENT`` edges (the X+Y models).
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graph.networkx_view import ENTITY_LABELS, FACT_TYPES, node_id, nodes_of

LEVELS = ("region", "league", "banner", "township", "village")


# ---------------------------------------------------------------- helpers

def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("name", node.split(":", 1)[-1]))


def _out(graph: nx.MultiDiGraph, node: str, rel_type: str) -> Iterable[str]:
    return (v for _, v, d in graph.out_edges(node, data=True) if d.get("type") == rel_type)


def _in(graph: nx.MultiDiGraph, node: str, rel_type: str) -> Iterable[str]:
    return (u for u, _, d in graph.in_edges(node, data=True) if d.get("type") == rel_type)


def is_model(graph: nx.MultiDiGraph, programme: str) -> bool:
    """A development model: kind ``model`` or built of components (合作社+农户)."""
    data = graph.nodes[programme]
    return data.get("kind") == "model" or any(True for _ in _out(graph, programme, "HAS_COMPONENT"))


def place_programmes(graph: nx.MultiDiGraph, place: str, *, via_organisations: bool = True) -> set[str]:
    """Names of the programmes a place uses (itself, or through organisations located in it)."""
    node = node_id("Place", place)
    if node not in graph:
        return set()
    actors = [node]
    if via_organisations:
        actors += [o for o in _in(graph, node, "LOCATED_IN") if graph.nodes[o].get("label") == "Organisation"]
    return {_name(graph, p) for a in actors for p in _out(graph, a, "IMPLEMENTS")}


def ancestors(graph: nx.MultiDiGraph, place: str) -> dict[str, str]:
    """The place's administrative parents by level (``{'banner': …, 'league': …}``), via PART_OF."""
    node = node_id("Place", place)
    found: dict[str, str] = {}
    if node not in graph:
        return found
    seen = {node}
    frontier = [node]
    while frontier:
        nxt = []
        for n in frontier:
            for parent in _out(graph, n, "PART_OF"):
                if parent in seen:
                    continue
                seen.add(parent)
                level = graph.nodes[parent].get("level")
                if level and level not in found:
                    found[level] = _name(graph, parent)
                nxt.append(parent)
        frontier = nxt
    return found


def _usage(graph: nx.MultiDiGraph, via_organisations: bool) -> dict[str, set[str]]:
    """Place name -> programme names, for every place that uses at least one."""
    usage = {}
    for node in nodes_of(graph, "Place"):
        progs = place_programmes(graph, _name(graph, node), via_organisations=via_organisations)
        if progs:
            usage[_name(graph, node)] = progs
    return usage


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


# ---------------------------------------------------------------- similarity

@dataclass(frozen=True)
class SimilarPlace:
    """One place compared with another by the programmes both use."""

    place: str
    level: str | None
    score: float  # Jaccard: shared / all programmes of the two places
    shared_programmes: list[str]
    shared_models: list[str]
    programmes: int  # how many programmes this place uses


def similar_places(graph: nx.MultiDiGraph, place: str, *, top: int = 10, level: str | None = None,
                   via_organisations: bool = True) -> list[SimilarPlace]:
    """Places that use the same programmes and models as PLACE, most similar first.

    For a researcher: a Jaccard score of 1 means two places report exactly the
    same set of programmes, 0.25 that a quarter of all the programmes either
    reports are common to both.  It points at places that learnt from each
    other or follow the same higher-level push; the shared items say which
    ones.  Models (X+Y) are listed apart because they are the transferable
    organisational designs.  ``level`` keeps only places of one level
    (compare banners with banners).
    """
    usage = _usage(graph, via_organisations)
    mine = usage.get(place) or place_programmes(graph, place, via_organisations=via_organisations)
    if not mine:
        return []
    results = []
    for other, theirs in usage.items():
        if other == place:
            continue
        other_level = graph.nodes[node_id("Place", other)].get("level")
        if level is not None and other_level != level:
            continue
        shared = mine & theirs
        if not shared:
            continue
        models = sorted(p for p in shared if is_model(graph, node_id("Programme", p)))
        results.append(SimilarPlace(place=other, level=other_level, score=round(jaccard(mine, theirs), 4),
                                    shared_programmes=sorted(shared - set(models)), shared_models=models,
                                    programmes=len(theirs)))
    results.sort(key=lambda r: (-r.score, -len(r.shared_programmes) - len(r.shared_models), r.place))
    return results[:top]


@dataclass(frozen=True)
class OverlapMatrix:
    """Shared-programme counts between places (for a heatmap)."""

    places: list[str]
    shared: list[list[int]]  # shared[i][j]: programmes both places i and j use; diagonal: i's own count
    jaccard: list[list[float]]


def overlap_matrix(graph: nx.MultiDiGraph, places: list[str] | None = None, *, top: int = 15,
                   via_organisations: bool = True) -> OverlapMatrix:
    """Pairwise programme overlap of PLACES (default: the TOP places using the most programmes).

    For a researcher: the heatmap shows clusters of places that run the same
    portfolio of programmes; a bright off-diagonal cell is a pair worth reading
    side by side.
    """
    usage = _usage(graph, via_organisations)
    if places is None:
        places = sorted(usage, key=lambda p: (-len(usage[p]), p))[:top]
    sets = [usage.get(p, set()) for p in places]
    shared = [[len(a & b) for b in sets] for a in sets]
    jac = [[round(jaccard(a, b), 4) for b in sets] for a in sets]
    return OverlapMatrix(places=list(places), shared=shared, jaccard=jac)


# ---------------------------------------------------------------- programmes

@dataclass(frozen=True)
class CoOccurrence:
    """Two programmes used by the same places."""

    a: str
    b: str
    places: list[str]
    jaccard: float  # places using both / places using either


def programme_cooccurrence(graph: nx.MultiDiGraph, *, min_places: int = 2,
                           via_organisations: bool = True) -> list[CoOccurrence]:
    """Pairs of programmes that appear together in at least MIN_PLACES places, most frequent first.

    For a researcher: programmes that travel together form a policy package
    (a party-building brand rolled out with a cooperative model, say); a high
    Jaccard means wherever one is reported the other usually is too.
    """
    by_programme: dict[str, set[str]] = defaultdict(set)
    for place, progs in _usage(graph, via_organisations).items():
        for p in progs:
            by_programme[p].add(place)
    pairs = []
    for a, b in itertools.combinations(sorted(by_programme), 2):
        both = by_programme[a] & by_programme[b]
        if len(both) >= min_places:
            pairs.append(CoOccurrence(a=a, b=b, places=sorted(both),
                                      jaccard=round(jaccard(by_programme[a], by_programme[b]), 4)))
    pairs.sort(key=lambda c: (-len(c.places), -c.jaccard, c.a, c.b))
    return pairs


@dataclass
class ProgrammeSpread:
    """Where a programme is used, rolled up the administrative hierarchy."""

    programme: str
    kind: str | None
    places: list[tuple[str, str | None]] = field(default_factory=list)  # (place, level) using it
    organisations: list[str] = field(default_factory=list)
    banners: dict[str, list[str]] = field(default_factory=dict)  # banner -> places in it using it
    leagues: dict[str, list[str]] = field(default_factory=dict)  # league -> places in it using it
    parts: list[str] = field(default_factory=list)  # programmes that are PART_OF_PROGRAMME of it
    part_of: list[str] = field(default_factory=list)


def programme_spread(graph: nx.MultiDiGraph, name: str) -> ProgrammeSpread | None:
    """Which places, banners and leagues use programme NAME (None if the graph has no such programme).

    For a researcher: the number of leagues and banners a programme has
    reached measures how far a local practice has diffused; one league with
    many banners is a league-wide push, many leagues with one place each is
    scattered adoption.  A place is counted under its banner and league by
    following PART_OF upward; organisations count at the place they are
    located in.
    """
    node = node_id("Programme", name)
    if node not in graph:
        return None
    spread = ProgrammeSpread(programme=name, kind=graph.nodes[node].get("kind"))
    places: set[str] = set()
    for actor in _in(graph, node, "IMPLEMENTS"):
        label = graph.nodes[actor].get("label")
        if label == "Place":
            places.add(_name(graph, actor))
        elif label == "Organisation":
            spread.organisations.append(_name(graph, actor))
            places.update(_name(graph, p) for p in _out(graph, actor, "LOCATED_IN"))
    banners: dict[str, set[str]] = defaultdict(set)
    leagues: dict[str, set[str]] = defaultdict(set)
    for place in sorted(places):
        level = graph.nodes[node_id("Place", place)].get("level")
        spread.places.append((place, level))
        up = ancestors(graph, place)
        if level == "banner":
            up["banner"] = place
        if level == "league":
            up["league"] = place
        if "banner" in up:
            banners[up["banner"]].add(place)
        if "league" in up:
            leagues[up["league"]].add(place)
    spread.banners = {b: sorted(p) for b, p in sorted(banners.items())}
    spread.leagues = {lg: sorted(p) for lg, p in sorted(leagues.items())}
    spread.organisations.sort()
    spread.parts = sorted(_name(graph, p) for p in _in(graph, node, "PART_OF_PROGRAMME"))
    spread.part_of = sorted(_name(graph, p) for p in _out(graph, node, "PART_OF_PROGRAMME"))
    return spread


@dataclass(frozen=True)
class ModelUse:
    """An X+Y model: its components and who uses it."""

    name: str
    components: list[str]
    places: list[str]
    organisations: list[str]


def models(graph: nx.MultiDiGraph) -> list[ModelUse]:
    """Every model with its components and users, most used first.

    For a researcher: the X+Y models are the organisational designs (合作社+农户,
    支部 + 基地 …); reading components against places shows which
    building blocks are combined where.
    """
    out = []
    for node in nodes_of(graph, "Programme"):
        if not is_model(graph, node):
            continue
        users = list(_in(graph, node, "IMPLEMENTS"))
        out.append(ModelUse(
            name=_name(graph, node),
            components=sorted(_name(graph, c) for c in _out(graph, node, "HAS_COMPONENT")),
            places=sorted(_name(graph, u) for u in users if graph.nodes[u].get("label") == "Place"),
            organisations=sorted(_name(graph, u) for u in users if graph.nodes[u].get("label") == "Organisation"),
        ))
    out.sort(key=lambda m: (-(len(m.places) + len(m.organisations)), m.name))
    return out


def component_usage(graph: nx.MultiDiGraph) -> Counter[str]:
    """How many models use each component (协会 in 5 models …)."""
    return Counter(_name(graph, c) for node in nodes_of(graph, "Programme")
                   for c in set(_out(graph, node, "HAS_COMPONENT")))


# ---------------------------------------------------------------- centrality

@dataclass(frozen=True)
class Central:
    name: str
    label: str
    degree: int  # distinct neighbours in the fact graph
    betweenness: float
    score: float  # the measure asked for


def _entity_projection(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph of entities joined by any fact relationship."""
    simple = nx.Graph()
    for n, d in graph.nodes(data=True):
        if d.get("label") in ENTITY_LABELS:
            simple.add_node(n)
    for u, v, d in graph.edges(data=True):
        if d.get("type") in FACT_TYPES and u in simple and v in simple and u != v:
            simple.add_edge(u, v)
    return simple


def centrality(graph: nx.MultiDiGraph, *, labels: tuple[str, ...] = ("Programme", "Organisation"),
               measure: str = "betweenness", top: int = 20) -> list[Central]:
    """The most central programmes and organisations of the fact network.

    For a researcher: ``degree`` counts the distinct places, organisations,
    components and programmes an item is tied to (how widely it is adopted or
    how many partners it has); ``betweenness`` is the share of shortest paths
    between other entities that pass through it: a high value marks a broker
    (a programme or organisation that links otherwise separate places and
    actors, e.g. a league-wide brand that ties banners together);
    ``eigenvector`` rewards ties to entities that are themselves well tied.
    """
    simple = _entity_projection(graph)
    if simple.number_of_nodes() == 0:
        return []
    between = nx.betweenness_centrality(simple, normalized=True)
    if measure == "betweenness":
        scores = between
    elif measure == "degree":
        scores = {n: float(simple.degree(n)) for n in simple}
    elif measure == "eigenvector":
        scores = nx.eigenvector_centrality(simple, max_iter=1000, tol=1e-8)
    else:
        raise ValueError(f"unknown measure {measure!r}: betweenness, degree or eigenvector")
    ranked = [
        Central(name=_name(graph, n), label=graph.nodes[n]["label"], degree=simple.degree(n),
                betweenness=round(between[n], 6), score=round(scores[n], 6))
        for n in simple if graph.nodes[n].get("label") in labels
    ]
    ranked.sort(key=lambda c: (-c.score, -c.degree, c.name))
    return ranked[:top]


# ---------------------------------------------------------------- communities

@dataclass(frozen=True)
class PlaceCommunity:
    places: list[str]
    programmes: list[tuple[str, int]]  # the programmes its places share most, with how many use each


def place_graph(graph: nx.MultiDiGraph, *, via_organisations: bool = True) -> nx.Graph:
    """Places joined by an edge weighted by how many programmes they share."""
    usage = _usage(graph, via_organisations)
    g = nx.Graph()
    g.add_nodes_from(usage)
    for a, b in itertools.combinations(sorted(usage), 2):
        shared = usage[a] & usage[b]
        if shared:
            g.add_edge(a, b, weight=len(shared), jaccard=jaccard(usage[a], usage[b]))
    return g


def place_communities(graph: nx.MultiDiGraph, *, seed: int = 0, min_size: int = 2,
                      via_organisations: bool = True) -> list[PlaceCommunity]:
    """Groups of places that share programmes more with each other than with the rest (Louvain).

    For a researcher: a community is a set of places with a common policy
    portfolio, often a league and its banners following one campaign, or
    places far apart that adopted the same model; the listed programmes are
    what holds each group together.  Places sharing nothing are left out
    (groups smaller than MIN_SIZE).  A fixed SEED makes the split repeatable.
    """
    g = place_graph(graph, via_organisations=via_organisations)
    if g.number_of_edges() == 0:
        return []
    usage = _usage(graph, via_organisations)
    groups = nx.community.louvain_communities(g, weight="weight", seed=seed)
    out = []
    for group in groups:
        if len(group) < min_size:
            continue
        counts = Counter(p for place in group for p in usage[place])
        common = sorted(((p, n) for p, n in counts.items() if n > 1), key=lambda x: (-x[1], x[0]))
        out.append(PlaceCommunity(places=sorted(group), programmes=common))
    out.sort(key=lambda c: (-len(c.places), c.places))
    return out


# ---------------------------------------------------------------- metrics

@dataclass(frozen=True)
class MetricRow:
    subject: str
    level: str | None
    value: float
    unit: str
    year: int | None
    qualifier: str | None
    raw: str
    sentence: str | None


def indicator_values(graph: nx.MultiDiGraph, indicator: str) -> list[MetricRow]:
    """Every place's metrics of one INDICATOR with the sentence behind each (needs a graph with metrics).

    For a researcher: the same count (嘎查村, 网格 …) side by side across
    places, each number traceable to the sentence that reports it; values of
    different years or qualifiers (余, 近) are not strictly comparable, so both
    are kept.
    """
    target = node_id("Indicator", indicator)
    if target not in graph:
        return []
    rows = []
    for metric in _in(graph, target, "MEASURES"):
        m = graph.nodes[metric]
        sentences = [graph.nodes[s].get("text") for s in _out(graph, metric, "EVIDENCED_BY")]
        for subject in _in(graph, metric, "REPORTS"):
            if graph.nodes[subject].get("label") != "Place":
                continue
            rows.append(MetricRow(subject=_name(graph, subject), level=graph.nodes[subject].get("level"),
                                  value=float(m["value"]), unit=str(m.get("unit", "")), year=m.get("year"),
                                  qualifier=m.get("qualifier"), raw=str(m.get("raw", "")),
                                  sentence=sentences[0] if sentences else None))
    rows.sort(key=lambda r: (-r.value, r.subject))
    return rows


def indicators(graph: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Indicators with how many places report them, most reported first (to pick one to compare)."""
    counts = []
    for node in nodes_of(graph, "Indicator"):
        places = {s for m in _in(graph, node, "MEASURES") for s in _in(graph, m, "REPORTS")
                  if graph.nodes[s].get("label") == "Place"}
        counts.append((_name(graph, node), len(places)))
    counts.sort(key=lambda x: (-x[1], x[0]))
    return counts
