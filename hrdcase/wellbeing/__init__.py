"""Trauma-informed workload rules: pure functions over data handed in, with an injected `Clock`.

policy.py (the versioned `WorkloadPolicy`, defaults in resources/policy/workload.json), exposure.py
(the exposure ledger), limits.py (`check_assignment`, the one check every assignment path calls, and
the supervisor's `override`), suggest.py (auto-assign suggestions), rebalance.py (the rebalancer),
checkins.py (WHO-5, cadence, the supervisor's view, debrief prompts). Models only: no storage,
services or Qt (import-linter enforces it).
"""
