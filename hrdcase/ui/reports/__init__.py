"""Report screens: the monitoring benchmarks (KPI) window (issue 12)."""
