"""Charts draw Chinese labels with a CJK font, not boxes."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager

from graph import plotting
from graph.analytics import MetricRow, OverlapMatrix


def test_the_bundled_cjk_font_is_found_and_used() -> None:
    path = plotting.cjk_font_path()
    assert path is not None and path.name == "NotoSansCJKsc-Regular.otf"
    family = plotting.use_cjk_font()
    assert family == "Noto Sans CJK SC"
    assert Path(font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))) == path


def test_charts_render_chinese_without_missing_glyphs(tmp_path: Path) -> None:
    rows = [MetricRow("甲旗", "banner", 120, "个", 2023, "余", "120余个", "甲旗共有嘎查村120余个。"),
            MetricRow("乙旗", "banner", 80, "个", None, None, "80个", None)]
    heat = OverlapMatrix(places=["甲旗", "乙苏木"], shared=[[3, 1], [1, 2]], jaccard=[[1.0, 0.25], [0.25, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" for boxes
        for name, fig in (("bars", plotting.indicator_chart(rows, "嘎查村")),
                          ("heat", plotting.overlap_heatmap(heat)),
                          ("jac", plotting.overlap_heatmap(heat, value="jaccard")),
                          ("bar", plotting.bar_chart([("党员中心户", 3.0)], "组件使用", "模式数"))):
            out = tmp_path / f"{name}.png"
            fig.savefig(out, dpi=60)
            assert out.stat().st_size > 2000
    texts = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert texts == ["党员中心户"]
