"""Charts with Chinese labels: matplotlib set to a CJK font that a PyPI package ships.

matplotlib's default DejaVu Sans has no Chinese glyphs (labels come out as
boxes).  The font is Noto Sans CJK SC (SIL Open Font License), bundled in the
``mplfonts`` wheel (``pip install policykg[notebooks]``), so no system font
package is needed; a Noto/WenQuanYi font installed by the system is used when
``mplfonts`` is absent.  Notebooks call ``use_cjk_font()`` once and then plot
with the helpers here, so the cells stay thin.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policykg.errors import PolicyKGError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from graph.analytics import MetricRow, OverlapMatrix

log = logging.getLogger(__name__)

BUNDLED_FONT = "NotoSansCJKsc-Regular.otf"
SYSTEM_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei")


def cjk_font_path() -> Path | None:
    """The bundled Noto Sans CJK SC file of ``mplfonts``, or None when it is not installed."""
    try:
        path = Path(str(resources.files("mplfonts") / "fonts" / BUNDLED_FONT))
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese: register the CJK font and put it first; returns its family name."""
    import matplotlib
    from matplotlib import font_manager

    path = cjk_font_path()
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
    else:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        family = next((f for f in SYSTEM_FAMILIES if f in installed), "")
        if not family:
            raise PolicyKGError("no CJK font for charts: pip install 'policykg[notebooks]' (mplfonts)")
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK font's minus sign is a box in some builds
    log.info("charts use %s", family)
    return family


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    import matplotlib.pyplot as plt

    use_cjk_font()
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return fig, ax


def indicator_chart(rows: Sequence[MetricRow], indicator: str) -> Figure:
    """Horizontal bars of one indicator across places (year and qualifier in the label)."""
    fig, ax = _figure(8, max(2.5, 0.45 * len(rows) + 1))
    labels = [f"{r.subject}（{r.year}）" if r.year else r.subject for r in rows]
    values = [r.value for r in rows]
    ax.barh(labels[::-1], values[::-1], color="#4c72b0")
    for y, r in enumerate(rows[::-1]):
        ax.annotate(_amount(r), (r.value, y), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=9)
    unit = rows[0].unit if rows else ""
    ax.set_xlabel(f"{indicator}（{unit}）")
    ax.set_title(f"各地“{indicator}”对比")
    return fig


def _number(value: float) -> str:
    """5.6亿, 1650万, 96: large numbers the way the reports write them."""
    if abs(value) >= 1e8:
        return f"{value / 1e8:.4g}亿"
    if abs(value) >= 1e4:
        return f"{value / 1e4:.4g}万"
    return f"{value:g}"


def _amount(row: MetricRow) -> str:
    """120余个, 近80户, 300个以上, 1.65亿元: the qualifier where Chinese puts it."""
    q = row.qualifier or ""
    if q == "余":
        return f"{_number(row.value)}余{row.unit}"
    if q == "以上":
        return f"{_number(row.value)}{row.unit}以上"
    return f"{q}{_number(row.value)}{row.unit}"


def overlap_heatmap(matrix: OverlapMatrix, *, value: str = "shared") -> Figure:
    """Heatmap of programmes shared by each pair of places (``value='jaccard'`` for the share)."""
    data: list[list[Any]] = matrix.shared if value == "shared" else matrix.jaccard
    n = len(matrix.places)
    fig, ax = _figure(max(5, 0.6 * n + 2), max(4, 0.6 * n + 1.5))
    image = ax.imshow(data, cmap="YlGnBu")
    ax.set_xticks(range(n), matrix.places, rotation=60, ha="right")
    ax.set_yticks(range(n), matrix.places)
    for i in range(n):
        for j in range(n):
            ax.text(j, i, f"{data[i][j]:g}" if value == "shared" else f"{data[i][j]:.2f}",
                    ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, label="共同项目数" if value == "shared" else "Jaccard 相似度")
    ax.set_title("地区间项目重叠")
    return fig


def bar_chart(items: Sequence[tuple[str, float]], title: str, xlabel: str) -> Figure:
    """Horizontal bars of (label, value) pairs, the first on top."""
    fig, ax = _figure(8, max(2.5, 0.4 * len(items) + 1))
    ax.barh([i[0] for i in items][::-1], [i[1] for i in items][::-1], color="#55a868")
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return fig
