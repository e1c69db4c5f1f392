"""Helpers shared by the search tests (this folder is on sys.path in pytest's prepend mode)."""

from django.http import QueryDict

from pilot.search.service import search


def run(user, query="", **params):
    qd = QueryDict(mutable=True)
    qd["q"] = query
    for key, value in params.items():
        if isinstance(value, list):
            qd.setlist(key, value)
        else:
            qd[key] = str(value)
    return search(user=user, params=qd)


def titles(resp):
    return [h.title for h in resp.hits]
