"""assign-codes (docs/pipeline.md § assign-codes): ≤ 2 calls when the flattened framework fits, else level by level.

The model never sees node ids: paths and options are numbered and mapped back to the request's
nodes, so every returned id comes from the request.
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
from shared_code.domain.llm_outputs import CodeJudgeOutput, PickOutput, SelectOutput, VerifyOutput
from shared_code.domain.models import AssignCodesRequest, AssignCodesResponse, CodeNode
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_text, restore
from shared_code.domain.text import is_empty, normalise
from shared_code.errors import LLMError, PayloadTooLargeError
from shared_code.ports import Anonymizer, ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases import budget
from shared_code.usecases.preparation import prepare_single

log = logging.getLogger("qfa.assign_codes")


def record_block(text: str) -> str:
    return f"<feedback_record>\n<text>{text}</text>\n</feedback_record>"


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
        fits, _ = await budget.within_budget(self.llm, self._select_messages(raw_text, paths, k), limit)
        if not fits:
            await budget.require_budget(self.llm, [ChatMessage("system", prompts.pick_system()),
                                                   ChatMessage("user", record_block(raw_text))],
                                        self.settings.llm_max_total_tokens)
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
        out = await self.llm.complete_structured(self._select_messages(text, paths, k), SelectOutput,
                                                 call_kind="select")
        cands, seen = [], set()
        for item in out.candidates:
            if 1 <= item.path <= len(paths) and item.path not in seen and len(cands) < k:
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
            out = await self.llm.complete_structured(messages, VerifyOutput, call_kind="verify")
        except (LLMError, PayloadTooLargeError) as exc:
            logs.event(log, "verify_skipped", logging.WARNING, error_class=type(exc).__name__)
            return
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
        out = await self.llm.complete_structured(messages, PickOutput, call_kind="pick")
        picked = list(dict.fromkeys(i for i in out.selected if 1 <= i <= len(options)))[:k]
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
