"""Elasticsearch: Wagtail's backend for pages plus a faceted lesson index.

The lesson index is an elasticsearch-dsl `Document` with the Dutch analyzer.
One request per search returns the matching lessons the user may read, their
highlighted excerpts and the facet counts (aggregations sized to the choice
lists, not Wagtail's top-10 `.facet()`). Access filters are part of the query,
so aggregations count only what the user may read.

`build_lesson_search` and `parse_lesson_response` are pure: tests check the
exact request body and how recorded responses are read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from elasticsearch_dsl import Date, Document, Keyword, Search, Text, analyzer
from elasticsearch_dsl import Q as EQ

from ..query import ParsedQuery
from .database import Matcher, WagtailMatcher

dutch = analyzer("dutch")
TEXT_FIELDS = [
    "situation",
    "approach",
    "what_worked",
    "what_did_not_work",
    "outcome",
    "lesson_for_others",
    "transferability",
]
BOOSTS = {
    "title": 4,
    "problem_tags_text": 2,
    "approach": 2,
    "what_worked": 2,
    "lesson_for_others": 2,
}
FACET_FIELDS = {
    "theme": "themes",
    "tag": "problem_tags",
    "target_group": "target_group",
    "neighbourhood": "neighbourhood_type",
    "evidence": "evidence_level",
}
MAX_IDS = 10_000


def index_name() -> str:
    prefix = getattr(settings, "PILOT_SEARCH_INDEX_PREFIX", "samenwerken")
    return f"{prefix}_lessons"


class LessonDocument(Document):
    title = Text(analyzer=dutch, fields={"raw": Keyword()})
    situation = Text(analyzer=dutch)
    approach = Text(analyzer=dutch)
    what_worked = Text(analyzer=dutch)
    what_did_not_work = Text(analyzer=dutch)
    outcome = Text(analyzer=dutch)
    lesson_for_others = Text(analyzer=dutch)
    transferability = Text(analyzer=dutch)
    problem_tags_text = Text(analyzer=dutch)
    problem_tags = Keyword(multi=True)
    themes = Keyword(multi=True)
    target_group = Keyword()
    neighbourhood_type = Keyword()
    evidence_level = Keyword()
    consent_scope = Keyword()
    path = Keyword()
    published = Date()

    class Index:
        name = "samenwerken_lessons"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_page(cls, page) -> LessonDocument:
        from ..highlight import plain

        doc = cls(meta={"id": page.pk})
        doc.title = page.title
        for name in TEXT_FIELDS:
            setattr(doc, name, plain(str(getattr(page, name, "") or "")))
        tags = list(page.problem_tags.all())
        doc.problem_tags = [t.slug for t in tags]
        doc.problem_tags_text = " ".join(t.name for t in tags)
        doc.themes = [str(pk) for pk in page.themes.values_list("pk", flat=True)]
        doc.target_group = page.target_group or None
        doc.neighbourhood_type = (
            str(page.neighbourhood_type_id) if page.neighbourhood_type_id else None
        )
        doc.evidence_level = page.evidence_level or None
        doc.consent_scope = getattr(page, "consent_scope", "platform")
        doc.path = page.path
        doc.published = page.first_published_at
        return doc


def _fields() -> list[str]:
    return [
        f"{f}^{BOOSTS[f]}" if f in BOOSTS else f
        for f in ["title", "problem_tags_text", *TEXT_FIELDS]
    ]


def build_lesson_search(
    parsed: ParsedQuery,
    *,
    filters: dict[str, list[str]],
    pilot_member: bool,
    hidden_paths: list[str],
    index: str = "samenwerken_lessons",
) -> Search:
    """The one request the lesson index gets for a search (query, rights, facets, highlight)."""
    s = Search(index=index)
    must = [EQ("multi_match", query=t, fields=_fields(), operator="and") for t in parsed.terms]
    must += [
        EQ("multi_match", query=" ".join(p), fields=_fields(), type="phrase")
        for p in parsed.phrases
    ]
    must_not = [EQ("multi_match", query=t, fields=_fields()) for t in parsed.excluded]
    must_not += [
        EQ("multi_match", query=" ".join(p), fields=_fields(), type="phrase")
        for p in parsed.excluded_phrases
    ]
    must_not += [EQ("prefix", path=p) for p in hidden_paths]
    flt = []
    if not pilot_member:
        flt.append(EQ("term", consent_scope="platform"))
    for key, values in sorted(filters.items()):
        if key in FACET_FIELDS:
            flt.append(EQ("terms", **{FACET_FIELDS[key]: values}))
        elif key == "year":
            years = EQ(
                "bool",
                should=[
                    EQ("range", published={"gte": f"{y}-01-01", "lt": f"{int(y) + 1}-01-01"})
                    for y in values
                ],
                minimum_should_match=1,
            )
            flt.append(years)
    s = s.query(EQ("bool", must=must or [EQ("match_all")], must_not=must_not, filter=flt))
    for key, fieldname in FACET_FIELDS.items():
        s.aggs.bucket(key, "terms", field=fieldname, size=100)
    s.aggs.bucket(
        "year",
        "date_histogram",
        field="published",
        calendar_interval="year",
        format="yyyy",
        min_doc_count=1,
    )
    s = s.highlight(*["title", *TEXT_FIELDS], fragment_size=200, number_of_fragments=1)
    s = s.highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
    s = s.source(False).extra(size=MAX_IDS, track_total_hits=True)
    return s


@dataclass
class LessonResult:
    total: int
    scores: dict[int, float] = field(default_factory=dict)
    highlights: dict[int, SafeString] = field(default_factory=dict)
    facets: dict[str, Counter] = field(default_factory=dict)


def _safe_highlight(fragment: str) -> SafeString:
    # ES escaped the text (encoder=html); re-escape anything but our own <mark>
    parts = fragment.split("<mark>")
    out = []
    for i, part in enumerate(parts):
        inner, _sep, rest = part.partition("</mark>") if i else ("", "", part)
        if i:
            out.append("<mark>" + escape(_unescape(inner)) + "</mark>")
        out.append(escape(_unescape(rest)))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def parse_lesson_response(body: dict) -> LessonResult:
    """Read a search response of the lesson index (a dict as Elasticsearch sends it)."""
    hits = body.get("hits", {})
    total = hits.get("total", 0)
    total = total.get("value", 0) if isinstance(total, dict) else int(total or 0)
    result = LessonResult(total=total)
    for hit in hits.get("hits", []):
        pk = int(hit["_id"])
        result.scores[pk] = float(hit.get("_score") or 0.0)
        for fragments in (hit.get("highlight") or {}).values():
            if fragments:
                result.highlights[pk] = _safe_highlight(fragments[0])
                break
    for key, agg in (body.get("aggregations") or {}).items():
        counter = Counter()
        for bucket in agg.get("buckets", []):
            value = bucket.get("key_as_string", bucket.get("key"))
            counter[str(value)] += int(bucket.get("doc_count", 0))
        result.facets[key] = counter
    return result


class ElasticsearchMatcher(Matcher):
    """Pages through Wagtail's Elasticsearch backend; lessons through the lesson index."""

    def __init__(self, parsed, page_sources, *, user, filters, client) -> None:
        from wagtail.models import PageViewRestriction

        from pilot.roles import is_participant

        from ..access import _passes

        others = [s for s in page_sources if s.kind != "lesson"]
        self.pages = WagtailMatcher(parsed, others) if others and not parsed.is_empty else Matcher()
        hidden = [
            r.page.path
            for r in PageViewRestriction.objects.select_related("page")
            if not _passes(r, user)
        ]
        search = build_lesson_search(
            parsed,
            filters=filters,
            pilot_member=is_participant(user),
            hidden_paths=hidden,
            index=index_name(),
        )
        body = client.search(index=index_name(), body=search.to_dict())
        self.lessons = parse_lesson_response(body.body if hasattr(body, "body") else body)

    def filter(self, source, qs):
        if source.kind == "lesson":
            return qs.filter(pk__in=list(self.lessons.scores))
        return self.pages.filter(source, qs)

    def score(self, source):
        from django.db.models import Case, FloatField, Value, When

        if source.kind == "lesson":
            return Case(
                *(When(pk=pk, then=Value(s)) for pk, s in self.lessons.scores.items()),
                default=Value(0.0),
                output_field=FloatField(),
            )
        return self.pages.score(source)

    def facets_for(self, source):
        return self.lessons.facets if source.kind == "lesson" else None


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str) -> None:
        self.url = url

    def client(self):
        from elasticsearch import Elasticsearch

        return Elasticsearch(self.url, request_timeout=10)

    def prepare(self, parsed: ParsedQuery, page_sources, *, user=None, filters=None) -> Matcher:
        return ElasticsearchMatcher(
            parsed, page_sources, user=user, filters=filters or {}, client=self.client()
        )

    def index_lesson(self, page) -> None:
        doc = LessonDocument.from_page(page)
        doc.save(using=self.client(), index=index_name())

    def remove_lesson(self, pk: int) -> None:
        self.client().delete(index=index_name(), id=pk, ignore=[404])
