"""The Elasticsearch path without a cluster: the exact request body it sends and
how it reads a recorded response. (With ELASTICSEARCH_URL set, the contract
suite in test_search_service.py also runs against a real cluster.)"""

import json
from pathlib import Path

from pilot.search.engines.elastic import LessonDocument, build_lesson_search, parse_lesson_response
from pilot.search.query import parse_query

FIXTURES = Path(__file__).parent / "fixtures"


def test_request_body_is_exactly_the_recorded_one():
    search = build_lesson_search(
        parse_query('schulden "eerste gesprek" -jeugd'),
        filters={"evidence": ["erkend"], "year": ["2026"]},
        pilot_member=False,
        hidden_paths=["00010002"],
        index="samenwerken_lessons",
    )
    expected = json.loads((FIXTURES / "es_request_lessons.json").read_text())
    assert search.to_dict() == expected


def test_request_keeps_rights_in_the_query_and_facets_beyond_top_ten():
    body = build_lesson_search(
        parse_query(""), filters={}, pilot_member=True, hidden_paths=[]
    ).to_dict()
    query = body["query"]["bool"]
    assert query["must"] == [{"match_all": {}}]
    assert "filter" not in query or {"term": {"consent_scope": "platform"}} not in query["filter"]
    assert all(agg["terms"]["size"] == 100 for key, agg in body["aggs"].items() if key != "year")
    outsider = build_lesson_search(
        parse_query("x"), filters={}, pilot_member=False, hidden_paths=[]
    ).to_dict()
    assert {"term": {"consent_scope": "platform"}} in outsider["query"]["bool"]["filter"]
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"


def test_mapping_uses_the_dutch_analyzer():
    mapping = LessonDocument._doc_type.mapping.to_dict()
    props = mapping["properties"]
    assert props["title"]["analyzer"] == "dutch"
    assert props["approach"]["analyzer"] == "dutch"
    assert props["problem_tags"]["type"] == "keyword"


def test_recorded_response_is_read_with_safe_highlights():
    result = parse_lesson_response(json.loads((FIXTURES / "es_response_lessons.json").read_text()))
    assert result.total == 2
    assert list(result.scores) == [41, 57]
    assert str(result.highlights[41]) == "<mark>Schulden</mark> in beeld via de huisarts"
    assert str(result.highlights[57]) == (
        "Een <mark>schuld</mark> bij de woningcorporatie &amp; de energie"
    )
    assert result.facets["tag"] == {"schulden": 2, "huisarts": 1}
    assert result.facets["year"] == {"2026": 2}
    assert result.facets["evidence"] == {"erkend": 2}


def test_injected_markup_in_highlight_stays_escaped():
    body = {
        "hits": {
            "total": {"value": 1},
            "hits": [
                {
                    "_id": "1",
                    "_score": 1.0,
                    "highlight": {"title": ["&lt;script&gt;<mark>x</mark><b>"]},
                }
            ],
        }
    }
    html = str(parse_lesson_response(body).highlights[1])
    assert "<script>" not in html and "<b>" not in html and "<mark>x</mark>" in html
