"""The structured answer the agent must return for one batch of lines (its `output_type`)."""

from pydantic import BaseModel, Field


class AlternativeCode(BaseModel):
    code: str = Field(description="Another plausible HS-6 subheading, 6 digits")
    why: str = Field(description="Why it was considered and why it lost, one sentence")


class LineAnswer(BaseModel):
    line_id: int = Field(description="The id of the line as given in the request")
    hs6: str = Field(description="The HS-6 subheading chosen, exactly 6 digits, no dots")
    national_code: str | None = Field(
        description="The national tariff line under hs6 when the knowledge base shows it, else null"
    )
    confidence: float = Field(description="How sure you are of hs6, from 0 to 1")
    rationale: str = Field(description="The headings, notes or rules that decide it, in two sentences")
    alternatives: list[AlternativeCode] = Field(description="Up to 3 other plausible subheadings")


class BatchAnswer(BaseModel):
    """One entry per requested line, each line id exactly once."""

    lines: list[LineAnswer]
