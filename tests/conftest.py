"""Shared fixtures: the demo pilot loaded once per test database, users per role.

Tests using `django_db(transaction=True)` run after the others (pytest-django
orders them so) and see an emptied database: they make their own data.
"""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from pilot.demo.loader import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def demo(db):
    """The demo pilot's programme page (loaded once per session)."""
    from pilot.programme.models import ProgrammePage

    return ProgrammePage.objects.get()


def _user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def participant(db):
    return _user("deelnemer")


@pytest.fixture
def participant2(db):
    return _user("deelnemer2")


@pytest.fixture
def facilitator(db):
    return _user("facilitator")


@pytest.fixture
def editor(db):
    return _user("redactie")


@pytest.fixture
def professional(db):
    return _user("professional")


@pytest.fixture
def outsider(db):
    """A logged-in account without any platform role."""
    return get_user_model().objects.create_user("buitenstaander", password="x" * 12)


@pytest.fixture(autouse=True)
def _flush_channel_layer():
    """The in-memory channel layer keeps groups between tests: start clean."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()
