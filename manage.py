#!/usr/bin/env python
"""Django's command-line utility, with `site/` on the path.

`site` is also Python's own module, so the host project lives in
`site/samenwerken/` and that folder is put on sys.path here.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerken.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
