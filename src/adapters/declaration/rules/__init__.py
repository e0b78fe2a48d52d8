"""Business rules the XSD cannot express, run over the parsed declaration XML."""

from collections.abc import Callable

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.codes import code_problems
from adapters.declaration.rules.commodity import commodity_problems
from adapters.declaration.rules.goods_items import goods_item_problems
from adapters.declaration.rules.money_sums import money_sum_problems
from adapters.declaration.rules.numbering import numbering_problems
from adapters.declaration.rules.packages import package_problems
from adapters.declaration.rules.totals import totals_problems
from adapters.declaration.rules.tree import Element
from domain.goods.problems import RowProblem

Rule = Callable[[Element, CountrySchema], list[RowProblem]]
RULES: tuple[Rule, ...] = (
    numbering_problems,
    commodity_problems,
    goods_item_problems,
    package_problems,
    totals_problems,
    money_sum_problems,
    code_problems,
)


def business_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    return [found for rule in RULES for found in rule(root, country)]
