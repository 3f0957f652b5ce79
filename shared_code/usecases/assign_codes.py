"""assign-codes (docs/pipeline.md § assign-codes): ≤ 2 calls when the flattened framework fits, else level by level.

The model never sees node ids: paths and options are numbered and mapped back to the request's
nodes, so every returned id comes from the request. The listed numbers are an enum in the schema sent
to the model (domain/choices.py); a number outside them is still dropped here, and logged without text
(``event=choice_out_of_range``).
"""

from __future__ import annotations

import asyncio
import logging

from shared_code import logs
from shared_code.domain import prompts
from shared_code.domain.coding import (
    Candidate,
    Path,
    explanation_text,
    finalise,
    fit_scores,
    leaf_paths,
    render_paths,
    to_assigned,
)
from shared_code.domain.envelopes import tagged
from shared_code.domain.choices import pick_output_for, select_output_for, verify_output_for
from shared_code.domain.llm_outputs import CodeJudgeOutput
from shared_code.domain.models import AssignCodesRequest, AssignCodesResponse, CodeNode
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_text, restore
from shared_code.domain.text import is_empty, normalise
from shared_code.errors import LLMError, PayloadTooLargeError
from shared_code.ports import Anonymizer, ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.preparation import prepare_single

log = logging.getLogger("qfa.assign_codes")


def record_block(text: str) -> str:
    return f"<feedback_record>\n<text>{text}</text>\n</feedback_record>"


def drop_unlisted(numbers: list[int], count: int, call_kind: str) -> list[int]:
    """``numbers`` within 1 … ``count``; the second guard behind the schema's enum, logged when it fires."""
    kept = [n for n in numbers if 1 <= n <= count]
    if len(kept) != len(numbers):
        logs.event(log, "choice_out_of_range", logging.WARNING, call_kind=call_kind,
                   dropped=len(numbers) - len(kept), options=count)
    return kept


def candidates_block(cands: list[Candidate]) -> str:
    lines = []
    for j, c in enumerate(cands, 1):
        levels = "; ".join(f"Level {n}: {escape_text(node.name)}" for n, node in enumerate(c.path, 1))
        lines.append(f"C{j}: {levels}")
    return tagged("candidates", "\n".join(lines))


class AssignCodes:
    def __init__(self, llm: LLMClient, anonymizer: Anonymizer, settings: Settings) -> None:
        self.llm, self.anonymizer, self.settings = llm, anonymizer, settings

    async def run(self, req: AssignCodesRequest) -> AssignCodesResponse:
        record = req.feedback_record
        if is_empty(record.content):
            return AssignCodesResponse(assigned_codes=[])
        k = min(req.max_codes + 2, 10)
        paths = leaf_paths(req.coding_levels.root_codes)
        limit = min(self.settings.assign_codes_single_call_max_tokens, self.settings.llm_max_total_tokens)
        raw_text = escape_text(normalise(record.content))
        try:
            await self.llm.check_budget(self._select_messages(raw_text, paths, k), limit=limit)
            fits = True
        except PayloadTooLargeError:
            fits = False
            await self.llm.check_budget([ChatMessage("system", prompts.pick_system()),
                                         ChatMessage("user", record_block(raw_text))])
        registry = PlaceholderRegistry()
        env = await prepare_single(self.anonymizer, record, registry, with_metadata=False)
        if fits:
            cands, calls = await self._compact(env.text, paths, k)
        else:
            cands, calls = await self._level_by_level(env.text, req.coding_levels.root_codes, k, req.confidence_threshold)
        chosen = finalise(cands, max_codes=req.max_codes, threshold=req.confidence_threshold)
        logs.event(log, "assign_codes", strategy="compact" if fits else "level", calls=calls,
                   candidates=len(cands), empty_selection=not cands)
        return AssignCodesResponse(assigned_codes=[to_assigned(c, restore(explanation_text(c), registry))
                                                   for c in chosen])

    # compact path ---------------------------------------------------------------------------
    def _select_messages(self, text: str, paths: list[Path], k: int) -> list[ChatMessage]:
        user = (f"{record_block(text)}\n\n{tagged('code_paths', render_paths(paths))}\n\n"
                f"{tagged('instruction', f'Return at most {k} paths.')}")
        return [ChatMessage("system", prompts.select_system()), ChatMessage("user", user)]

    async def _compact(self, text: str, paths: list[Path], k: int) -> tuple[list[Candidate], int]:
        out = await self.llm.complete_structured(self._select_messages(text, paths, k),
                                                 select_output_for(len(paths)), call_kind="select")
        listed = set(drop_unlisted([item.path for item in out.candidates], len(paths), "select"))
        cands, seen = [], set()
        for item in out.candidates:
            if item.path in listed and item.path not in seen and len(cands) < k:
                seen.add(item.path)
                path = paths[item.path - 1]
                cands.append(Candidate(path, fit_scores(item.level_confidences, len(path)),
                                       [item.reason] * len(path)))
        if not cands:
            return [], 1
        await self._verify(text, cands)
        return cands, 2

    async def _verify(self, text: str, cands: list[Candidate]) -> None:
        user = f"{record_block(text)}\n\n{candidates_block(cands)}"
        messages = [ChatMessage("system", prompts.verify_system()), ChatMessage("user", user)]
        try:
            out = await self.llm.complete_structured(messages, verify_output_for(len(cands)), call_kind="verify")
        except (LLMError, PayloadTooLargeError) as exc:
            logs.event(log, "verify_skipped", logging.WARNING, error_class=type(exc).__name__)
            return
        drop_unlisted([v.candidate for v in out.verdicts], len(cands), "verify")
        verdicts = {v.candidate: v for v in out.verdicts}
        for j, cand in enumerate(cands, 1):
            verdict = verdicts.get(j)
            if verdict is None or len(verdict.levels) != len(cand.path):
                logs.event(log, "verify_verdict_missing", logging.WARNING, candidate=j)
                continue
            cand.scores = [lv.score for lv in verdict.levels]
            cand.explanations = [lv.explanation for lv in verdict.levels]

    # level-by-level path --------------------------------------------------------------------
    async def _level_by_level(self, text: str, roots: list[CodeNode], k: int, threshold: float | None):
        frontier: list[tuple[Path, list[float], list[str], list[CodeNode]]] = [((), [], [], roots)]
        leaves: list[Candidate] = []
        calls = 0
        while frontier:
            picks = await asyncio.gather(*(self._pick(text, prefix, options, k) for prefix, _, _, options in frontier))
            calls += len(frontier)
            judged_inputs = [(entry, node) for entry, chosen in zip(frontier, picks) for node in chosen]
            verdicts = await asyncio.gather(*(self._code_judge(text, entry[0] + (node,)) for entry, node in judged_inputs))
            calls += len(judged_inputs)
            scored = []
            for ((prefix, scores, expl, _), node), verdict in zip(judged_inputs, verdicts):
                if verdict is None or (threshold is not None and verdict.score < threshold):
                    continue
                scored.append((prefix + (node,), scores + [verdict.score], expl + [verdict.explanation], node))
            scored.sort(key=lambda item: min(item[1]), reverse=True)
            frontier = []
            for path, scores, expl, node in scored[:k]:
                if node.children:
                    frontier.append((path, scores, expl, node.children))
                else:
                    leaves.append(Candidate(path, scores, expl))
        return leaves, calls

    async def _pick(self, text: str, prefix: Path, options: list[CodeNode], k: int) -> list[CodeNode]:
        chosen_path = " > ".join(escape_text(n.name) for n in prefix) or "(top level)"
        listing = "\n".join(f"{i}: {escape_text(n.name)}" for i, n in enumerate(options, 1))
        user = (f"{record_block(text)}\n\n{tagged('parent_path', chosen_path)}\n\n{tagged('options', listing)}\n\n"
                f"{tagged('instruction', f'Select at most {k} options.')}")
        messages = [ChatMessage("system", prompts.pick_system()), ChatMessage("user", user)]
        out = await self.llm.complete_structured(messages, pick_output_for(len(options)), call_kind="pick")
        picked = list(dict.fromkeys(drop_unlisted(out.selected, len(options), "pick")))[:k]
        return [options[i - 1] for i in picked]

    async def _code_judge(self, text: str, path: Path) -> CodeJudgeOutput | None:
        code = " > ".join(escape_text(n.name) for n in path)
        user = f"{record_block(text)}\n\n{tagged('code', code)}"
        messages = [ChatMessage("system", prompts.code_judge_system()), ChatMessage("user", user)]
        try:
            return await self.llm.complete_structured(messages, CodeJudgeOutput, call_kind="code_judge")
        except (LLMError, PayloadTooLargeError) as exc:
            logs.event(log, "code_judge_failed", logging.WARNING, error_class=type(exc).__name__)
            return None
