"""The synthetic demo caseload: `hrdcase demo`, the benchmarks and UI screenshots.

`build.py` writes the caseload (`build_demo`); `world.py` the team, regions and names; `text.py`
incident and risk texts; `activity.py` case work; `evidence.py` synthetic images; `signals.py` team
wellbeing signals. It may use models, storage, services and wellbeing, never the UI, the CLI,
bootstrap or Qt (an import-linter contract in pyproject.toml).
"""
