"""detect-sensitive (docs/pipeline.md § detect-sensitive): one structured ``classify`` call over the 33-value enum."""

from __future__ import annotations

from shared_code.domain import prompts
from shared_code.domain.envelopes import record_xml
from shared_code.domain.llm_outputs import ClassifyOutput
from shared_code.domain.models import DetectSensitiveResponse, SingleRecordRequest
from shared_code.domain.pseudonyms import PlaceholderRegistry, restore
from shared_code.domain.sensitivity import type_lines
from shared_code.domain.text import is_empty
from shared_code.ports import Anonymizer, ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.preparation import prepare_single, raw_records

NO_CONTENT = "No feedback content was provided."
NOTHING_DETECTED = "No sensitive content detected."


class DetectSensitive:
    def __init__(self, llm: LLMClient, anonymizer: Anonymizer, settings: Settings) -> None:
        self.llm, self.anonymizer, self.settings = llm, anonymizer, settings
        self._system = prompts.classify_system(type_lines())

    async def run(self, req: SingleRecordRequest) -> DetectSensitiveResponse:
        record = req.feedback_record
        if is_empty(record.content):
            return DetectSensitiveResponse(id=record.id, is_sensitive=False, explanation=NO_CONTENT,
                                           sensitivity_types=[])
        raw = record_xml(raw_records([record], with_metadata=True)[0], indent="")
        await self.llm.check_budget([ChatMessage("system", self._system), ChatMessage("user", raw)])
        registry = PlaceholderRegistry()
        env = await prepare_single(self.anonymizer, record, registry, with_metadata=True)
        messages = [ChatMessage("system", self._system), ChatMessage("user", record_xml(env, indent=""))]
        out = await self.llm.complete_structured(messages, ClassifyOutput, call_kind="classify")
        types = list(dict.fromkeys(t.value for t in out.sensitivity_types))
        explanation = restore(out.explanation.strip(), registry)
        if not types and not explanation:
            explanation = NOTHING_DETECTED
        return DetectSensitiveResponse(id=record.id, is_sensitive=bool(types), explanation=explanation,
                                       sensitivity_types=types)
