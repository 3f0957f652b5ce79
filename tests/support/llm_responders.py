"""Content for the fake LLM that depends on what the app sent: placeholders seen in the user
message are echoed back, so restore policies can be checked end to end."""

from __future__ import annotations

import re
from typing import Any

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")


def schema_name(body: dict[str, Any]) -> str | None:
    fmt = body.get("response_format") or {}
    return (fmt.get("json_schema") or {}).get("name")


def user_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user")


def placeholders(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in PLACEHOLDER.finditer(text)))


class EchoResponder:
    """Answers every call kind the app makes with valid content that mentions the placeholders."""

    def __init__(self) -> None:
        self.select_paths: list[int] = [1]
        self.sensitivity_types: list[str] = ["CORRUPTION", "CORRUPTION", "GIFTS_BRIBES_AND_KICKBACKS"]
        self.judge = {"faithfulness": 0.9, "coverage": 0.8, "clarity": 0.7}

    def __call__(self, body: dict[str, Any]) -> Any:
        name, user = schema_name(body), user_text(body)
        ph = placeholders(user)
        mention = " and ".join(ph) if ph else "the records"
        if name is None:
            return f"Main themes concern {mention}."
        if name == "JudgeVerdict":
            return {**self.judge, "explanation": f"Faithful; it names {mention}."}
        if name == "SummaryOutput":
            return {"title": f"Issue with {ph[0] if ph else 'service'}", "bullets": [f"- Mentions {mention}", "* Second point"]}
        if name == "ClassifyOutput":
            return {"sensitivity_types": self.sensitivity_types, "explanation": f"Concerns {mention}."}
        if name == "SelectOutput":
            return {"candidates": [{"path": p, "level_confidences": [0.9, 0.8, 0.7], "reason": f"fits {mention}"}
                                   for p in self.select_paths]}
        if name == "VerifyOutput":
            count = len(re.findall(r"^C\d+:", user, re.M))
            verdicts = []
            for j in range(1, count + 1):
                line = re.search(rf"^C{j}: (.*)$", user, re.M).group(1)
                levels = line.count("Level ")
                verdicts.append({"candidate": j, "levels": [{"score": round(0.95 - 0.05 * i, 2),
                                                             "explanation": f"level {i + 1} fits {mention}"}
                                                            for i in range(levels)]})
            return {"verdicts": verdicts}
        return None  # default generated instance
