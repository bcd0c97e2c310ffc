"""``GET /api/v1/search`` finds every institution of the reference tables (issue 12, item 1) and
every province, old and new, under its full name and a common abbreviation or short name.

"Found" means among the first ten hits: an acronym such as ``BCT`` is shared by several names
(Bộ Chính trị, Bộ Công Thương), and the old and the new Tuyên Quang share their name.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nội_chính_graph.namespaces import NCGID

ROOT = Path(__file__).resolve().parents[2]
PROVINCES = ROOT / "data" / "reference" / "tables" / "organisations-provinces.csv"

# (full name, common abbreviation or short form, IRI path): attested aliases where the sources
# give one, else the acronym the search derives from the name.
CENTRAL = [
    (
        "Ban Chấp hành Trung ương Đảng",
        "BCH Trung ương",
        "party-organ/ban-chap-hanh-trung-uong-dang",
    ),
    ("Bộ Chính trị", "BCT", "party-organ/bo-chinh-tri"),
    ("Ban Bí thư", "BBT", "party-organ/ban-bi-thu"),
    ("Ban Tổ chức Trung ương", "BTCTƯ", "party-organ/ban-to-chuc-trung-uong"),
    ("Ban Tuyên giáo Trung ương", "BTGTƯ", "party-organ/ban-tuyen-giao-trung-uong"),
    ("Ban Dân vận Trung ương", "BDVTƯ", "party-organ/ban-dan-van-trung-uong"),
    (
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Ban Tuyên giáo và Dân vận",
        "party-organ/ban-tuyen-giao-va-dan-van-trung-uong",
    ),
    ("Ban Nội chính Trung ương", "BNCTƯ", "party-organ/ban-noi-chinh-trung-uong"),
    ("Ban Kinh tế Trung ương", "BKTTƯ", "party-organ/ban-kinh-te-trung-uong"),
    ("Ban Đối ngoại Trung ương", "BĐNTƯ", "party-organ/ban-doi-ngoai-trung-uong"),
    (
        "Ban Chính sách, chiến lược Trung ương",
        "BCSCLTƯ",
        "party-organ/ban-chinh-sach-chien-luoc-trung-uong",
    ),
    ("Ủy ban Kiểm tra Trung ương", "UBKTTW", "party-organ/uy-ban-kiem-tra-trung-uong"),
    ("Văn phòng Trung ương Đảng", "Văn phòng Trung ương", "party-organ/van-phong-trung-uong-dang"),
    (
        "Đảng ủy các cơ quan Đảng Trung ương",
        "Đảng bộ các cơ quan Đảng Trung ương",
        "party-organ/dang-uy-cac-co-quan-dang-trung-uong",
    ),
    ("Đảng ủy Chính phủ", "Đảng bộ Chính phủ", "party-organ/dang-uy-chinh-phu"),
    ("Đảng ủy Quốc hội", "Đảng bộ Quốc hội", "party-organ/dang-uy-quoc-hoi"),
    (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "party-organ/dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
    ),
    (
        "Đảng ủy Khối các cơ quan Trung ương",
        "Đảng bộ Khối các cơ quan Trung ương",
        "party-organ/dang-uy-khoi-cac-co-quan-trung-uong",
    ),
    ("Quân ủy Trung ương", "QUTƯ", "party-organ/quan-uy-trung-uong"),
    ("Đảng ủy Công an Trung ương", "ĐUCATƯ", "party-organ/dang-uy-cong-an-trung-uong"),
    ("Quốc hội", "QH", "agency/quoc-hoi"),
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH", "agency/uy-ban-thuong-vu-quoc-hoi"),
    ("Văn phòng Quốc hội", "VPQH", "agency/van-phong-quoc-hoi"),
    ("Thư viện Quốc hội", "TVQH", "agency/thu-vien-quoc-hoi"),
    ("Hội đồng Dân tộc", "HĐDT", "agency/hoi-dong-dan-toc"),
    ("Ủy ban Pháp luật và Tư pháp", "UBPLVTP", "agency/uy-ban-phap-luat-va-tu-phap"),
    ("Ủy ban Kinh tế và Tài chính", "UBKTVTC", "agency/uy-ban-kinh-te-va-tai-chinh"),
    (
        "Ủy ban Quốc phòng, An ninh và Đối ngoại",
        "UBQPANVĐN",
        "agency/uy-ban-quoc-phong-an-ninh-va-doi-ngoai",
    ),
    ("Ủy ban Văn hóa và Xã hội", "UBVHVXH", "agency/uy-ban-van-hoa-va-xa-hoi"),
    (
        "Ủy ban Khoa học, Công nghệ và Môi trường",
        "UBKHCNVMT",
        "agency/uy-ban-khoa-hoc-cong-nghe-va-moi-truong",
    ),
    ("Ủy ban Công tác đại biểu", "UBCTĐB", "agency/uy-ban-cong-tac-dai-bieu"),
    ("Ủy ban Dân nguyện và Giám sát", "UBDNVGS", "agency/uy-ban-dan-nguyen-va-giam-sat"),
    ("Ủy ban Pháp luật", "UBPL", "agency/uy-ban-phap-luat"),
    ("Ủy ban Tư pháp", "UBTP", "agency/uy-ban-tu-phap"),
    ("Ủy ban Đối ngoại", "UBĐN", "agency/uy-ban-doi-ngoai"),
    ("Văn phòng Chủ tịch nước", "VPCTN", "agency/van-phong-chu-tich-nuoc"),
    (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "UBTƯ MTTQ Việt Nam",
        "organisation/uy-ban-trung-uong-mat-tran-to-quoc-viet-nam",
    ),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQVN", "organisation/mat-tran-to-quoc-viet-nam"),
    (
        "Tổng Liên đoàn Lao động Việt Nam",
        "TLĐLĐVN",
        "organisation/tong-lien-doan-lao-dong-viet-nam",
    ),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "HLHPNVN", "organisation/hoi-lien-hiep-phu-nu-viet-nam"),
    (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Đoàn TNCS Hồ Chí Minh",
        "organisation/doan-thanh-nien-cong-san-ho-chi-minh",
    ),
    ("Hội Nông dân Việt Nam", "HNDVN", "organisation/hoi-nong-dan-viet-nam"),
    ("Hội Cựu chiến binh Việt Nam", "HCCBVN", "organisation/hoi-cuu-chien-binh-viet-nam"),
    ("Báo Nhân Dân", "Báo Nhân dân", "party-organ/bao-nhan-dan"),
    ("Tạp chí Cộng sản", "TCCS", "party-organ/tap-chi-cong-san"),
    (
        "Nhà xuất bản Chính trị quốc gia Sự thật",
        "NXB Chính trị quốc gia Sự thật",
        "party-organ/nha-xuat-ban-chinh-tri-quoc-gia-su-that",
    ),
    (
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "HVCTQGHCM",
        "party-organ/hoc-vien-chinh-tri-quoc-gia-ho-chi-minh",
    ),
    ("Thông tấn xã Việt Nam", "TTXVN", "agency/thong-tan-xa-viet-nam"),
    ("Đài Tiếng nói Việt Nam", "VOV", "agency/dai-tieng-noi-viet-nam"),
    ("Đài Truyền hình Việt Nam", "VTV", "agency/dai-truyen-hinh-viet-nam"),
    ("Báo Quân đội nhân dân", "Báo QĐND", "agency/bao-quan-doi-nhan-dan"),
    ("Báo Công an nhân dân", "Báo CAND", "organisation/bao-cong-an-nhan-dan"),
    (
        "Tổng cục Chính trị Quân đội nhân dân Việt Nam",
        "Tổng cục Chính trị QĐND Việt Nam",
        "agency/tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam",
    ),
    *[(f"Quân khu {n}", f"QK{n}", f"agency/quan-khu-{n}") for n in (1, 2, 3, 4, 5, 7, 9)],
    ("Bộ Tư lệnh Thủ đô Hà Nội", "BTLTĐHN", "agency/bo-tu-lenh-thu-do-ha-noi"),
    ("Kho bạc Nhà nước", "KBNN", "agency/kho-bac-nha-nuoc"),
    ("Tổng cục Thuế", "TCT", "agency/tong-cuc-thue"),
    ("Tổng cục Hải quan", "TCHQ", "agency/tong-cuc-hai-quan"),
    ("Tổng cục Dự trữ Nhà nước", "TCDTNN", "agency/tong-cuc-du-tru-nha-nuoc"),
    ("Ủy ban Chứng khoán Nhà nước", "UBCKNN", "agency/uy-ban-chung-khoan-nha-nuoc"),
    ("Cục Thuế", "Cục Thuế", "agency/cuc-thue"),
]


def _provinces() -> list[tuple[str, str, str]]:
    with PROVINCES.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["class"]]
    assert len(rows) == 86, "63 units until 30/6/2025 and 23 formed on 1/7/2025"
    short = {r["iri"]: r["label_vi"].removeprefix("Tỉnh ").removeprefix("Thành phố ") for r in rows}
    return [(r["label_vi"], short[r["iri"]], r["iri"]) for r in rows]


PROVINCE_NAMES = _provinces()
PROVINCE_ABBREVIATIONS = [
    ("HN", "province/ha-noi"),
    ("HCM", "province/ho-chi-minh"),
    ("HCM", "province/ho-chi-minh-2025"),
    ("Thừa Thiên Huế", "province/hue"),
]


def _found(client: TestClient, query: str) -> list[str]:
    response = client.get("/api/v1/search", params={"q": query, "limit": "10"})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


@pytest.mark.parametrize(("name", "short", "path"), CENTRAL, ids=[c[2] for c in CENTRAL])
def test_central_institution_found_by_full_name_and_abbreviation(
    client: TestClient, name: str, short: str, path: str
) -> None:
    assert str(NCGID[path]) in _found(client, name), name
    assert str(NCGID[path]) in _found(client, short), short


@pytest.mark.parametrize(
    ("name", "short", "path"), PROVINCE_NAMES, ids=[p[2] for p in PROVINCE_NAMES]
)
def test_province_found_by_full_and_short_name(
    client: TestClient, name: str, short: str, path: str
) -> None:
    assert str(NCGID[path]) in _found(client, name), name
    assert str(NCGID[path]) in _found(client, short), short


@pytest.mark.parametrize(("abbreviation", "path"), PROVINCE_ABBREVIATIONS)
def test_city_found_by_its_abbreviation(client: TestClient, abbreviation: str, path: str) -> None:
    assert str(NCGID[path]) in _found(client, abbreviation)


def test_full_name_puts_the_institution_first(client: TestClient) -> None:
    for name, path in (
        ("Kho bạc Nhà nước", "agency/kho-bac-nha-nuoc"),
        ("Thư viện Quốc hội", "agency/thu-vien-quoc-hoi"),
        ("Tỉnh Hà Giang", "province/ha-giang"),
    ):
        assert _found(client, name)[0] == str(NCGID[path]), name
