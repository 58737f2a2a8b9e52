"""How strong a new passphrase looks: a warning, never a refusal (the responder knows their threat
model; the warning says what a weak one costs). Used by `hrdcase init|join` and the first-run wizard."""

from __future__ import annotations

# A passphrase shorter than this, or shorter than 20 and made of one kind of character, is weak.
WEAK_BELOW = 12


def is_weak(passphrase: str) -> bool:
    kinds = sum(any(test(c) for c in passphrase)
                for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    return len(passphrase) < WEAK_BELOW or (len(passphrase) < 20 and kinds < 2)


def passphrase_warning(passphrase: str) -> str | None:
    if is_weak(passphrase):
        return ("warning: this passphrase is weak; whoever takes this computer could guess it. "
                f"Use {WEAK_BELOW} or more characters, e.g. several unrelated words.")
    return None
