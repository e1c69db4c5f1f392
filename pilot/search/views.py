"""The search page, its JSON API and suggestions: thin views over the service."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .service import FACETS, SearchResponse, search, suggest


def _url_params(resp: SearchResponse, **change) -> str:
    pairs = []
    q = change.pop("q", resp.query.raw)
    if q:
        pairs.append(("q", q))
    filters = {k: list(v) for k, v in resp.filters.items()}
    toggle = change.pop("toggle", None)
    if toggle:
        key, value = toggle
        values = filters.setdefault(key, [])
        if value in values:
            values.remove(value)
        else:
            values.append(value)
    for key in FACETS:
        for value in filters.get(key, []):
            pairs.append((key, value))
    sort = change.pop("sort", resp.sort)
    if sort != "relevance":
        pairs.append(("sort", sort))
    page = change.pop("page", 1)
    if page != 1:
        pairs.append(("page", page))
    return "?" + urlencode(pairs) if pairs else "?"


@require_GET
def search_page(request):
    resp = search(user=request.user, params=request.GET, request=request)
    facets = []
    for facet in resp.facets:
        facets.append(
            {
                "key": facet.key,
                "label": facet.label,
                "values": [
                    {
                        "label": v.label,
                        "count": v.count,
                        "selected": v.selected,
                        "url": _url_params(resp, toggle=(facet.key, v.value)),
                    }
                    for v in facet.values
                ],
            }
        )
    selected = [
        {"label": v["label"], "url": v["url"], "facet": f["label"]}
        for f in facets
        for v in f["values"]
        if v["selected"]
    ]
    context = {
        "resp": resp,
        "facets": facets,
        "selected": selected,
        "hidden_filters": [(k, v) for k, vs in resp.filters.items() for v in vs],
        "prev_url": _url_params(resp, page=resp.page - 1) if resp.page > 1 else "",
        "next_url": _url_params(resp, page=resp.page + 1) if resp.page < resp.num_pages else "",
        "sort_urls": {s: _url_params(resp, sort=s) for s in ("relevance", "newest")},
    }
    return render(request, "search/search_page.html", context)


def response_json(resp: SearchResponse) -> dict:
    """The API's shape (documented in docs/search-api.md)."""
    return {
        "query": resp.query.raw,
        "understood": {
            "terms": resp.query.terms,
            "phrases": [" ".join(p) for p in resp.query.phrases],
            "excluded": resp.query.excluded + [" ".join(p) for p in resp.query.excluded_phrases],
        },
        "total": resp.total,
        "page": resp.page,
        "num_pages": resp.num_pages,
        "sort": resp.sort,
        "filters": resp.filters,
        "messages": [str(m) for m in resp.messages],
        "results": [
            {
                "type": h.kind,
                "type_label": h.kind_label,
                "title": h.title,
                "url": h.url,
                "excerpt_html": str(h.excerpt),
                "date": h.date.isoformat() if h.date else None,
                "score": round(h.score, 4),
                "meta": h.meta,
            }
            for h in resp.hits
        ],
        "facets": {
            f.key: {
                "label": f.label,
                "values": [
                    {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                    for v in f.values
                ],
            }
            for f in resp.facets
        },
    }


@require_GET
def search_api(request):
    resp = search(user=request.user, params=request.GET, request=request)
    return JsonResponse(response_json(resp), json_dumps_params={"ensure_ascii": False})


@require_GET
def suggest_api(request):
    items = suggest(user=request.user, prefix=request.GET.get("q", ""))
    return JsonResponse({"suggestions": items}, json_dumps_params={"ensure_ascii": False})
