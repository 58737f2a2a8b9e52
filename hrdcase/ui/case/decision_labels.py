"""Translated labels for the statement-of-reasons and appeal enums."""

from __future__ import annotations

from enum import StrEnum

from hrdcase.models.decisions import (
    AutomatedDecision,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
)
from hrdcase.models.enums import AppealOutcome, AppealStatus
from hrdcase.ui.i18n import translate


def _t(text: str) -> str:
    return translate("DecisionLabels", text)


def _labels() -> dict[StrEnum, str]:
    return {
        DecisionGround.ILLEGAL_CONTENT: _t("Illegal content"),
        DecisionGround.INCOMPATIBLE_CONTENT: _t("Incompatible with the terms and conditions"),
        ContentType.APP: _t("App"), ContentType.AUDIO: _t("Audio"),
        ContentType.IMAGE: _t("Image"), ContentType.PRODUCT: _t("Product"),
        ContentType.SYNTHETIC_MEDIA: _t("Synthetic media"), ContentType.TEXT: _t("Text"),
        ContentType.VIDEO: _t("Video"), ContentType.OTHER: _t("Other"),
        SourceType.ARTICLE_16: _t("Notice (DSA Art. 16)"),
        SourceType.TRUSTED_FLAGGER: _t("Trusted flagger"),
        SourceType.OTHER_NOTIFICATION: _t("Other notification"),
        SourceType.VOLUNTARY: _t("Own initiative"),
        AutomatedDecision.FULLY: _t("Fully automated"),
        AutomatedDecision.PARTIALLY: _t("Partially automated"),
        AutomatedDecision.NOT_AUTOMATED: _t("Not automated"),
        DecisionVisibility.REMOVED: _t("Content removed"),
        DecisionVisibility.DISABLED: _t("Content disabled"),
        DecisionVisibility.DEMOTED: _t("Content demoted"),
        DecisionVisibility.AGE_RESTRICTED: _t("Content age-restricted"),
        DecisionVisibility.INTERACTION_RESTRICTED: _t("Interaction restricted"),
        DecisionVisibility.LABELLED: _t("Content labelled"),
        DecisionVisibility.OTHER: _t("Other visibility restriction"),
        DecisionMonetary.SUSPENSION: _t("Monetary payments suspended"),
        DecisionMonetary.TERMINATION: _t("Monetary payments terminated"),
        DecisionMonetary.OTHER: _t("Other monetary restriction"),
        DecisionProvision.PARTIAL_SUSPENSION: _t("Service partially suspended"),
        DecisionProvision.TOTAL_SUSPENSION: _t("Service suspended"),
        DecisionProvision.PARTIAL_TERMINATION: _t("Service partially terminated"),
        DecisionProvision.TOTAL_TERMINATION: _t("Service terminated"),
        DecisionAccount.SUSPENDED: _t("Account suspended"),
        DecisionAccount.TERMINATED: _t("Account terminated"),
        AppealOutcome.UPHELD: _t("Upheld"),
        AppealOutcome.PARTIALLY_REVERSED: _t("Partially reversed"),
        AppealOutcome.REVERSED: _t("Reversed"),
        AppealStatus.FILED: _t("Filed, no reviewer yet"),
        AppealStatus.UNDER_REVIEW: _t("Under review"),
        AppealStatus.DECIDED: _t("Decided"),
        AppealStatus.ESCALATED_ODS: _t("With a dispute settlement body"),
    }


def sor_label(value: StrEnum | None) -> str:
    if value is None:
        return "—"
    return _labels().get(value, str(value.value))


def label_of(enum: type[StrEnum], raw: object) -> str:
    """Label for a raw audit-detail value; the raw value if it is not a member."""
    try:
        return sor_label(enum(str(raw)))
    except ValueError:
        return str(raw)
