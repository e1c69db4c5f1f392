"""Build the compiled finder: ``python -m pilot.privacy.build_native [--if-stale] [--verbose]``.

Compiles the modules listed in :data:`pilot.privacy.native.MODULES` with mypyc (from the
``mypy`` package, a build-time requirement) and a C compiler into ``_compiled/``, with the
digest of the sources it was built from; :func:`pilot.privacy.native.activate` uses it
only while that digest still matches.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

from .native import COMPILED_DIR, GROUP, HERE, MODULES, STAMP, is_fresh, sources_digest


def build(verbose: bool = False) -> Path:
    """Compile :data:`MODULES` into :data:`COMPILED_DIR`; raise on any failure."""
    from mypyc.build import mypycify  # build time only (requirements: mypy)
    from setuptools import Distribution

    root = HERE.parent.parent
    digest = sources_digest()
    with tempfile.TemporaryDirectory(prefix="pilot-privacy-build-") as tmp:
        work = Path(tmp)
        config = work / "mypy.ini"
        config.write_text("[mypy]\nfollow_imports = silent\nignore_missing_imports = True\n")
        cwd = Path.cwd()
        os.chdir(root)
        try:
            extensions = mypycify(
                ["--config-file", str(config)] + [f"pilot/privacy/{name}.py" for name in MODULES],
                target_dir=str(work / "c"),
                group_name=GROUP,
                verbose=verbose,
            )
            dist = Distribution({"name": "pilot-privacy-native", "ext_modules": extensions})
            cmd = dist.get_command_obj("build_ext")
            cmd.build_lib = str(work / "lib")
            cmd.build_temp = str(work / "tmp")
            cmd.parallel = os.cpu_count() or 1
            cmd.ensure_finalized()
            cmd.run()
        finally:
            os.chdir(cwd)
        staged = work / "out"
        staged.mkdir()
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        for lib in (work / "lib").rglob(f"*{suffix}"):
            shutil.copy2(lib, staged / lib.name)
        (staged / STAMP).write_text(digest + "\n")
        shutil.rmtree(COMPILED_DIR, ignore_errors=True)
        shutil.copytree(staged, COMPILED_DIR)
    return COMPILED_DIR


def main(argv: list[str] | None = None) -> int:
    """Build the compiled finder unless ``--if-stale`` and a fresh build is in place.

    Exit status 0 when a fresh build is in place, 1 when the build failed (the finder then
    runs as plain Python).
    """
    args = sys.argv[1:] if argv is None else argv
    if "--if-stale" in args and is_fresh():
        print("pilot.privacy: compiled finder is up to date")
        return 0
    verbose = "--verbose" in args
    chatter = io.StringIO()  # mypy's notes ("Treating generator comprehension as list")
    try:
        with contextlib.redirect_stdout(sys.stdout if verbose else chatter):
            build(verbose=verbose)
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - the Python finder stays in use
        print(chatter.getvalue()[-4000:])
        print(f"pilot.privacy: compiling the finder failed, it runs as Python: {exc!r}")
        return 1
    print(f"pilot.privacy: compiled finder built in {COMPILED_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
