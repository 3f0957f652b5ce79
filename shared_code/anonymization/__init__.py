"""Anonymisation adapter over Presidio and spaCy (docs/pipeline.md § Anonymisation).

Importing this package is light: Presidio, spaCy and py3langid are imported inside the executor when the
engine is first built. Use :func:`shared_code.anonymization.factory.build_anonymizer`; the result implements
:class:`shared_code.ports.Anonymizer`.

Modules: ``batch`` (the port implementation: spans per text), ``worker`` (per-process engine),
``engine`` (Presidio), ``nlp`` (lean spaCy engine), ``language`` (script and language routing),
``recognizers`` (the recogniser set), ``phone`` and ``person`` (custom recognisers), ``cues`` (their
vocabulary), ``particles`` (the one name-particle table), ``spans`` (plausibility and overlaps),
``propagation`` (other occurrences of a detected value), ``config``.

This file imports nothing, not even the package's own modules (tests/test_concurrent_imports.py says why).
"""
