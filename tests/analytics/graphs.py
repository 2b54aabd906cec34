"""Small graphs built by hand in the shape of ``graph.networkx_view`` (made-up places and programmes)."""

from __future__ import annotations

import networkx as nx

from graph.networkx_view import node_id


class Builder:
    """Adds nodes and SCHEMA.md relationships with evidence, as the store would hold them."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self._sentences = 0

    def node(self, label: str, name: str, **props: object) -> str:
        n = node_id(label, name)
        if n not in self.g:
            self.g.add_node(n, label=label, name=name, **props)
        return n

    def rel(self, rel_type: str, u: str, v: str, basis: str = "text") -> None:
        self._sentences += 1
        self.g.add_edge(u, v, type=rel_type, evidence=[f"d1:{self._sentences}"], basis=basis)

    def place(self, name: str, level: str, parent: str | None = None, aliases: list[str] | None = None) -> str:
        n = self.node("Place", name, level=level, aliases=aliases or [])
        if parent is not None:
            self.rel("PART_OF", n, node_id("Place", parent), basis="admin_knowledge")
        return n

    def programme(self, name: str, kind: str = "project", components: tuple[str, ...] = ()) -> str:
        n = self.node("Programme", name, kind=kind, aliases=[])
        for c in components:
            self.g.add_edge(n, self.node("Component", c), type="HAS_COMPONENT", evidence=[], basis="text")
        return n

    def implements(self, actor: str, programme: str, label: str = "Place") -> None:
        self.rel("IMPLEMENTS", node_id(label, actor), node_id("Programme", programme))

    def org(self, name: str, kind: str, place: str) -> str:
        n = self.node("Organisation", name, kind=kind)
        self.rel("LOCATED_IN", n, node_id("Place", place))
        return n


def region_graph() -> nx.MultiDiGraph:
    """Two leagues, four banners, a township and a village; two models, a campaign, a brand in it.

    青山盟: 东河旗 (红星苏木 → 新村嘎查), 西河旗; 白云盟: 北岭旗, 南岭旗.
    """
    b = Builder()
    b.place("草原自治区", "region")
    b.place("青山盟", "league", "草原自治区")
    b.place("白云盟", "league", "草原自治区")
    b.place("东河旗", "banner", "青山盟")
    b.place("西河旗", "banner", "青山盟")
    b.place("北岭旗", "banner", "白云盟")
    b.place("南岭旗", "banner", "白云盟")
    b.place("红星苏木", "township", "东河旗")
    b.place("新村嘎查", "village", "红星苏木")
    b.programme("先锋引领", "campaign")
    b.programme("暖心服务", "brand")
    b.rel("PART_OF_PROGRAMME", node_id("Programme", "暖心服务"), node_id("Programme", "先锋引领"))
    b.programme("党员中心户+协会", "model", ("党员中心户", "协会"))
    b.programme("支部+合作社", "model", ("党支部", "合作社"))
    b.programme("积分超市", "platform")
    # 青山盟's banners share the campaign and the first model
    for banner in ("东河旗", "西河旗"):
        b.implements(banner, "先锋引领")
        b.implements(banner, "党员中心户+协会")
    b.implements("东河旗", "暖心服务")
    b.implements("青山盟", "先锋引领")
    # 白云盟's banners share the second model and the platform
    for banner in ("北岭旗", "南岭旗"):
        b.implements(banner, "支部+合作社")
        b.implements(banner, "积分超市")
    b.implements("北岭旗", "先锋引领")
    # a cooperative of the village runs the second model: the village uses it through the organisation
    b.org("新村牧业合作社", "cooperative", "新村嘎查")
    b.implements("新村牧业合作社", "支部+合作社", label="Organisation")
    b.implements("新村嘎查", "积分超市")
    return b.g
