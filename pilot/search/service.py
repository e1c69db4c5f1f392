"""The one search service: every query of the site and the API goes through here.

`search(user=..., params=...)` parses the query, lets the configured engine
match, then applies the user's rights, facet filters, facet counts, sorting and
pagination in the database. Counts are taken from the same access-filtered
querysets as the results, so they never reveal what a user may not read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.db.models import CharField, Count, F, Q
from django.db.models.functions import Cast, Substr
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from .highlight import excerpt
from .query import ParsedQuery, parse_query
from .sources import FACETS, Source, message_match_q, sources

PER_PAGE = 10
MAX_PAGE = 500
SORTS = ("relevance", "newest")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    key: str
    label: str
    values: list[FacetValue] = field(default_factory=list)


@dataclass
class Hit:
    kind: str
    kind_label: str
    pk: int
    title: str
    url: str
    excerpt: SafeString
    date: datetime | None
    score: float
    meta: list[str] = field(default_factory=list)


@dataclass
class SearchResponse:
    query: ParsedQuery
    hits: list[Hit]
    total: int
    page: int
    num_pages: int
    facets: list[Facet]
    filters: dict[str, list[str]]
    sort: str
    messages: list[str]
    engine: str


def get_engine():
    """Elasticsearch when ELASTICSEARCH_URL is set, else Wagtail's database backend."""
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        from .engines.elastic import ElasticsearchEngine

        return ElasticsearchEngine(settings.ELASTICSEARCH_URL)
    from .engines.database import DatabaseEngine

    return DatabaseEngine()


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def clean_filters(params, available: list[Source], messages: list[str]) -> dict[str, list[str]]:
    """Keep facet values that are well formed; say so when some were dropped."""
    out: dict[str, list[str]] = {}
    dropped = False
    kinds = {s.kind for s in available}
    for key in FACETS:
        values = params.getlist(key) if hasattr(params, "getlist") else params.get(key, [])
        if isinstance(values, str):
            values = [values]
        keep = []
        for raw in values[:20]:
            value = str(raw).strip()[:100]
            if not value:
                continue
            if key == "type":
                ok = value in kinds
            elif key in ("theme", "neighbourhood", "year"):
                ok = value.isdigit() and len(value) <= 10
            elif key == "tag":
                ok = all(c.isalnum() or c in "-_" for c in value)
            else:
                allowed = [s.choices(key) for s in available if key in s.fields]
                ok = any(c and value in c for c in allowed)
            if ok:
                keep.append(value)
            else:
                dropped = True
        if keep:
            out[key] = list(dict.fromkeys(keep))
    if dropped:
        messages.append(_("Een of meer filters bestaan niet (meer); die hebben we genegeerd."))
    return out


def _apply(source: Source, qs, filters: dict[str, list[str]]):
    """Filter a source's queryset; None when a filter rules the whole kind out."""
    if "type" in filters and source.kind not in filters["type"]:
        return None
    for key, values in filters.items():
        if key in ("type", "year"):
            continue
        lookup = source.fields.get(key)
        if not lookup:
            return None
        if lookup == "pk":
            qs = qs.filter(pk__in=values)
        elif lookup.endswith("__slug") or lookup in ("themes",):
            # a subquery, not a join: no duplicate rows, so counts stay plain
            qs = qs.filter(pk__in=_relation_subquery(source.model, lookup, values))
        else:
            qs = qs.filter(**{f"{lookup}__in": values})
    if "year" in filters:
        # years in UTC, as stored: the same definition the facet counts use
        years = Q()
        for value in filters["year"]:
            y = int(value)
            if 1900 < y < 3000:
                start = datetime(y, 1, 1, tzinfo=UTC)
                years |= Q(
                    **{
                        f"{source.date_field}__gte": start,
                        f"{source.date_field}__lt": start.replace(year=y + 1),
                    }
                )
        qs = qs.filter(years) if years else qs.none()
    return qs


def _relation_subquery(model, lookup: str, values: list[str]):
    """Keys of `model` rows related to `values`, read from the link table alone."""
    name = lookup.split("__")[0]
    field = model._meta.get_field(name)
    through = getattr(field, "through", None) or getattr(field.remote_field, "through", None)
    if lookup.endswith("__slug") and through is not None and hasattr(through, "tag"):
        return through._default_manager.filter(tag__slug__in=values).values("content_object_id")
    if field.many_to_many and lookup == name and through is not None:
        target = f"{field.m2m_reverse_field_name()}__in"
        return through._default_manager.filter(**{target: values}).values(field.m2m_field_name())
    return model._default_manager.filter(**{f"{lookup}__in": values}).values("pk")


def _facet_counts(source: Source, qs, counts: dict[str, Counter]) -> None:
    """All single-valued facets in one GROUP BY; one query per many-valued facet."""
    scalar = {
        key: lookup
        for key, lookup in source.fields.items()
        if lookup != "pk"
        and "__" not in lookup
        and not source.model._meta.get_field(lookup).many_to_many
    }
    names = {f"_f_{key}": F(lookup) for key, lookup in scalar.items()}
    rows = (
        qs.order_by()
        .annotate(_y=Substr(Cast(source.date_field, CharField()), 1, 4))
        .values("_y", **names)
        .annotate(n=Count("pk"))
    )
    for row in rows:
        if row["_y"]:
            counts["year"][str(row["_y"])] += row["n"]
        for key in scalar:
            value = row[f"_f_{key}"]
            if value not in (None, ""):
                counts[key][str(value)] += row["n"]
    for key, lookup in source.fields.items():
        if lookup == "pk" or key in scalar:
            continue
        # rows are unique per (object, value): a plain count is exact and much cheaper
        rows = qs.order_by().values(_v=F(lookup)).annotate(n=Count("pk"))
        for row in rows:
            if row["_v"] not in (None, ""):
                counts[key][str(row["_v"])] += row["n"]


def _labels(key: str, values, available: list[Source]) -> dict[str, str]:
    from django.apps import apps

    if key == "type":
        return {s.kind: s.label for s in available}
    if key == "theme":
        model = apps.get_model("themes.ThemePage")
        return {
            str(pk): t for pk, t in model.objects.filter(pk__in=values).values_list("pk", "title")
        }
    if key == "tag":
        from taggit.models import Tag

        return dict(Tag.objects.filter(slug__in=values).values_list("slug", "name"))
    if key == "neighbourhood":
        for s in available:
            if "neighbourhood" in s.fields:
                model = s.model._meta.get_field(s.fields["neighbourhood"]).related_model
                return {str(o.pk): str(o) for o in model._default_manager.filter(pk__in=values)}
    labels = {}
    for s in available:
        labels.update(s.choices(key) or {})
    return labels


def _hit(source: Source, obj, score: float, parsed: ParsedQuery, request) -> Hit:
    words = parsed.highlight_words
    if source.kind == "message":
        page = obj.thread.page
        title = _("Bericht bij %(page)s") % {"page": obj.thread.page.title}
        url = (page.get_url(request) or "") + f"#bericht-{obj.pk}"
        text = obj.body
        meta = [str(obj.author.get_full_name() or obj.author.get_username())]
    else:
        title = obj.title
        url = obj.get_url(request) or ""
        text = " ".join(str(getattr(obj, f, "") or "") for f in source.text_fields)
        if not text.strip():
            text = obj.search_description or ""
        meta = []
        if source.kind == "session" and hasattr(obj, "get_kind_display"):
            meta.append(str(obj.get_kind_display()))
        if source.kind == "lesson" and hasattr(obj, "get_evidence_level_display"):
            meta.append(str(obj.get_evidence_level_display()))
    return Hit(
        kind=source.kind,
        kind_label=source.label,
        pk=obj.pk,
        title=title,
        url=url,
        excerpt=excerpt(text, words),
        date=getattr(obj, source.date_field, None),
        score=score,
        meta=meta,
    )


def search(*, user, params, request=None, per_page: int = PER_PAGE) -> SearchResponse:
    """Run one search for `user` with GET-like `params` (q, sort, page, facet keys)."""
    get = params.get
    parsed = parse_query(get("q", ""))
    messages = list(parsed.messages)
    available = sources()
    filters = clean_filters(params, available, messages)
    sort = get("sort") or "relevance"
    if sort not in SORTS:
        messages.append(_("Onbekende sortering; we sorteren op relevantie."))
        sort = "relevance"
    sort_key = "newest" if parsed.is_empty and sort == "relevance" else sort
    page = _int(get("page", 1), 0)
    if page < 1 or page > MAX_PAGE:
        messages.append(_("Die resultatenpagina bestaat niet; je ziet de eerste pagina."))
        page = 1

    engine = get_engine()
    page_sources = [s for s in available if s.is_page]
    matcher = engine.prepare(parsed, page_sources, user=user, filters=filters)

    counts: dict[str, Counter] = {key: Counter() for key in FACETS}
    ranked: list[tuple[float, float, str, int]] = []
    per_source = {}
    total = 0
    limit = page * per_page
    searching = not (parsed.is_empty and not parsed.excluded and not parsed.excluded_phrases)
    for source in available:
        fast = matcher.lesson_counts(
            source, user=user, filters=filters, limit=limit, newest=sort_key == "newest"
        )
        if fast is not None:  # SQLite: one pass over the matches and the compact lesson rows
            if fast.total:
                total += fast.total
                counts["type"][source.kind] += fast.total
                for key, counter in fast.facets.items():
                    counts[key].update(counter)
                ranked.extend((score, ts, source.kind, pk) for pk, score, ts in fast.rows)
                per_source[source.kind] = (source, None)
            continue
        qs = source.readable(user)
        if source.is_page:
            qs = matcher.filter(source, qs)
        elif searching:
            qs = qs.filter(message_match_q(parsed))
        qs = _apply(source, qs, filters)
        if qs is None:
            continue
        qs = matcher.materialize(source, qs)
        n = qs.count()
        if not n:
            continue
        total += n
        counts["type"][source.kind] += n
        engine_counts = matcher.facets_for(source)
        if engine_counts is None:
            _facet_counts(source, qs, counts)
        else:  # the engine counted with the same access filters (Elasticsearch aggregations)
            for key, counter in engine_counts.items():
                counts[key].update(counter)
        scored = qs.annotate(_score=matcher.score(source) if source.is_page else _message_score())
        order = (
            ["-_score", f"-{source.date_field}", "-pk"]
            if sort_key == "relevance"
            else [F(source.date_field).desc(nulls_last=True), "-pk"]
        )
        rows = scored.order_by(*order).values_list("pk", "_score", source.date_field)[:limit]
        for pk, score, date in rows:
            ts = date.timestamp() if date else 0.0
            ranked.append((float(score or 0), ts, source.kind, pk))
        per_source[source.kind] = (source, qs)

    if sort_key == "relevance":
        ranked.sort(key=lambda r: (-r[0], -r[1]))
    else:
        ranked.sort(key=lambda r: -r[1])
    num_pages = max(1, -(-total // per_page))
    if page > num_pages:
        if total:
            messages.append(_("Die resultatenpagina bestaat niet; je ziet de laatste pagina."))
        page = num_pages
    window = ranked[(page - 1) * per_page : page * per_page]

    wanted: dict[str, list[int]] = {}
    for _score, _ts, kind, pk in window:
        wanted.setdefault(kind, []).append(pk)
    objects = {}
    for kind, pks in wanted.items():
        source, qs = per_source[kind]
        for obj in source.model._default_manager.filter(pk__in=pks).select_related(
            *(["thread__page", "author"] if kind == "message" else [])
        ):
            objects[(kind, obj.pk)] = (source, obj)
    hits = [
        _hit(objects[(k, pk)][0], objects[(k, pk)][1], score, parsed, request)
        for score, _ts, k, pk in window
        if (k, pk) in objects
    ]

    facets = []
    for key, label in FACETS.items():
        selected = set(filters.get(key, []))
        values = set(counts[key]) | selected
        if not values:
            continue
        labels = _labels(key, values, available)
        items = [
            FacetValue(
                value=v, label=labels.get(v, v), count=counts[key].get(v, 0), selected=v in selected
            )
            for v in values
            if v in labels or key == "year"
        ]
        if key == "year":
            items.sort(key=lambda i: i.value, reverse=True)
        else:
            items.sort(key=lambda i: (-i.count, i.label.lower()))
        if items:
            facets.append(Facet(key=key, label=str(label), values=items[:30]))

    if total == 0 and not parsed.is_empty:
        messages.append(
            _("Geen resultaten. Probeer minder of andere woorden, of haal een filter weg.")
        )
    return SearchResponse(
        query=parsed,
        hits=hits,
        total=total,
        page=page,
        num_pages=num_pages,
        facets=facets,
        filters=filters,
        sort=sort,
        messages=messages,
        engine=engine.name,
    )


def _message_score():
    from django.db.models import FloatField, Value

    return Value(0.01, output_field=FloatField())


def suggest(*, user, prefix: str, limit: int = 8) -> list[dict[str, str]]:
    """Titles the user may read that start with the typed words (suggestions as you type)."""
    from django.db.models import Q

    from .query import words

    tokens = words((prefix or "")[:100])
    if not tokens or len(tokens[-1]) < 2:
        return []
    out = []
    for source in sources():
        if not source.is_page:
            continue
        q = Q()
        for token in tokens:
            q &= Q(title__icontains=token)
        for title, pk in source.readable(user).filter(q).values_list("title", "pk")[:limit]:
            out.append({"title": title, "kind": source.kind, "label": source.label, "pk": pk})
    out.sort(key=lambda s: (not s["title"].lower().startswith(tokens[0]), s["title"].lower()))
    return [{"title": s["title"], "kind": s["kind"], "label": s["label"]} for s in out[:limit]]
