"""Use cases. Each mutation runs in one transaction, writes its audit and outbox rows in that same
transaction, and returns a `ChangeSet`."""
