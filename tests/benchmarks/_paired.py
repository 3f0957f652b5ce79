"""Two implementations timed in alternation over the same chunks of texts, for a ratio that a shared machine
swings less.

On a machine whose other load comes and goes, one whole-set run of each side can land in a quiet and a
busy second (the CPU time of one and the same run of stock Presidio has varied by 30 % here, since a
sibling hyperthread's load slows a core). :func:`interleave` alternates the two sides chunk by chunk (256
texts, a fraction of a second each; which side goes first alternates too), ``repeat`` times over the
set. Each round gives a paired ratio (both sides' totals over the same seconds); the figure is the median
of the rounds' ratios. The sums of each side's least chunk times are reported beside it: they drop each
side's noise, but not evenly (the side whose chunk times spread more gains more), so they are no
headline.
"""

from __future__ import annotations

import inspect
import statistics
from typing import Any, Awaitable, Callable, Sequence, Union

Timer = Callable[[Sequence[str]], Union[float, Awaitable[float]]]
"""Runs one chunk and returns the seconds it took (wall clock or CPU, as the caller measures)."""


async def _timed(timer: Timer, chunk: Sequence[str]) -> float:
    elapsed = timer(chunk)
    return await elapsed if inspect.isawaitable(elapsed) else elapsed


async def interleave(texts: Sequence[str], ours: Timer, theirs: Timer, repeat: int, chunk: int = 256) -> dict[str, Any]:
    """Both timers over ``texts`` in chunks of ``chunk``, alternated, ``repeat`` times (see the module
    docstring). Ratios are theirs / ours: how many times faster ours is; ``ratio`` is the median round's,
    ``least_chunks_ratio`` that of the sums of least chunk times."""
    chunks = [texts[start : start + chunk] for start in range(0, len(texts), chunk)]
    best = {"ours": [float("inf")] * len(chunks), "theirs": [float("inf")] * len(chunks)}
    rounds: dict[str, list[float]] = {"ours": [], "theirs": []}
    for round_ in range(max(1, repeat)):
        totals = {"ours": 0.0, "theirs": 0.0}
        for index, part in enumerate(chunks):
            order = (("ours", ours), ("theirs", theirs))
            for side, timer in order if (round_ + index) % 2 == 0 else order[::-1]:
                elapsed = await _timed(timer, part)
                totals[side] += elapsed
                best[side][index] = min(best[side][index], elapsed)
        for side in rounds:
            rounds[side].append(totals[side])
    ours_best, theirs_best = sum(best["ours"]), sum(best["theirs"])
    per_round = [t / o for o, t in zip(rounds["ours"], rounds["theirs"])]
    return {"chunks": len(chunks), "chunk": chunk, "repeat": max(1, repeat),
            "ours_s": round(ours_best, 3), "theirs_s": round(theirs_best, 3), "ratio": round(statistics.median(per_round), 2),
            "least_chunks_ratio": round(theirs_best / ours_best, 2),
            "ours_round_s": [round(t, 2) for t in rounds["ours"]], "theirs_round_s": [round(t, 2) for t in rounds["theirs"]],
            "round_ratios": [round(r, 2) for r in per_round]}
