"""Trauma-informed workload rules: pure functions over data handed in, with an injected `Clock`.

Workload policy, the exposure ledger, check-ins, the limit checks that assignment calls and the
rebalancer arrive with the wellbeing issue; this package holds the layer's place and its contract.
"""
