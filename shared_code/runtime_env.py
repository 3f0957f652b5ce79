"""Process-environment defaults that must be in place before LiteLLM or Presidio is imported.

LiteLLM fetches a remote price map and tldextract (used by Presidio's e-mail recogniser) fetches the
public suffix list unless told otherwise. Nothing may leave the machine at run time.
"""

from __future__ import annotations

import os

OFFLINE_DEFAULTS = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    "LITELLM_LOCAL_BLOG_POSTS": "True",
    "LITELLM_LOCAL_AUTOROUTER_PRESETS": "True",
    "LITELLM_LOCAL_POLICY_TEMPLATES": "True",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "HF_HUB_OFFLINE": "1",
}


def ensure_offline_environment() -> None:
    """Set the offline defaults where the environment does not already set them."""
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


ensure_offline_environment()
