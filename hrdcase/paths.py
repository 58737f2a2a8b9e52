"""Where the shipped data lives (policies, playbooks, translations): the package `hrdcase.resources`,
found through `importlib.resources`. In the repository it is the top-level `resources/` folder;
setup.py maps it into the package, so a wheel carries it and an editable install finds it.
One place, so that packaging can move it without a hunt."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from hrdcase.errors import UserError

PACKAGE = "hrdcase.resources"
_CHECKOUT = Path(__file__).resolve().parents[1] / "resources"  # running from a bare checkout


def _resource_dir() -> Path:
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():  # an installed wheel or an editable install
        return root
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    raise UserError("hrdcase is installed without its resources (hrdcase.resources): reinstall it.")


RESOURCE_DIR = _resource_dir()


def resource(*parts: str) -> Path:
    return RESOURCE_DIR.joinpath(*parts)
