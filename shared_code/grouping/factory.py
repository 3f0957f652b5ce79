"""The :class:`~shared_code.ports.Grouper` the composition root wires in."""

from __future__ import annotations

import logging

from shared_code.grouping.tfidf import group_texts

METHODS = ("tfidf",)


def build_grouper(settings):
    """The :class:`~shared_code.ports.Grouper` for ``ANALYZE_GROUPING_METHOD`` (unknown → tfidf, logged)."""
    method = settings.analyze_grouping_method.lower()
    if method not in METHODS:
        logging.getLogger("qfa.grouping").warning("event=grouping_method_unknown method=%s used=tfidf", method)

    def grouper(texts, weights):
        return group_texts(texts, settings, weights=weights)

    return grouper
