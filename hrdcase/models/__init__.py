"""Pure domain: dataclasses, enums, value objects and workflow rules. No Qt, no SQL, no I/O."""
