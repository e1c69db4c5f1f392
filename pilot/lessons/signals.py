"""Signal wiring: refuse to schedule a lesson revision that may not go live."""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Revision


@receiver(pre_save, sender=Revision, dispatch_uid="lessons_gate_scheduling")
def refuse_unready_schedule(sender, instance, update_fields=None, **kwargs):
    if not update_fields or "approved_go_live_at" not in update_fields:
        return
    if instance.approved_go_live_at is None:
        return
    from pilot.lessons.gate import assert_publishable
    from pilot.lessons.models import CaseLessonPage

    model = instance.content_type.model_class()
    if model is not None and issubclass(model, CaseLessonPage):
        assert_publishable(instance.as_object(), instance)
