"""``GET /api/v1/labels`` (labels of many IRIs at once, for SPARQL results) and themes and
mottos named by their text instead of their slug."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import BLOC_SLUG, KTNN, TRAN_QUOC_TO

THEME = f"https://w3id.org/noi-chinh/id/theme/{BLOC_SLUG}/2023"
MOTTO = "https://w3id.org/noi-chinh/id/motto/2023"
THEME_TEXT = "Đoàn kết, kỷ cương, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ"
MOTTO_TEXT = "Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời hiệu quả"


def _labels(client: TestClient, *iris: str, lang: str = "vi") -> list[dict[str, Any]]:
    response = client.get("/api/v1/labels", params={"iri": list(iris), "lang": lang})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_labels_of_several_iris_in_the_order_asked(client: TestClient) -> None:
    items = _labels(client, TRAN_QUOC_TO, KTNN, lang="en")
    assert [(i["id"], i["label"]) for i in items] == [
        (TRAN_QUOC_TO, "Trần Quốc Tỏ"),
        (KTNN, "State Audit Office of Vietnam"),
    ]


def test_labels_leave_out_unknown_and_repeated_iris(client: TestClient) -> None:
    unknown = "https://w3id.org/noi-chinh/id/agency/no-such-agency"
    items = _labels(client, KTNN, unknown, "http://example.org/x", KTNN)
    assert [i["id"] for i in items] == [KTNN]


def test_labels_need_one_to_a_hundred_iris(client: TestClient) -> None:
    assert client.get("/api/v1/labels").status_code == 422
    many = [f"https://w3id.org/noi-chinh/id/agency/a{i}" for i in range(101)]
    response = client.get("/api/v1/labels", params={"iri": many})
    assert response.status_code == 422
    assert "error" in response.json()


def test_theme_and_motto_are_named_by_their_text(client: TestClient) -> None:
    items = _labels(client, THEME, MOTTO, lang="en")
    assert [i["label"] for i in items] == [THEME_TEXT, MOTTO_TEXT]


def test_conference_fact_names_theme_and_motto_by_text_not_slug(client: TestClient) -> None:
    body = client.get("/api/v1/people/tran-quoc-to").json()
    conference = next(f for f in body["facts"] if f["type"] == "event")
    values = {s["predicate"].rsplit("#")[-1]: s["entity"] for s in conference["statements"]}
    assert values["theme"]["label"] == THEME_TEXT
    assert values["motto"]["label"] == MOTTO_TEXT
