"""Analytics on graphs built by hand: each measure gives the figure worked out on paper."""

from __future__ import annotations

import networkx as nx
import pytest

from graph import analytics as an
from graph.networkx_view import node_id
from tests.analytics.graphs import Builder, region_graph


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return region_graph()


def test_place_programmes_counts_organisations_located_in_the_place(g: nx.MultiDiGraph) -> None:
    assert an.place_programmes(g, "新村嘎查") == {"支部+合作社", "积分超市"}
    assert an.place_programmes(g, "新村嘎查", via_organisations=False) == {"积分超市"}
    assert an.place_programmes(g, "没有的旗") == set()


def test_ancestors_follow_part_of_up_to_the_region(g: nx.MultiDiGraph) -> None:
    assert an.ancestors(g, "新村嘎查") == {"township": "红星苏木", "banner": "东河旗",
                                          "league": "青山盟", "region": "草原自治区"}


def test_similar_places_by_jaccard_with_shared_items(g: nx.MultiDiGraph) -> None:
    result = an.similar_places(g, "东河旗")
    assert [(r.place, r.score) for r in result] == [("西河旗", 0.6667), ("青山盟", 0.3333), ("北岭旗", 0.2)]
    first = result[0]
    assert first.shared_models == ["党员中心户+协会"]
    assert first.shared_programmes == ["先锋引领"]
    assert first.level == "banner" and first.programmes == 2
    assert [r.place for r in an.similar_places(g, "东河旗", level="banner")] == ["西河旗", "北岭旗"]
    assert an.similar_places(g, "东河旗", top=1)[0].place == "西河旗"


def test_similar_places_through_organisations_or_not(g: nx.MultiDiGraph) -> None:
    assert [(r.place, r.score) for r in an.similar_places(g, "南岭旗")][:2] == [("新村嘎查", 1.0), ("北岭旗", 0.6667)]
    own = an.similar_places(g, "南岭旗", via_organisations=False)
    assert [(r.place, r.score) for r in own][:2] == [("北岭旗", 0.6667), ("新村嘎查", 0.5)]


def test_similar_places_of_a_place_without_programmes_is_empty(g: nx.MultiDiGraph) -> None:
    assert an.similar_places(g, "红星苏木") == []


def test_overlap_matrix(g: nx.MultiDiGraph) -> None:
    m = an.overlap_matrix(g, ["东河旗", "西河旗", "北岭旗"])
    assert m.shared == [[3, 2, 1], [2, 2, 1], [1, 1, 3]]
    assert m.jaccard[0][1] == 0.6667 and m.jaccard[2][2] == 1.0
    top = an.overlap_matrix(g, top=2)
    assert set(top.places) == {"东河旗", "北岭旗"}  # the two places with three programmes each


def test_cooccurrence_finds_the_package_that_travels_together(g: nx.MultiDiGraph) -> None:
    pairs = an.programme_cooccurrence(g)
    assert len(pairs) == 2
    assert {pairs[0].a, pairs[0].b} == {"支部+合作社", "积分超市"}
    assert pairs[0].places == ["北岭旗", "南岭旗", "新村嘎查"] and pairs[0].jaccard == 1.0
    assert {pairs[1].a, pairs[1].b} == {"先锋引领", "党员中心户+协会"} and pairs[1].jaccard == 0.5
    assert len(an.programme_cooccurrence(g, min_places=1)) > 2


def test_spread_rolls_places_up_to_banners_and_leagues(g: nx.MultiDiGraph) -> None:
    s = an.programme_spread(g, "先锋引领")
    assert s is not None and s.kind == "campaign"
    assert s.places == sorted([("北岭旗", "banner"), ("东河旗", "banner"), ("西河旗", "banner"), ("青山盟", "league")])
    assert s.banners == {"东河旗": ["东河旗"], "北岭旗": ["北岭旗"], "西河旗": ["西河旗"]}
    assert s.leagues == {"白云盟": ["北岭旗"], "青山盟": ["东河旗", "西河旗", "青山盟"]}
    assert s.parts == ["暖心服务"] and s.part_of == []


def test_spread_through_an_organisation_reaches_its_village_banner_and_league(g: nx.MultiDiGraph) -> None:
    s = an.programme_spread(g, "支部+合作社")
    assert s is not None
    assert s.organisations == ["新村牧业合作社"]
    assert ("新村嘎查", "village") in s.places
    assert s.banners["东河旗"] == ["新村嘎查"]
    assert s.leagues == {"白云盟": ["北岭旗", "南岭旗"], "青山盟": ["新村嘎查"]}
    assert an.programme_spread(g, "没有的工程") is None


def test_models_with_components_and_users(g: nx.MultiDiGraph) -> None:
    ms = an.models(g)
    assert [m.name for m in ms] == ["支部+合作社", "党员中心户+协会"]
    assert ms[0].components == sorted(["党支部", "合作社"])
    assert ms[0].places == ["北岭旗", "南岭旗"] and ms[0].organisations == ["新村牧业合作社"]
    assert an.component_usage(g)["协会"] == 1
    assert not an.is_model(g, node_id("Programme", "积分超市"))


def test_betweenness_of_a_hub_programme_is_one() -> None:
    b = Builder()
    b.programme("枢纽工程")
    for p in ("甲旗", "乙旗", "丙旗"):
        b.place(p, "banner")
        b.implements(p, "枢纽工程")
    ranked = an.centrality(b.g, labels=("Programme", "Place"))
    assert ranked[0].name == "枢纽工程" and ranked[0].score == 1.0 and ranked[0].degree == 3
    assert all(r.score == 0.0 for r in ranked[1:])


def test_centrality_measures_on_the_region(g: nx.MultiDiGraph) -> None:
    degree = an.centrality(g, measure="degree")
    assert {d.name for d in degree[:2]} == {"先锋引领", "支部+合作社"} and degree[0].score == 5.0
    between = {c.name: c.score for c in an.centrality(g, top=50)}
    assert between["先锋引领"] > between["积分超市"] > 0
    assert "东河旗" not in between  # only programmes and organisations by default
    eig = an.centrality(g, measure="eigenvector", labels=("Organisation",))
    assert [c.name for c in eig] == ["新村牧业合作社"]
    with pytest.raises(ValueError):
        an.centrality(g, measure="pagerankish")


def test_communities_split_the_two_leagues_portfolios(g: nx.MultiDiGraph) -> None:
    groups = an.place_communities(g)
    assert sorted(tuple(c.places) for c in groups) == [("东河旗", "西河旗", "青山盟"), ("北岭旗", "南岭旗", "新村嘎查")]
    west = next(c for c in groups if "南岭旗" in c.places)
    assert west.programmes[:2] == [("支部+合作社", 3), ("积分超市", 3)] or \
        west.programmes[:2] == [("积分超市", 3), ("支部+合作社", 3)]
    assert an.place_communities(Builder().g) == []


def _with_metrics() -> nx.MultiDiGraph:
    b = Builder()
    for place, value, year in (("甲旗", 120.0, 2023), ("乙旗", 80.0, None)):
        b.place(place, "banner")
        m = b.node("Metric", f"m-{place}", indicator="嘎查村", value=value, unit="个", year=year, raw=f"{int(value)}个")
        s = b.node("Sentence", f"d1:{place}", text=f"{place}共有嘎查村{int(value)}个。")
        b.g.add_edge(node_id("Place", place), m, type="REPORTS")
        b.g.add_edge(m, b.node("Indicator", "嘎查村"), type="MEASURES")
        b.g.add_edge(m, s, type="EVIDENCED_BY")
    org_metric = b.node("Metric", "m-org", indicator="嘎查村", value=500.0, unit="个", raw="500个")
    b.g.add_edge(b.node("Organisation", "某合作社", kind="cooperative"), org_metric, type="REPORTS")
    b.g.add_edge(org_metric, node_id("Indicator", "嘎查村"), type="MEASURES")
    return b.g


def test_indicator_values_across_places_with_their_sentences() -> None:
    g = _with_metrics()
    rows = an.indicator_values(g, "嘎查村")
    assert [(r.subject, r.value, r.year) for r in rows] == [("甲旗", 120.0, 2023), ("乙旗", 80.0, None)]
    assert rows[0].sentence == "甲旗共有嘎查村120个。"
    assert an.indicator_values(g, "网格") == []
    assert an.indicators(g) == [("嘎查村", 2)]
