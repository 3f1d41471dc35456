"""Runs a check script with the Python of .build-browser-venv/ (made by setup.sh)."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(ROOT, ".build-browser-venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")


def ensure(script):
    """Returns when Selenium imports; else re-runs `script` with the venv's Python."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        # Compare prefixes, not interpreters: the venv's python is a symlink to this one.
        if os.path.exists(VENV_PYTHON) and os.path.realpath(sys.prefix) != os.path.realpath(VENV):
            os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(script)] + sys.argv[1:])
        raise SystemExit("selenium is missing: run bash Tests/browser/setup.sh first")
