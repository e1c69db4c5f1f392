"""``python -m pilot.privacy < in.jsonl > out.jsonl``."""

import sys

from .cli import run_jsonl

if __name__ == "__main__":
    run_jsonl(sys.stdin, sys.stdout)
    sys.exit(0)
