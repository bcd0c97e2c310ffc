"""Experiment (not part of the library): units of kinds the dev gold does not hold, in press forms.

The template probe (``templates.py``) writes the dev split's own names into press forms, so it
cannot show a kind of unit the rules never met. This one writes 75 unit names of the kinds a
province has (a centre for disease control, a forest-ranger station, a market-watch team, a
bank's branch known by its brand, a gifted school, a project board, …), none taken from a
report, into:

- member lists (five forms: "gồm N đơn vị: …", semicolons, one a line, inline before the verb,
  after "đại diện … gồm:"), four names to a list, three shuffles;
- a person's post (the title that unit's head bears, after and before the name, and after a
  dash);
- the holder of a bloc's role ("bầu X làm Cụm trưởng", "X giữ vai trò Cụm trưởng").

It prints the recall of each form; -v prints what each missed name gave instead. The names are
probe inputs, not facts: nothing here enters ``data/``. Session 44 fixed what it showed; the
figures are in the README (issue 11).

    python eval/experiments/unseen_names.py [SEED] [-v]
"""

import datetime as dt
import random
import sys
from collections.abc import Callable

from nội_chính_graph.ingest.evaluate import default_graph_files, load_graph
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.extract.names import expand_label
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.resources import resource_root
from nội_chính_graph.text import slugify

PROVINCE = "tỉnh Hòa Bình"
# (the unit's name, the title its head bears); a name ending with "tỉnh" is the province's
UNITS = (
    ("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám đốc"),
    ("Ban Quản lý các khu công nghiệp tỉnh", "Trưởng ban"),
    ("Văn phòng Đăng ký đất đai tỉnh", "Giám đốc"),
    ("Chi cục Kiểm lâm tỉnh", "Chi cục trưởng"),
    ("Trung tâm Văn hóa - Thể thao huyện Lạc Sơn", "Giám đốc"),
    ("Bệnh viện Đa khoa tỉnh", "Giám đốc"),
    ("Trường Cao đẳng Y tế", "Hiệu trưởng"),
    ("Quỹ Đầu tư phát triển tỉnh", "Giám đốc"),
    ("Liên minh Hợp tác xã tỉnh", "Chủ tịch"),
    ("Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Chủ tịch"),
    ("Hội Người mù tỉnh", "Chủ tịch"),
    ("Hội Khuyến học tỉnh", "Chủ tịch"),
    ("Hội Cựu Thanh niên xung phong tỉnh", "Chủ tịch"),
    ("Công ty TNHH MTV Xổ số kiến thiết", "Giám đốc"),
    ("Công ty Cổ phần Môi trường đô thị", "Giám đốc"),
    ("Ban Quản lý Khu kinh tế tỉnh", "Trưởng ban"),
    ("Văn phòng Điều phối nông thôn mới tỉnh", "Chánh Văn phòng"),
    ("Trung tâm Phục vụ hành chính công tỉnh", "Giám đốc"),
    ("Sở Khoa học và Công nghệ", "Giám đốc"),
    ("Cục Quản lý thị trường tỉnh", "Cục trưởng"),
    ("Bảo hiểm xã hội huyện Kim Bôi", "Giám đốc"),
    ("Đội Quản lý thị trường số 3", "Đội trưởng"),
    ("Hạt Kiểm lâm huyện Mai Châu", "Hạt trưởng"),
    ("Phòng Giáo dục và Đào tạo huyện Tân Lạc", "Trưởng phòng"),
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lương Sơn", "Giám đốc"),
    ("Trường THPT chuyên Hoàng Văn Thụ", "Hiệu trưởng"),
    ("Trường Tiểu học Kim Đồng", "Hiệu trưởng"),
    ("Bệnh viện Y dược cổ truyền tỉnh", "Giám đốc"),
    ("Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo", "Đồn trưởng"),
    ("Lữ đoàn 596", "Lữ đoàn trưởng"),
    ("Ban Chỉ huy Quân sự huyện Đà Bắc", "Chỉ huy trưởng"),
    ("Trung tâm Y tế huyện Cao Phong", "Giám đốc"),
    ("Ban Dân tộc tỉnh", "Trưởng ban"),
    ("Sở Ngoại vụ", "Giám đốc"),
    ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh", "Giám đốc"),
    ("Trung tâm Khuyến nông tỉnh", "Giám đốc"),
    ("Chi cục Thủy lợi tỉnh", "Chi cục trưởng"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Chánh Văn phòng"),
    ("Đài Phát thanh và Truyền hình tỉnh", "Giám đốc"),
    ("Báo Hòa Bình", "Tổng Biên tập"),
    ("Trường Chính trị tỉnh", "Hiệu trưởng"),
    ("Công đoàn Viên chức tỉnh", "Chủ tịch"),
    ("Liên đoàn Lao động huyện Yên Thủy", "Chủ tịch"),
    ("Hội Liên hiệp Phụ nữ huyện Lạc Thủy", "Chủ tịch"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hòa Bình", "Chủ tịch"),
    ("Viện kiểm sát nhân dân huyện Lạc Sơn", "Viện trưởng"),
    ("Tòa án nhân dân thành phố Hòa Bình", "Chánh án"),
    ("Chi cục Thi hành án dân sự huyện Tân Lạc", "Chi cục trưởng"),
    ("Điện lực Hòa Bình", "Giám đốc"),
    ("Viễn thông Hòa Bình", "Giám đốc"),
    ("Bưu điện tỉnh", "Giám đốc"),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Giám đốc"),
    ("Agribank chi nhánh tỉnh", "Giám đốc"),
    ("Công ty Thủy điện Hòa Bình", "Giám đốc"),
    ("Kho bạc Nhà nước tỉnh", "Giám đốc"),
    ("Cục Thống kê tỉnh", "Cục trưởng"),
    ("Hội Nông dân xã Trung Minh", "Chủ tịch"),
    ("Ủy ban nhân dân phường Tân Thịnh", "Chủ tịch"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "Chủ nhiệm"),
    ("Hội Luật gia tỉnh", "Chủ tịch"),
    ("Hội Chữ thập đỏ tỉnh", "Chủ tịch"),
    ("Trường Cao đẳng Kinh tế - Kỹ thuật tỉnh", "Hiệu trưởng"),
    ("Bảo tàng tỉnh", "Giám đốc"),
    ("Thư viện tỉnh", "Giám đốc"),
    ("Nhà hát Ca múa nhạc tỉnh", "Giám đốc"),
    ("Trung tâm Công nghệ thông tin và Truyền thông tỉnh", "Giám đốc"),
    ("Sở Lao động - Thương binh và Xã hội", "Giám đốc"),
    ("Hợp tác xã Nông nghiệp Toàn Thắng", "Giám đốc"),
    ("Công ty Cổ phần Cấp nước Hòa Bình", "Giám đốc"),
    ("Trạm Khuyến nông huyện Tân Lạc", "Trạm trưởng"),
    ("Đội Kiểm lâm cơ động", "Đội trưởng"),
    ("Tiểu đoàn 2", "Tiểu đoàn trưởng"),
    ("Thuế tỉnh Hòa Bình", "Trưởng Thuế tỉnh"),
    ("Thi hành án dân sự tỉnh Hòa Bình", "Trưởng Thi hành án dân sự tỉnh"),
    ("Phòng Văn hóa và Thông tin huyện Lạc Thủy", "Trưởng phòng"),
)
BLOC = f"Cụm thi đua số 3 {PROVINCE}"


def _listed(sep: str, last: str) -> Callable[[list[str]], str]:
    return lambda names: sep.join(names[:-1]) + last + names[-1]


LISTS: dict[str, Callable[[list[str]], str]] = {
    "colon": lambda ns: f"{BLOC} gồm {len(ns)} đơn vị: {_listed(', ', ' và ')(ns)}.",
    "semis": lambda ns: f"{BLOC} gồm các đơn vị: {'; '.join(ns)}.",
    "lines": lambda ns: f"{BLOC} gồm các đơn vị sau:\n" + "\n".join(f"- {n};" for n in ns),
    "inline": lambda ns: f"{BLOC} gồm {_listed(', ', ' và ')(ns)} tổ chức hội nghị tổng kết.",
    "thamdu": lambda ns: (
        f"Tham dự hội nghị có lãnh đạo các đơn vị thành viên {BLOC}, gồm: {', '.join(ns)}."
    ),
}
POSTS: dict[str, Callable[[str, str], str]] = {
    "after": lambda title, unit: f"Dự hội nghị có ông Nguyễn Văn An, {title} {unit}.",
    "before": lambda title, unit: f"{title} {unit} Nguyễn Văn An phát biểu tại hội nghị.",
    "dash": lambda title, unit: f"Đồng chí Nguyễn Văn An - {title} {unit} phát biểu.",
}
HOLDERS: dict[str, Callable[[str], str]] = {
    "elected": lambda unit: f"Hội nghị đã bầu {unit} làm Cụm trưởng năm 2025.",
    "plays": lambda unit: f"Năm 2025, {unit} giữ vai trò Cụm trưởng Cụm thi đua số 3.",
}


def _slug(name: str) -> str:
    return slugify(expand_label(name + (" Hòa Bình" if name.endswith("tỉnh") else "")))


def _found(slug: str, labels: list[str]) -> bool:
    """A label the extractor gave names the unit: the same, or with its place after it."""
    return any(x == slug or x.startswith(slug + "-") for x in map(slugify, labels))


def _read(text: str, gazetteer: Gazetteer) -> tuple[list[str], list[str], list[str]]:
    summary = extract_report(
        f"{BLOC} tổ chức hội nghị tổng kết năm 2024.\n\n{text}",
        gazetteer,
        report_slug="probe",
        url=None,
        received=dt.date(2025, 1, 1),
    ).summary
    members = [m.label for b in summary.blocs for m in b.members]
    holders = [x.agency.label for b in summary.blocs for x in b.leaders]
    units = [p.agency.label for person in summary.people for p in person.posts if p.agency]
    return members, units, holders


def main(argv: list[str]) -> None:
    gazetteer = Gazetteer.from_graph(load_graph(default_graph_files(resource_root())))
    args = [a for a in argv if not a.startswith("-")]
    random.seed(int(args[0]) if args else 1)
    names = [name for name, _ in UNITS]
    missed: dict[str, list[str]] = {}
    for form, write in LISTS.items():
        right = total = 0
        for _ in range(3):
            shuffled = random.sample(names, len(names))
            for i in range(0, len(shuffled) - 3, 4):
                group = shuffled[i : i + 4]
                members, _, _ = _read(write(group), gazetteer)
                for name in group:
                    total += 1
                    ok = _found(_slug(name), members)
                    right += ok
                    if not ok:
                        missed.setdefault(name, []).append(f"{form}: {members}")
        print(f"members {form:8s} R={right / total:.2f} ({right}/{total})")
    for form, write_post in POSTS.items():
        right = sum(
            _found(_slug(name), _read(write_post(title, name), gazetteer)[1])
            for name, title in UNITS
        )
        print(f"posts   {form:8s} R={right / len(UNITS):.2f} ({right}/{len(UNITS)})")
    for form, write_role in HOLDERS.items():
        right = 0
        for name, _ in UNITS:
            holders = _read(write_role(name), gazetteer)[2]
            ok = _found(_slug(name), holders)
            right += ok
            if not ok:
                missed.setdefault(name, []).append(f"{form}: {holders}")
        print(f"holders {form:8s} R={right / len(UNITS):.2f} ({right}/{len(UNITS)})")
    if "-v" in argv:
        for name, how in sorted(missed.items(), key=lambda item: -len(item[1])):
            print(f"{len(how):3d} {name}: {how[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
