"""hrdcase: encrypted, offline-first case management for responders who protect HRDs online."""

__version__ = "0.1.0"
