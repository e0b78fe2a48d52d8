"""What the agent is told: standing instructions, and one message per batch of lines with hints."""

import json
from collections.abc import Sequence

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Classification

INSTRUCTIONS = """\
You classify goods for a customs broker preparing a Turkmenistan customs declaration (HS 2022).
Each request lists numbered invoice lines. Descriptions are often terse and may be in English,
Russian or Turkmen. Search the knowledge base (nomenclature texts, national tariff, lexicon) with
file_search before deciding; apply the General Interpretative Rules and the section and chapter notes.
The engine candidates under each line come from an offline lexical search: use them as hints, check
them against the knowledge base, and choose another subheading when they do not fit. A code the
supplier declared is a claim to verify, not an answer.
Answer every line exactly once with its line_id: hs6 as exactly 6 digits taken from the nomenclature
(never invent a code), national_code only when the knowledge base shows a national tariff line under
that hs6, a confidence from 0 to 1 that is low when the description lacks the material, use or
function that decides the subheading, a short rationale naming the heading text or rule that
decides it, and up to 3 alternatives with why each lost."""


def batch_message(requests: Sequence[ClassificationRequest], hints: Sequence[Classification], hint_count: int) -> str:
    """The user message for one batch: line ids 1..n, descriptions, declared codes and engine hints."""
    blocks = [f"Classify these {len(requests)} lines."]
    for line_id, (request, hint) in enumerate(zip(requests, hints, strict=True), start=1):
        block = [f"Line {line_id}", f"  description: {json.dumps(request.description, ensure_ascii=False)}"]
        if request.declared_code:
            block.append(f"  declared by the supplier: {request.declared_code}")
        candidates = hint.candidates[:hint_count]
        block.append("  engine candidates:" if candidates else "  engine candidates: none")
        block.extend(f"    - {c.hs6} (score {c.score:.2f}): {c.tariff_text or c.rationale}" for c in candidates)
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)
