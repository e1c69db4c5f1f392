"""Find and redact personal data in Dutch case texts (plain Python, no Django).

Usage::

    from pilot.privacy import find_personal_data, redact
    redact("Mevrouw Yilmaz belde op 3 maart.")  # 'Mevrouw [naam] belde op [datum].'
"""

from .native import activate

activate(__path__)  # the modules compiled with mypyc, when built from these sources

from .finder import PLACEHOLDERS, Finding, find_personal_data, redact  # noqa: E402

__all__ = ["PLACEHOLDERS", "Finding", "find_personal_data", "redact"]
