"""A compact copy of each case lesson's access class and facet values, for fast counts.

On SQLite (the embedded default) database triggers (see `lessondocs.py`) keep
these rows in step with the pages, lessons, links and Wagtail's index entries,
whatever writes them. A search then counts facets with one pass over the FTS5
matches joined to this table, instead of joins across five tables per match.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonDoc(models.Model):
    """One row per indexed case lesson, keyed by the FTS5 rowid (the index entry id)."""

    entry_id = models.IntegerField(_("indexregel"), primary_key=True)
    page_id = models.IntegerField(_("pagina"), unique=True)
    live = models.BooleanField(_("gepubliceerd"), default=False)
    platform = models.BooleanField(_("platformbreed"), default=False)
    published = models.DateTimeField(_("eerst gepubliceerd"), null=True)
    year = models.IntegerField(_("jaar"), null=True)
    target_group = models.CharField(_("doelgroep"), max_length=40, blank=True)
    evidence = models.CharField(_("onderbouwing"), max_length=20, blank=True)
    neighbourhood = models.IntegerField(_("type wijk"), null=True)

    class Meta:
        verbose_name = _("zoekregel casusles")
        verbose_name_plural = _("zoekregels casuslessen")


class LessonValue(models.Model):
    """A many-valued facet value of a lesson: a theme (facet 1) or a problem tag (facet 2)."""

    THEME, TAG = 1, 2

    pk = models.CompositePrimaryKey("page_id", "facet", "value")
    page_id = models.IntegerField(_("pagina"))
    facet = models.SmallIntegerField(_("facet"))
    value = models.IntegerField(_("waarde"))

    class Meta:
        verbose_name = _("facetwaarde casusles")
        verbose_name_plural = _("facetwaarden casuslessen")
