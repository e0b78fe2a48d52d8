"""A broker teaches an account's memory from a list of descriptions and codes: a per-line report they corrected,
or their own catalogue. All or nothing: one wrong row and nothing is learnt, each wrong row named."""

from collections.abc import Sequence
from dataclasses import dataclass

from application.errors import Invalid
from application.ports.activity import Activity, ActivityLog
from application.ports.classifier import Nomenclature
from application.ports.clock import Clock
from application.ports.memory import ClassificationMemory, Confirmation
from application.ports.registry import CountryRegistry
from application.review.errors import UnknownCommodityCode
from application.review.typed_codes import checked_code
from domain.goods.problems import RowProblem


@dataclass(frozen=True, slots=True)
class TaughtLine:
    row: int  # where the list has it (a file's line number)
    description: str
    code: str  # as typed: HS-6, a national tariff line, or its first digits


class MemoryNotTaught(Invalid):
    code = "memory_not_taught"

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"nothing was learnt: {len(problems)} row(s) to correct")
        self.problems = problems


class TeachMemory:
    def __init__(
        self,
        memory: ClassificationMemory,
        nomenclature: Nomenclature,
        countries: CountryRegistry,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._memory, self._nomenclature, self._countries = memory, nomenclature, countries
        self._activity, self._clock = activity, clock

    async def __call__(
        self, account_id: str, lines: Sequence[TaughtLine], country: str, taught_by: str, source: str
    ) -> int:
        """Remembers every line (a description taught again takes the new code); returns how many."""
        confirmations, problems = [], []
        for line in lines:
            if not line.description.strip():
                problems.append(RowProblem(line.row, "description", "the description is empty"))
                continue
            if not line.code.strip():
                problems.append(RowProblem(line.row, "code", "the code is empty"))
                continue
            try:
                typed = checked_code(line.code, country, self._nomenclature, self._countries)
            except UnknownCommodityCode as error:
                problems.append(RowProblem(line.row, "code", str(error)))
                continue
            confirmations.append(Confirmation(account_id, line.description.strip(), typed.hs6,
                                              typed.national_code, taught_by))  # fmt: skip
        if problems:
            raise MemoryNotTaught(problems)
        for confirmation in confirmations:
            await self._memory.remember(confirmation)
        await self._activity.record(Activity(account_id, "memory teach", self._clock.now(), source,
                                             {"lines": str(len(confirmations))}))  # fmt: skip
        return len(confirmations)
