"""A compact copy of each case lesson's access class and facet values, for fast counts.

On SQLite (the embedded default) database triggers (see `lessondocs.py`) keep
these rows in step with the pages, lessons, theme and tag links and Wagtail's
index entries, whatever writes them. A search then reads, in the same pass as
the FTS5 match, one short row per matching lesson, instead of joining five
tables per match.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonDoc(models.Model):
    """One row per indexed case lesson, keyed by the FTS5 rowid (the index entry id)."""

    entry_id = models.IntegerField(_("indexregel"), primary_key=True)
    page_id = models.IntegerField(_("pagina"), unique=True)
    live = models.BooleanField(_("gepubliceerd"), default=False)
    platform = models.BooleanField(_("platformbreed"), default=False)
    ts = models.BigIntegerField(_("eerst gepubliceerd (epoch)"), null=True)
    year = models.IntegerField(_("jaar"), null=True)
    target_group = models.CharField(_("doelgroep"), max_length=40, blank=True)
    evidence = models.CharField(_("onderbouwing"), max_length=20, blank=True)
    neighbourhood = models.IntegerField(_("type wijk"), null=True)
    # "year|neighbourhood|target_group|evidence": one value to count the single-valued facets
    fkey = models.CharField(_("facetsleutel"), max_length=100, blank=True)
    themes = models.TextField(_("thema-ids"), blank=True)  # "5,7"
    tags = models.TextField(_("tag-ids"), blank=True)  # "1,12,30"

    class Meta:
        verbose_name = _("zoekregel casusles")
        verbose_name_plural = _("zoekregels casuslessen")

    def __str__(self) -> str:
        return f"les {self.page_id} (indexregel {self.entry_id})"
