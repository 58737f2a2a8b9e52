"""The case queue: a lazily paged table model over the SQL queue, its filter bar and its widget."""
