"""Screens of the trauma-informed workload limits: dashboard, rebalancing, check-ins, exposure, surge."""
