"""Declaration benchmark: render and validate a full Turkmenistan declaration (999 goods items).

    .venv/bin/python bench/declaration.py [--runs 7]

Prints the XML size and the median render and validation times.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the sample declaration lives beside the tests

from tests.adapters.declaration.samples import declaration_of

from adapters.declaration import registry
from adapters.declaration.renderer import XsdataDeclarationRenderer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    renderer = XsdataDeclarationRenderer(registry.get("TM"))
    declaration = declaration_of(999)
    render, validate, size = [], [], 0
    for _ in range(runs):
        began = time.perf_counter()
        xml = renderer.render(declaration)
        rendered = time.perf_counter()
        problems = renderer.validate(xml)
        validate.append(time.perf_counter() - rendered)
        render.append(rendered - began)
        size = len(xml)
        assert problems == [], problems
    print(
        f"999 goods items, {size / 1e6:.2f} MB of XML, median of {runs} runs: "
        f"render {1000 * statistics.median(render):.0f} ms, validation {1000 * statistics.median(validate):.0f} ms"
    )


if __name__ == "__main__":
    main()
