"""The 33 sensitivity types of detect-sensitive (docs/api.md § POST /v1/detect-sensitive, docs/pipeline.md § detect-sensitive)."""

from __future__ import annotations

from enum import Enum

SENSITIVITY_TYPES: dict[str, str] = {
    "GENDER_INEQUALITY": "unequal access or treatment by gender",
    "GENDER_DISCRIMINATION": "discrimination against someone because of gender",
    "GENDER_BASED_VIOLENCE": "violence aimed at someone because of gender",
    "SEXUAL_VIOLENCE": "rape or other sexual assault",
    "SEXUAL_EXPLOITATION": "sex demanded for aid, services or favours",
    "SEXUAL_ABUSE": "sexual abuse, including of children",
    "SEXUAL_HARASSMENT": "unwanted sexual remarks, advances or contact",
    "CORRUPTION": "bribery, abuse of authority or other corrupt conduct",
    "FRAUD": "deception for gain, false claims, fake beneficiaries",
    "CODE_OF_CONDUCT_VIOLATION": "staff or volunteers breaching conduct rules",
    "ENVIRONMENTAL_HEALTH_AND_SAFETY_ISSUES": "hazards to health or safety at sites or in services",
    "THREATS_AND_PHYSICAL_VIOLENCE": "threats, assault, physical harm",
    "ALCOHOL_OR_NARCOTIC_ABUSE": "staff or volunteers under the influence or dealing",
    "CONFLICT_OF_INTEREST": "decisions influenced by personal interest",
    "THEFT": "stealing goods, aid or money",
    "EMBEZZLEMENT": "misappropriating entrusted funds or stock",
    "GIFTS_BRIBES_AND_KICKBACKS": "payments or gifts in exchange for favours or aid",
    "PROCUREMENT_OR_TENDER_VIOLATION": "rigged or irregular purchasing or tenders",
    "INSIDER_TRADING": "trading on confidential information",
    "FALSIFICATION_OR_DESTRUCTION_OF_INFORMATION": "forged, altered or destroyed records",
    "NEPOTISM_AND_FAVOURITISM": "favouring relatives or friends",
    "ABUSE_OF_OFFICIAL_POSITION": "using a role for personal gain or coercion",
    "UNFAIR_TREATMENT_OF_EMPLOYEES": "unfair pay, hours or treatment of workers",
    "UNFAIR_DISMISSAL": "unjust termination of staff or volunteers",
    "HARASSMENT": "non-sexual harassment or intimidation",
    "PRIVACY_AND_CONFIDENTIALITY_ISSUES": "personal data or confidential matters exposed",
    "WORKPLACE_BULLYING": "bullying among staff or volunteers",
    "VANDALISM": "deliberate damage to property",
    "GIFTS_AND_HOSPITALITY": "improper gifts or hospitality accepted or offered",
    "ENVIRONMENTAL_VIOLATIONS": "pollution or environmental rule breaking",
    "FOOD_SAFETY": "spoiled, contaminated or unsafe food",
    "RETALIATION_AGAINST_WHISTLEBLOWERS": "punishment for reporting wrongdoing",
    "INAPPROPRIATE_BEHAVIOUR": "other improper conduct by staff or volunteers",
}

SensitivityType = Enum("SensitivityType", {name: name for name in SENSITIVITY_TYPES}, type=str)


def type_lines() -> str:
    return "\n".join(f"- {name}: {meaning}" for name, meaning in SENSITIVITY_TYPES.items())
