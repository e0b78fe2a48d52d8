"""How many of the problems the test suites build the Russian and Turkmen pages show translated (ADR 0035).

PYTHONPATH=src .venv/bin/python bench/problem_texts.py [--list] [TEST PATH ...]

Runs the tests (by default the reading, application, domain, declaration and tariff ones, about 4 minutes) with
every RowProblem and job failure reason recorded, then tells each in Russian and Turkmen as the API would. A reason
with no English word in it counts as told. --list prints the reasons left in English, the commonest shapes first
(figures and quoted values folded), to find the templates still missing from messages/problems/{ru,tk}.json.
"""

import argparse
import re
import sys
from collections import Counter
from typing import Any

import pytest

from domain.goods.problems import RowProblem
from domain.processing.job import ProcessingJob
from entrypoints.http.web.problem_texts import translated

SUITES = ["tests/adapters/reading", "tests/application", "tests/domain", "tests/adapters/declaration",
          "tests/adapters/tariff"]  # fmt: skip
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
SEEN: list[str] = []


def _recorded(built: Any, attribute: str) -> Any:
    def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
        answer = built(self, *args, **kwargs)
        SEEN.append(self.reason if attribute == "reason" else args[0])
        return answer

    return recording


def _shape(reason: str) -> str:
    return re.sub(r"\d[\d.,]*", "N", re.sub(r"'[^']*'", "'…'", reason))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the reasons left in English")
    parser.add_argument("paths", nargs="*", default=SUITES)
    options = parser.parse_args()
    RowProblem.__init__ = _recorded(RowProblem.__init__, "reason")  # type: ignore[method-assign]
    ProcessingJob.fail = _recorded(ProcessingJob.fail, "failure")  # type: ignore[method-assign]
    pytest.main(["-q", "-p", "no:cacheprovider", *options.paths])
    left: Counter[str] = Counter()
    for language in ("ru", "tk"):
        english = [r for r in SEEN if _ENGLISH.search(r) and translated(r, language) == r]
        told = len(SEEN) - len(english)
        print(f"{language}: {told} of {len(SEEN)} problems told ({100 * told / max(len(SEEN), 1):.1f} %)")
        left = Counter(_shape(r) for r in english)
    if options.list:
        for shape, count in left.most_common():
            print(f"{count:5d}  {shape[:300]}")


if __name__ == "__main__":
    sys.exit(main())
