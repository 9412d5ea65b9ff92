"""The dashboard's warm-up as it starts (dashboard.serve): after it, the first page finds the libraries imported,
the fonts parsed and the graph's names read."""

from __future__ import annotations

import sys
import time

from dashboard import common, fonts, serve
from tests.test_dashboard import seed_graph  # noqa: F401 (fixture)


def test_the_warm_up_leaves_the_first_page_its_own_work_only(seed_graph):  # noqa: F811
    common.bodies.clear()
    steps = serve.warm_up()
    assert list(steps) == ["graph", "network", "tables", "print"]
    assert all(module in sys.modules for module in serve.MODULES)
    assert fonts.cjk_font.cache_info().currsize == 1  # found and kept (None, where the system has no CJK font)
    started = time.perf_counter()
    known = common.bodies()  # what every page asks first: already read
    assert time.perf_counter() - started < 0.5
    assert known["iachr"]["name"] == "Inter-American Commission on Human Rights"
