"""@mentions in discussion messages: a handle that is a name is a person, a word is not."""

import pytest

from pilot.privacy import find_personal_data


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("@ger graag even bellen", ["ger"]),
        ("@fatima kun je de brief nakijken?", ["fatima"]),
        ("@Hamid jij kent de familie toch?", ["Hamid"]),
        ("@allemaal graag reageren voor vrijdag", []),
        ("Wat vind jij, @team? En @onbekend?", []),
        ("@iedereen: het overleg gaat niet door", []),
    ],
)
def test_mentions(text: str, names: list[str]) -> None:
    found = [f.text for f in find_personal_data(text) if f.label == "person"]
    assert found == names
