"""The finder's modules compiled to C with mypyc, used in place of the Python sources.

Why: the finder is some 18,000 lines of rules that run on every text a professional
saves; compiled, the same code handles about a fifth more texts a second (measured beside
deduce by tests/benchmarks/bench_privacy.py).  The Python sources stay the truth: the
compiled modules are built from them by ``python -m pilot.privacy.build_native`` (the
install scripts do this), carry a digest of the sources they were built from, and are
only used while that digest still matches.  An edited source, another Python, no C
compiler or ``PILOT_PRIVACY_PURE=1`` all mean the plain Python modules are used, with the
same results.

The build is kept out of the source tree (``pilot/privacy/_compiled/``, not committed);
the package puts that directory before its own on ``__path__`` (:func:`activate`).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMPILED_DIR = HERE / "_compiled"
#: the modules compiled; the others (the package, the lexicon loader, the command line
#: and the lexicon builder) run as Python.
MODULES = (
    "chat_names",
    "creditor_tables",
    "cue_index",
    "cue_numbers",
    "finder",
    "journal_initials",
    "line_wraps",
    "lines",
    "lower_names",
    "mail_matches",
    "name_abbreviations",
    "patterns",
    "person_model",
    "person_slots",
    "persons",
    "sentence_words",
    "shouted",
    "spoken_numbers",
    "spoken_reading",
    "word_classes",
    "word_names",
)
GROUP = "pilot_privacy"  # the shared library: pilot_privacy__mypyc
STAMP = "SOURCES"
PURE_ENV = "PILOT_PRIVACY_PURE"


def sources_digest() -> str:
    """A digest of every module of the package and of the interpreter that builds it."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted(HERE.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def is_fresh(directory: Path = COMPILED_DIR) -> bool:
    """Whether ``directory`` holds a build of the sources as they are now."""
    try:
        return (directory / STAMP).read_text().strip() == sources_digest()
    except OSError:
        return False


def activate(package_path: list[str]) -> bool:
    """Put a fresh build first on the package's ``__path__``; whether it is used.

    The shared library that holds the compiled code is loaded under its own name first,
    so the modules' small loaders find it without the directory on ``sys.path``.
    """
    if os.environ.get(PURE_ENV) or not is_fresh():
        return False
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    lib = COMPILED_DIR / f"{GROUP}__mypyc{suffix}"
    name = f"{GROUP}__mypyc"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, lib)
        if spec is None or spec.loader is None:
            return False
        try:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        except ImportError:
            return False
        sys.modules[name] = module
    package_path.insert(0, str(COMPILED_DIR))
    return True


def is_active() -> bool:
    """Whether the finder in this process runs compiled."""
    from . import finder

    return not finder.__file__.endswith(".py")
