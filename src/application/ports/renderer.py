from typing import Protocol

from domain.declaration.as_built import BuiltDeclaration
from domain.declaration.declaration import Declaration
from domain.goods.problems import RowProblem


class DeclarationRenderer(Protocol):
    """Serialises a declaration into its country's XML and checks it against the XSD and business rules."""

    country: str

    def render(self, declaration: Declaration) -> bytes: ...

    def validate(self, xml: bytes) -> list[RowProblem]:
        """Every problem; `row` is the item number where one applies, `column` the box or element path."""
        ...

    def schema(self) -> bytes: ...

    def as_built(self, xml: bytes, part: int, parts: int) -> BuiltDeclaration:
        """The boxes a broker checks, read back from XML this renderer wrote."""
        ...
