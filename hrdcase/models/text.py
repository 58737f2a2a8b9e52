"""Text that came from outside: which characters a stored field may hold, and how stored text is
made safe to print on a terminal.

C0 and C1 control characters (ESC, CSI, OSC, BEL, DEL, …) can clear a terminal, retitle it or
write to its clipboard; long text may hold only newlines and tabs among them. A field made only of
invisible characters (spaces, zero-width and other format characters) counts as empty.
"""

from __future__ import annotations

import re
import unicodedata

# C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_LONG_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# What a terminal must never receive raw: controls plus the bidirectional overrides that reorder
# what is shown (U+202A-U+202E, U+2066-U+2069).
_UNSAFE_ON_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ON_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why `text` cannot be stored as it is, or None. Multi-line text may hold newlines and tabs."""
    if _SURROGATE.search(text):
        return "is not valid Unicode (a lone surrogate)"
    if (_CONTROL_IN_LONG_TEXT if multiline else _CONTROL).search(text):
        return "contains control characters"
    return None


def is_blank(text: str) -> bool:
    """True when nothing in `text` would be visible: whitespace, format characters (zero-width
    space, joiners, BOM, bidi marks) and controls only."""
    return all(ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp")
               for ch in text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str, *, multiline: bool = True) -> str:
    """`text` with every control character shown as an escape (`\\x1b`), so that stored text
    cannot drive the terminal it is printed on. Multi-line text keeps its newlines and tabs."""
    return (_UNSAFE_ON_TERMINAL if multiline else _UNSAFE_ON_ONE_LINE).sub(_escape, text)


def json_terminal_safe(encoded: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with C1 controls and bidi overrides
    written as `\\u` escapes too: `json` escapes only C0. These characters can only occur inside
    JSON strings, where the escape means the same character."""
    return re.sub(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group()):04x}", encoded)
