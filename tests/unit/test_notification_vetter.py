"""Four eyes on a notification: the sender vets it only when they are the whole organisation."""

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.notification import check_vetter


def test_the_sender_may_not_vet_when_someone_else_can():
    with pytest.raises(ValidationError, match="Someone other than the sender"):
        check_vetter(3, 3, people=2)
    check_vetter(4, 3, people=2)


def test_a_one_person_organisation_vets_its_own():
    check_vetter(3, 3, people=1)
    check_vetter(3, None, people=5)  # no signed-in sender: nothing to compare
