"""Texts of the JavaScript client, translated on the server (the client has no gettext)."""

from django.utils.translation import gettext, gettext_noop

CLIENT_STRINGS = [
    gettext_noop("tegengehouden"),
    gettext_noop("wacht op moderator"),
    gettext_noop("afgewezen"),
    gettext_noop("verborgen"),
    gettext_noop("bewerkt"),
    gettext_noop("Dit bericht is verwijderd."),
    gettext_noop("Dit bericht is verborgen door de redactie."),
    gettext_noop("Reageren"),
    gettext_noop("Bewerken"),
    gettext_noop("Verwijderen"),
    gettext_noop("Melden"),
    gettext_noop("Herstellen"),
    gettext_noop("Goedkeuren"),
    gettext_noop("Afwijzen"),
    gettext_noop("Verbergen"),
    gettext_noop(
        "Mogelijk persoonsgegevens gevonden. Pas uw bericht aan, of leg het voor aan de redactie als het geen persoonsgegevens zijn:"
    ),
    gettext_noop("Dit zijn geen persoonsgegevens: voorleggen aan de redactie"),
    gettext_noop("Geen verbinding; probeer het zo opnieuw."),
    gettext_noop("Log opnieuw in om mee te praten."),
    gettext_noop("Verbinding verbroken; opnieuw verbinden…"),
    gettext_noop(
        "Uw bericht is tegengehouden: het lijkt persoonsgegevens te bevatten. Bewerk het bericht hieronder, of leg het voor aan de redactie."
    ),
    gettext_noop("Schrijf eerst een bericht."),
    gettext_noop("Uw bericht is geplaatst."),
    gettext_noop("Annuleren"),
    gettext_noop("Dit bericht verwijderen?"),
    gettext_noop("Uw bericht is voorgelegd aan de redactie."),
    gettext_noop("Nieuwe tekst"),
    gettext_noop("Opslaan"),
    gettext_noop("Reden van uw melding"),
    gettext_noop("Bedankt, uw melding is ontvangen."),
    gettext_noop("1 persoon leest mee"),
    gettext_noop("%s mensen lezen mee"),
    gettext_noop("%s typt…"),
    gettext_noop("U reageert op %s. "),
    gettext_noop("Bedankt (%s)"),
    gettext_noop("teken"),
]


def client_strings() -> dict[str, str]:
    """Dutch source text -> text in the active language, for json_script."""
    return {text: gettext(text) for text in CLIENT_STRINGS}
