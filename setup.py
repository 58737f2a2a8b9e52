"""Packaging glue that pyproject.toml cannot express: the repository's top-level `resources/`
folder (policies, playbooks, translations, and any folder added there later) ships inside the
package as `hrdcase.resources`, found at run time through `importlib.resources` (hrdcase/paths.py).
Everything else is declared in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "hrdcase.resources"

setup(
    packages=[
        *find_packages(include=["hrdcase", "hrdcase.*"]),
        RESOURCES,
        *(f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")),
    ],
    package_dir={RESOURCES: "resources"},
    package_data={"hrdcase": ["py.typed"], RESOURCES: ["**/*"]},
    exclude_package_data={RESOURCES: ["__pycache__/*", "**/__pycache__/*", "*.pyc"]},
)
