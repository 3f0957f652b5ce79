"""Grouping of records by theme for the hierarchical analysis (an adapter: it uses scikit-learn).

``tfidf.group_texts(texts, settings, weights=…)`` is the default, offline method (``ANALYZE_GROUPING_METHOD=tfidf``).
scikit-learn is imported when the function first runs, never at import of this package.
:func:`shared_code.grouping.factory.build_grouper` picks the method. This file imports nothing, not even
the package's own modules (tests/test_concurrent_imports.py says why).
"""
