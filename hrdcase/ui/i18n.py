"""Translation: `translate(context, text)` for code outside QObjects (pyside6-lupdate recognises the
name), and installing a Qt Linguist translator for the system locale when one exists."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hrdcase.paths import resource

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

I18N_DIRS = (resource("i18n"),)  # package data (hrdcase/paths.py)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Install `hrdcase_<lang>.qm` for `locale` (default: the system's) if one is shipped."""
    locale = locale or QLocale.system()
    for folder in I18N_DIRS:
        translator = QTranslator(app)
        if folder.is_dir() and translator.load(locale, "hrdcase", "_", str(folder)):
            app.installTranslator(translator)
            log.info("Installed translation %s", locale.name())
            return translator
    return None
