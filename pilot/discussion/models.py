"""Discussion threads: one per page, messages with a per-thread sequence.

Models stay declarative; every write goes through `services.py`. The thread's
`last_seq` is the counter every change draws from: a message's `seq` is the
number it got when it was written, its `updated_seq` the number of its latest
change (edit, deletion, moderation, reaction). A client that remembers the
highest `updated_seq` it saw gets exactly what it missed (see docs/live-threads.md).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Thread(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="discussion_thread",
        verbose_name=_("pagina"),
    )
    last_seq = models.PositiveBigIntegerField(_("laatste volgnummer"), default=0)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("discussie")
        verbose_name_plural = _("discussies")

    def __str__(self) -> str:
        return str(self.page)

    @property
    def group_name(self) -> str:
        return f"discussion.thread.{self.pk}"


class MessageStatus(models.TextChoices):
    VISIBLE = "visible", _("zichtbaar")
    HELD = "held", _("tegengehouden (mogelijk persoonsgegevens)")
    PENDING_REVIEW = "pending_review", _("wacht op moderator")
    REJECTED = "rejected", _("afgewezen")


class Message(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveBigIntegerField(_("volgnummer"))
    updated_seq = models.PositiveBigIntegerField(_("volgnummer laatste wijziging"))
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_messages"
    )
    body = models.TextField(_("tekst"))
    created = models.DateTimeField(_("geplaatst"), auto_now_add=True)
    edited = models.DateTimeField(_("bewerkt"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MessageStatus.choices, default=MessageStatus.VISIBLE
    )
    findings = models.JSONField(_("gevonden persoonsgegevens"), default=list, blank=True)
    deleted = models.DateTimeField(_("verwijderd"), null=True, blank=True)
    hidden = models.BooleanField(_("verborgen"), default=False)
    hidden_reason = models.CharField(_("reden verbergen"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["seq"]
        constraints = [
            models.UniqueConstraint(fields=["thread", "seq"], name="discussion_message_seq_unique")
        ]
        indexes = [
            models.Index(fields=["thread", "updated_seq"], name="discussion_msg_updated"),
            models.Index(fields=["author", "created"], name="discussion_msg_author_time"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.body[:40]}"


class MessageVersion(models.Model):
    """An earlier text of an edited message, kept for moderators."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="versions")
    body = models.TextField(_("tekst"))
    created = models.DateTimeField(_("vervangen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("eerdere versie")
        verbose_name_plural = _("eerdere versies")
        ordering = ["created"]

    def __str__(self) -> str:
        return f"{self.message_id} @ {self.created:%Y-%m-%d %H:%M}"


class Report(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    reason = models.CharField(_("reden"), max_length=500)
    created = models.DateTimeField(_("gemeld"), auto_now_add=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        constraints = [
            models.UniqueConstraint(fields=["message", "reporter"], name="discussion_report_once")
        ]

    def __str__(self) -> str:
        return self.reason[:60]


class Reaction(models.Model):
    class Kind(models.TextChoices):
        THANKS = "thanks", _("bedankt")
        AGREE = "agree", _("eens")
        IDEA = "idea", _("goed idee")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "user", "kind"], name="discussion_reaction_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} by {self.user_id}"


class Notification(models.Model):
    """Someone was @mentioned in a message; `read_at` is empty until they opened it."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_notifications",
        verbose_name=_("ontvanger"),
    )
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("bericht")
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    read_at = models.DateTimeField(_("gelezen op"), null=True, blank=True)

    class Meta:
        verbose_name = _("melding van vermelding")
        verbose_name_plural = _("vermeldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "message"], name="discussion_notification_once"
            )
        ]
        indexes = [
            # the list (newest first) and the unread count in the navigation
            models.Index(fields=["recipient", "-created"], name="discussion_notif_list"),
            models.Index(fields=["recipient", "read_at"], name="discussion_notif_unread"),
        ]

    def __str__(self) -> str:
        return f"@{self.recipient_id} in {self.message_id}"


class Presence(models.Model):
    """One open socket reading a thread; shared by every ASGI process."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="presence")
    channel_name = models.CharField(max_length=200, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    seen = models.DateTimeField()

    def __str__(self) -> str:
        return self.channel_name
