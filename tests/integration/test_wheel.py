"""Install anywhere: the wheel `python -m build` makes carries every file of `resources/` as package
data, and installed into a fresh venv (not editable, run from outside the checkout) it runs `demo`,
`case list` and `screenshot`. The fresh venv borrows the test venv's third-party packages through a
.pth line instead of downloading them (a .pth line adds a folder; its own .pth files, such as the
editable install's finder, are not run), so hrdcase can only come from the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "hrdcase", "resources")
pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=240)
    assert result.returncode == 0, f"{cmd[:3]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy of the sources, so the checkout gets no build/ or egg-info litter."""
    src = tmp / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp / "dist"),
          str(src)], cwd=tmp)
    (wheel,) = (tmp / "dist").glob("hrdcase-*.whl")
    return wheel


def _shipped_files() -> set[str]:
    resources = ROOT / "resources"
    return {f"hrdcase/resources/{p.relative_to(resources).as_posix()}"
            for p in resources.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def _install(wheel: Path, venv: Path) -> None:
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv.parent)
    _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
          "--quiet", "--no-deps", "--no-index", str(wheel)], cwd=venv.parent)
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = _run([str(venv / "bin" / "python"), "-c", purelib], cwd=venv.parent).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="venv layout and console script are POSIX here")
def test_wheel_carries_resources_and_runs_from_a_fresh_venv(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _shipped_files()
    assert {"hrdcase/resources/policy/sla.json", "hrdcase/resources/policy/workload.json"} <= expected
    assert expected <= names, sorted(expected - names)

    venv = tmp_path / "venv"
    _install(wheel, venv)
    work = tmp_path / "elsewhere"  # not the checkout: nothing can be found by accident
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HRDCASE_PASSPHRASE")}
    env |= {"HRDCASE_PASSPHRASE": "wheel-test-passphrase", "QT_QPA_PLATFORM": "offscreen"}
    where = _run([str(venv / "bin" / "python"), "-c",
                  "import hrdcase.paths as p; print(p.__file__); print(p.RESOURCE_DIR)"], work, env)
    assert all(line.startswith(str(venv)) for line in where.stdout.splitlines()), where.stdout

    hrdcase = str(venv / "bin" / "hrdcase")
    profile = str(work / "profile")
    made = _run([hrdcase, "demo", "--profile", profile, "--cases", "5", "--seed", "1"], work, env)
    assert "5 cases" in made.stdout
    listed = _run([hrdcase, "case", "list", "--profile", profile, "--status", "all", "--json"],
                  work, env)
    assert listed.stdout.count('"ref"') == 5
    png = work / "queue.png"
    _run([hrdcase, "screenshot", "--profile", profile, "--out", str(png)], work, env)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
