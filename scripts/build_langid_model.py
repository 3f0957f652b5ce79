"""Build shared_code/anonymization/data/langid_model.npz: py3langid's model, cut to the languages we detect.

    .venv/bin/python scripts/build_langid_model.py

py3langid ships its model LZMA-compressed (4.6 MB, 68 MB inside); decompressing it costs ~0.3 s of CPU at
every start-up, and 142 languages' weight columns are read only for a few to be kept. The derived file
holds the same byte n-gram automaton (its rows with one column per class of bytes that no state tells
apart), the weight columns of ``LANGUAGES`` only and the list of every
language the full model knows, zlib-compressed (~2.5 MB): it loads in ~0.06 s. The router
(shared_code/anonymization/language.py) uses it only when it was built from the installed py3langid
version and holds every configured candidate the full model knows; otherwise it reads the full model.
Rebuild after upgrading py3langid (tests/unit/test_langid_model.py fails until then).
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared_code.anonymization.language import DERIVED_MODEL_PATH  # noqa: E402
from shared_code.anonymization.lexicon import LANGUAGES  # noqa: E402


def derived_arrays() -> dict[str, np.ndarray]:
    """The derived model's arrays, from the installed py3langid's full model."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    columns = [index for index, label in enumerate(classes) if label in LANGUAGES]
    return {
        "ptc": np.ascontiguousarray(ptc[:, columns]), "pc": np.asarray(pc)[columns],
        "classes": np.array([classes[index] for index in columns]), "known": np.array(classes),
        **_byte_classes(np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}")),
        "nextmove_row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
        "out_feat": np.asarray(output, dtype=np.int32), "version": np.array(version("py3langid")),
    }


def _byte_classes(nextmove: np.ndarray) -> dict[str, np.ndarray]:
    """The automaton with one column per class of bytes instead of 256: bytes that lead to the same state
    from every row share a column (``byte_class[b]``); 197 classes for py3langid 0.4.0, ~8 MB less."""
    columns, byte_class = np.unique(nextmove.reshape(-1, 256), axis=1, return_inverse=True)
    return {"nextmove": np.ascontiguousarray(columns).reshape(-1), "byte_class": byte_class.reshape(-1).astype(np.uint8)}


def main() -> int:
    np.savez_compressed(DERIVED_MODEL_PATH, **derived_arrays())
    print(f"wrote {DERIVED_MODEL_PATH} ({DERIVED_MODEL_PATH.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
