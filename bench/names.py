"""Synthetic Vietnamese names: syllables, subject fields, agency levels, and a seeded namer.

The concepts named here (agency kinds, post roles, ranks) are only those that
``ontology/schemes.ttl`` defines; the names built from them are synthetic.
"""

import random

from nội_chính_graph.text import nfc, slugify

# Syllables with their diacritics; old-style tone placement (Hoà, Thuỷ, Thuý) is kept on
# purpose, as real texts mix both styles. Stored NFC.
FAMILY = tuple(
    nfc(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh "
        "Trương Lương Mai Tạ Lại"
    ).split()
)
MIDDLE_M = tuple(nfc("Văn Hữu Đức Minh Quốc Thanh Xuân Công Đình Mạnh").split())
MIDDLE_F = tuple(nfc("Thị Thị Ngọc Thu Kim Thanh").split())
GIVEN_M = tuple(
    nfc(
        "An Bình Cường Dũng Đạt Hải Hùng Huy Khánh Lâm Long Nam Phong Phúc Quang Sơn "
        "Thành Thắng Toàn Trung Tuấn Việt Vinh Tùng Hiếu Nghĩa Tâm Hoà Thuỷ Định Lộc"
    ).split()
)
GIVEN_F = tuple(
    nfc(
        "Hương Lan Linh Mai Nga Oanh Phương Thảo Trang Yến Hà Hạnh Huyền Loan Ngân "
        "Nhung Thuý Vân Xuân Diệp"
    ).split()
)
FIELDS = (
    ("Kế hoạch", "Planning"),
    ("Hậu cần", "Logistics"),
    ("Kỹ thuật", "Engineering"),
    ("Đối ngoại", "External Relations"),
    ("Pháp chế", "Legal Affairs"),
    ("Tổ chức cán bộ", "Personnel"),
    ("Thông tin", "Information"),
    ("Khoa học", "Science"),
    ("Đào tạo", "Training"),
    ("Tài vụ", "Finance"),
    ("Thanh tra", "Inspection"),
    ("An ninh", "Security"),
    ("Hành chính", "Administration"),
    ("Hợp tác quốc tế", "International Cooperation"),
    ("Xây dựng lực lượng", "Force Building"),
    ("Lưu trữ", "Archives"),
    ("Điều tra", "Investigation"),
    ("Giám sát", "Supervision"),
    ("Thống kê", "Statistics"),
    ("Thi đua, khen thưởng", "Emulation and Commendation"),
)
BLOC_THEMES = (
    ("các bộ, ngành Nội chính", "of Internal Affairs Ministries and Agencies"),
    ("các bộ, ngành Kinh tế tổng hợp", "of General Economic Ministries and Agencies"),
    ("các bộ, ngành Khoa học - Văn hóa - Xã hội", "of Science, Culture and Society Agencies"),
    ("các cơ quan Tư pháp", "of Judicial Agencies"),
    ("các cơ quan Tham mưu", "of Advisory Agencies"),
)
# level → (kind slug, name prefix vi, name prefix en, head role, deputy role); only concepts
# that ontology/schemes.ttl defines.
LEVELS = (
    ("ministry", "Bộ", "Ministry of", "bo-truong", "thu-truong"),
    ("general-department", "Tổng cục", "General Department of", "chu-nhiem", "pho-chu-nhiem"),
    ("sub-unit", "Ban", "Board of", "truong-ban", "pho-truong-ban"),
)
ROLE_LABELS = {
    "bo-truong": ("Bộ trưởng", "Minister"),
    "thu-truong": ("Thứ trưởng", "Deputy Minister"),
    "chu-nhiem": ("Chủ nhiệm", "Director"),
    "pho-chu-nhiem": ("Phó Chủ nhiệm", "Deputy Director"),
    "truong-ban": ("Trưởng ban", "Head"),
    "pho-truong-ban": ("Phó Trưởng ban", "Deputy head"),
}
# (level, is_head) → rank slug; the same slugs exist in both forces' schemes.
RANKS = {(0, True): "thuong-tuong", (0, False): "trung-tuong", (1, True): "trung-tuong"}
RANKS |= {(1, False): "thieu-tuong", (2, True): "thieu-tuong", (2, False): "dai-ta"}
RANK_LABELS = {"thuong-tuong": "Thượng tướng", "trung-tuong": "Trung tướng"}
RANK_LABELS |= {"thieu-tuong": "Thiếu tướng", "dai-ta": "Đại tá"}


class Namer:
    """Mints unique synthetic names and slugs from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._slugs: dict[str, int] = {}

    def unique(self, vi: str, en: str) -> tuple[str, str, str]:
        """Make (vi, en, slug) unique by numbering repeats ``số 2`` / ``No. 2``."""
        slug = "syn-" + slugify(vi)
        seen = self._slugs.get(slug, 0)
        self._slugs[slug] = seen + 1
        if seen == 0:
            return vi, en, slug
        return self.unique(f"{vi} số {seen + 1}", f"{en} No. {seen + 1}")

    def person(self) -> tuple[str, str]:
        """A (name, slug) pair; homonyms keep the name and get a numbered slug."""
        female = self.rng.random() < 0.3
        parts = [self.rng.choice(FAMILY), self.rng.choice(MIDDLE_F if female else MIDDLE_M)]
        if self.rng.random() < 0.3:
            parts.append(self.rng.choice(GIVEN_F if female else GIVEN_M))
        parts.append(self.rng.choice(GIVEN_F if female else GIVEN_M))
        name = nfc(" ".join(parts))
        slug = "syn-" + slugify(name)
        seen = self._slugs.get(slug, 0)
        self._slugs[slug] = seen + 1
        return name, slug if seen == 0 else f"{slug}-{seen + 1}"

    def fields(self, count: int) -> list[tuple[str, str]]:
        """``count`` distinct subject fields."""
        return self.rng.sample(FIELDS, count)


__all__ = ["BLOC_THEMES", "FIELDS", "LEVELS", "RANKS", "RANK_LABELS", "ROLE_LABELS", "Namer"]
