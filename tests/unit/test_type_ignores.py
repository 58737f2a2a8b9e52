"""Every `# type: ignore[code]` left in hrdcase/ says why, on the same line (CONTRIBUTING.md);
mypy itself (`enable_error_code = ignore-without-code`) refuses one without an error code."""

from __future__ import annotations

import re
from pathlib import Path

import hrdcase

IGNORE = re.compile(r"#\s*type:\s*ignore(\[[^\]]*\])?(?P<rest>.*)$")
REASON = re.compile(r"^\s+#\s*\S")


def unexplained(text: str) -> list[int]:
    """Line numbers of ignores with no `# reason` after them."""
    return [number for number, line in enumerate(text.splitlines(), 1)
            if (found := IGNORE.search(line)) and not REASON.match(found["rest"])]


def test_the_check_finds_an_ignore_without_a_reason():
    assert unexplained("x = f()  # type: ignore[arg-type]\n") == [1]
    assert unexplained("x = f()  # type: ignore\n") == [1]
    assert unexplained("x = f()  # type: ignore[arg-type]  # JSON values, checked later\n") == []
    assert unexplained("x = f()\n") == []


def test_every_ignore_in_the_package_says_why():
    root = Path(hrdcase.__file__).parent
    found = {str(path.relative_to(root)): lines for path in sorted(root.rglob("*.py"))
             if (lines := unexplained(path.read_text(encoding="utf-8")))}
    assert found == {}
