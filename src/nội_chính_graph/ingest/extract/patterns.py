"""Closed word classes of Vietnamese officialese that the graph does not hold.

These are language facts, not facts about particular institutions: surnames, the head words
of post titles and organisation names, locality words, and cue phrases. Institutions, people,
ranks and roles come from the graph (:mod:`.gazetteer`); the post-title heads here are only a
fallback for titles the graph has no ``org:Role`` for.
"""

import re

# The commonest Vietnamese family names (a closed class; ~99% of the population).
SURNAMES = frozenset(
    [
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
        "trịnh",
        "đinh",
        "lâm",
        "mai",
        "lương",
        "đào",
        "cao",
        "hà",
        "tô",
        "vương",
        "trương",
        "đoàn",
        "lại",
        "thái",
        "tạ",
        "chu",
        "phùng",
        "quách",
        "lưu",
        "tăng",
        "triệu",
        "nông",
        "lò",
        "kiều",
        "khổng",
        "mạc",
        "hứa",
        "thân",
        "văn",
        "giang",
        "doãn",
        "tống",
        "lục",
        "âu",
        "vi",
        "châu",
        "kim",
        "hầu",
        "từ",
        "ninh",
        "lã",
        "lữ",
        "đồng",
        "quan",
        "thạch",
        "sầm",
        # less common surnames, Kinh and of ethnic minorities (Tày, Thái, Mông, Dao, …)
        "tòng",
        "uông",
        "quàng",
        "giàng",
        "vàng",
        "thào",
        "sùng",
        "lầu",
        "hạng",
        "điểu",
        "bế",
        "lường",
        "cầm",
        "khuất",
        "cù",
        "nghiêm",
        "diệp",
        "bạch",
        "đàm",
        "khúc",
        "thiều",
        "tôn",
        "hàn",
        "cấn",
        "chử",
        "phí",
        "mẫn",
        "trình",
        "tẩn",
        "chảo",
        "ma",  # Tày, Nùng ("Ma Thị Thúy")
        "mùa",  # Mông ("Mùa A Sơn")
        "la",  # "La Văn Thắng" ("La Gi", a town, is a place the gazetteer knows)
        "đàng",  # Cham ("Đàng Quang Tấn")
        # clan names of the Jrai, Ede and Bahnar of the Central Highlands
        "siu",
        "rah",
        "ksor",
        "kpă",
        "nay",
        "rơ",
        "puih",
        "rcom",
        "rmah",
        "ayun",
    ]
)

# The levels below a province whose police a "Trưởng Công an" heads (Vietnamese, English).
POLICE_LEVELS = (
    ("huyện", "district"),
    ("quận", "urban district"),
    ("thị xã", "town"),
    ("thành phố", "city"),
    ("xã", "commune"),
    ("phường", "ward"),
    ("thị trấn", "township"),
)

# The grades of judges and procurators, written after the title ("Thẩm phán cao cấp").
_JUDICIAL_GRADES = (("cao cấp", "Senior"), ("trung cấp", "Intermediate"), ("sơ cấp", "Junior"))

# The leaders whose assistants and secretaries are titled after them ("Trợ lý Thủ tướng").
_LEADERS_WITH_AIDES = (
    ("Tổng Bí thư", "General Secretary"),
    ("Chủ tịch nước", "President"),
    ("Thủ tướng", "Prime Minister"),
    ("Chủ tịch Quốc hội", "Chair of the National Assembly"),
    ("Bộ trưởng", "Minister"),
)

# Post titles used when the graph has no org:Role with that label (Vietnamese, English gloss).
FALLBACK_POST_ROLES = (
    ("Bộ trưởng", "Minister"),
    ("Thứ trưởng", "Deputy Minister"),
    ("Thủ tướng", "Prime Minister"),
    ("Phó Thủ tướng", "Deputy Prime Minister"),
    ("Chủ tịch", "Chair"),
    ("Phó Chủ tịch", "Vice Chair"),
    ("Chủ nhiệm", "Director"),
    ("Phó Chủ nhiệm", "Deputy Director"),
    ("Trưởng ban", "Head"),
    ("Phó Trưởng ban", "Deputy head"),
    ("Tổng Giám đốc", "Director General"),
    ("Phó Tổng Giám đốc", "Deputy Director General"),
    ("Giám đốc", "Director"),
    ("Phó Giám đốc", "Deputy Director"),
    ("Viện trưởng", "Chief Procurator"),
    ("Phó Viện trưởng", "Deputy Chief Procurator"),
    ("Chánh án", "Chief Justice"),
    ("Phó Chánh án", "Deputy Chief Justice"),
    ("Tổng Thanh tra", "Inspector General"),
    ("Phó Tổng Thanh tra", "Deputy Inspector General"),
    ("Tổng Kiểm toán", "Auditor General"),
    ("Phó Tổng Kiểm toán", "Deputy Auditor General"),
    # the head of a regional or specialised audit office ("Kiểm toán trưởng Kiểm toán Nhà nước
    # khu vực IV")
    ("Kiểm toán trưởng", "Chief Auditor"),
    ("Phó Kiểm toán trưởng", "Deputy Chief Auditor"),
    # the head of a body's representative office ("Trưởng Cơ quan đại diện Văn phòng Bộ Văn
    # hóa, Thể thao và Du lịch tại TP.HCM", "Trưởng đại diện Đài Truyền hình Việt Nam tại …")
    ("Trưởng Cơ quan đại diện", "Head of Representative Office"),
    ("Phó Trưởng Cơ quan đại diện", "Deputy Head of Representative Office"),
    ("Trưởng đại diện", "Chief Representative"),
    # the head of the State Bank ("Thống đốc Ngân hàng Nhà nước Việt Nam") and the deputies
    ("Thống đốc", "Governor"),
    ("Phó Thống đốc", "Deputy Governor"),
    ("Tổng Cục trưởng", "Director General"),
    ("Phó Tổng Cục trưởng", "Deputy Director General"),
    ("Cục trưởng", "Director"),
    ("Phó Cục trưởng", "Deputy Director"),
    ("Vụ trưởng", "Director"),
    ("Phó Vụ trưởng", "Deputy Director"),
    # the head of a provincial or district sub-department ("Chi cục Thuế", "Chi cục Kiểm lâm")
    ("Chi cục trưởng", "Head of Sub-department"),
    ("Phó Chi cục trưởng", "Deputy Head of Sub-department"),
    # a border-guard post's commander ("Đồn Biên phòng")
    ("Đồn trưởng", "Post Commander"),
    ("Phó Đồn trưởng", "Deputy Post Commander"),
    # the heads of a forest-ranger station and of a team ("Hạt Kiểm lâm", "Đội Quản lý thị
    # trường số 3", "Đội Cảnh sát …")
    ("Hạt trưởng", "Head of Forest Ranger Station"),
    ("Phó Hạt trưởng", "Deputy Head of Forest Ranger Station"),
    ("Đội trưởng", "Team Leader"),
    ("Phó Đội trưởng", "Deputy Team Leader"),
    ("Chánh Văn phòng", "Chief of Office"),
    ("Phó Chánh Văn phòng", "Deputy Chief of Office"),
    ("Tư lệnh", "Commander"),
    ("Chính ủy", "Political Commissar"),
    ("Ủy viên", "Member"),
    # a member of an association's or a confederation's presidium ("Đoàn Chủ tịch")
    ("Ủy viên Đoàn Chủ tịch", "Member of the Presidium"),
    # the head of an association's branch ("Chi hội trưởng Chi hội Luật gia Trường …")
    ("Chi hội trưởng", "Head of Branch Association"),
    ("Chi hội phó", "Deputy Head of Branch Association"),
    ("Chủ tịch nước", "President of the State"),
    ("Phó Chủ tịch nước", "Vice President of the State"),
    ("Chánh Thanh tra", "Chief Inspector"),
    ("Phó Chánh Thanh tra", "Deputy Chief Inspector"),
    ("Trưởng phòng", "Head of Division"),
    ("Phó Trưởng phòng", "Deputy Head of Division"),
    ("Phó Tư lệnh", "Deputy Commander"),
    ("Phó Chính ủy", "Deputy Political Commissar"),
    # a battalion's or a district military command's political officer
    ("Chính trị viên", "Political Officer"),
    ("Phó Chính trị viên", "Deputy Political Officer"),
    ("Tham mưu trưởng", "Chief of Staff"),
    ("Tổng Tham mưu trưởng", "Chief of the General Staff"),
    ("Phó Tổng Tham mưu trưởng", "Deputy Chief of the General Staff"),
    ("Phó Tham mưu trưởng", "Deputy Chief of Staff"),
    ("Chủ nhiệm Chính trị", "Head of the Political Department"),
    ("Phó Chủ nhiệm Chính trị", "Deputy Head of the Political Department"),
    ("Tổng Biên tập", "Editor-in-Chief"),
    ("Phó Tổng Biên tập", "Deputy Editor-in-Chief"),
    ("Hiệu trưởng", "Rector"),
    ("Phó Hiệu trưởng", "Vice Rector"),
    ("Tổng Thư ký", "Secretary General"),
    ("Phó Tổng Thư ký", "Deputy Secretary General"),
    ("Trưởng đoàn", "Head of Delegation"),
    ("Phó Trưởng đoàn", "Deputy Head of Delegation"),
    ("Chỉ huy trưởng", "Commander"),
    ("Phó Chỉ huy trưởng", "Deputy Commander"),
    # the police chief of a district or commune, titled by its level ("Trưởng Công an huyện
    # Quỳnh Lưu" heads Công an huyện Quỳnh Lưu)
    *(
        (f"{deputy}Trưởng Công an {level}", f"{deputy_en}Chief of Police ({level_en})")
        for deputy, deputy_en in (("", ""), ("Phó ", "Deputy "))
        for level, level_en in POLICE_LEVELS
    ),
    # the commanders of numbered units, written unit-first ("Sư đoàn trưởng Sư đoàn 968")
    ("Sư đoàn trưởng", "Division Commander"),
    ("Phó Sư đoàn trưởng", "Deputy Division Commander"),
    ("Lữ đoàn trưởng", "Brigade Commander"),
    ("Phó Lữ đoàn trưởng", "Deputy Brigade Commander"),
    ("Trung đoàn trưởng", "Regiment Commander"),
    ("Phó Trung đoàn trưởng", "Deputy Regiment Commander"),
    ("Tiểu đoàn trưởng", "Battalion Commander"),
    ("Phó Tiểu đoàn trưởng", "Deputy Battalion Commander"),
    ("Hải đoàn trưởng", "Flotilla Commander"),
    ("Phó Hải đoàn trưởng", "Deputy Flotilla Commander"),
    ("Hải đội trưởng", "Squadron Commander"),
    ("Phó Hải đội trưởng", "Deputy Squadron Commander"),
    # posts in the committees of associations and unions ("Ủy viên Ban Thường vụ Trung ương Hội
    # Chữ thập đỏ"); in a Party committee the same words are a Party role
    ("Ủy viên Ban Thường vụ", "Member of the Standing Committee"),
    # a state-owned company's board: the chair is the company's, "Hội đồng" is the title's
    ("Chủ tịch Hội đồng quản trị", "Chair of the Board of Directors"),
    ("Phó Chủ tịch Hội đồng quản trị", "Vice Chair of the Board of Directors"),
    ("Chủ tịch Hội đồng thành viên", "Chair of the Members' Council"),
    ("Phó Chủ tịch Hội đồng thành viên", "Vice Chair of the Members' Council"),
    # the titles of judges and procurators with the grades written after them (Luật Tổ chức Tòa
    # án nhân dân 2014, Điều 66: https://thuvienphapluat.vn/hoi-dap-phap-luat/24CCA-hd-cac-ngach-
    # tham-phan-theo-quy-dinh-hien-nay-la-gi.html; Quyết định 328/QĐ-VKSTC on the procurators'
    # grades: https://vanbanluat.com/can-bo/quyet-dinh-328-qd-vkstc-vien-kiem-sat-nhan-dan-toi-
    # cao-1c8f4.html)
    ("Thẩm phán", "Judge"),
    *((f"Thẩm phán {grade}", f"{en} Judge") for grade, en in _JUDICIAL_GRADES),
    ("Kiểm sát viên", "Procurator"),
    *((f"Kiểm sát viên {grade}", f"{en} Procurator") for grade, en in _JUDICIAL_GRADES),
    ("Chánh tòa", "Presiding Judge of a Court"),
    ("Phó Chánh tòa", "Deputy Presiding Judge of a Court"),
    # a leader's assistant and secretary, titled by the leader ("Trợ lý Bộ trưởng Bộ Tư pháp":
    # the ministry is the agency)
    *(
        (f"{aide} {leader}", f"{aide_en} to the {leader_en}")
        for aide, aide_en in (("Trợ lý", "Assistant"), ("Thư ký", "Secretary"))
        for leader, leader_en in _LEADERS_WITH_AIDES
    ),
    # the heads of a diplomatic mission and of a consulate
    ("Đại sứ", "Ambassador"),
    ("Đại sứ đặc mệnh toàn quyền", "Ambassador Extraordinary and Plenipotentiary"),
    ("Tổng Lãnh sự", "Consul General"),
    # the head of a regional office of the State Audit ("Kiểm toán nhà nước khu vực IV")
    ("Kiểm toán trưởng", "Chief Auditor"),
    ("Phó Kiểm toán trưởng", "Deputy Chief Auditor"),
    ("Kế toán trưởng", "Chief Accountant"),
    # the heads of a faculty and of a subject group in a university or a hospital's department
    ("Trưởng khoa", "Head of Faculty"),
    ("Phó Trưởng khoa", "Deputy Head of Faculty"),
    ("Trưởng bộ môn", "Head of Department"),
    ("Phó Trưởng bộ môn", "Deputy Head of Department"),
    # the short forms of a department's deputy heads ("Vụ phó Vụ Pháp chế")
    ("Vụ phó", "Deputy Director"),
    ("Cục phó", "Deputy Director"),
)

# The sectors that name ministries and the departments of every province ("Sở Văn hóa, Thể thao
# và Du lịch", "Phòng Tài nguyên và Môi trường"): their commas and "và" never end a name. These
# are the sector names of the Government's ministries since 2007 and of the provincial
# departments (Nghị định 24/2014, 107/2020 and 45/2025); the gazetteer adds those of every
# "Bộ …" it knows.
SECTOR_NAMES = (
    "Văn hóa, Thể thao và Du lịch",
    "Văn hóa và Thể thao",
    "Văn hóa, Thông tin, Thể thao và Du lịch",
    "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội",
    "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Kế hoạch và Đầu tư",
    "Giáo dục và Đào tạo",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
    "Giao thông vận tải",
    "Dân tộc và Tôn giáo",
    "Tài chính - Kế hoạch",
    "Tài chính",
    "Tư pháp",
    "Nội vụ",
    "Y tế",
    "Xây dựng",
    "Công Thương",
    "Ngoại vụ",
    "Du lịch",
)

# Roles whose organisation word is folded into the title ("Phó Trưởng ban Tuyên giáo Trung
# ương" = post in "Ban Tuyên giáo Trung ương"; "Thứ trưởng Công an" = in "Bộ Công an").
IMPLICIT_HEAD = {
    "ban": "Ban",
    "thứ trưởng": "Bộ",
    "bộ trưởng": "Bộ",
    "viện trưởng": "Viện",
    "cục trưởng": "Cục",
    "cục phó": "Cục",
    "vụ phó": "Vụ",
    "trưởng khoa": "Khoa",
    "chánh tòa": "Tòa",
    "chi cục trưởng": "Chi cục",
    "vụ trưởng": "Vụ",
    "chánh án": "Tòa án",
    "trưởng phòng": "Phòng",
    "hạt trưởng": "Hạt",
    "đội trưởng": "Đội",
    "tổng thanh tra": "Thanh tra",  # "Phó Tổng Thanh tra Chính phủ": in Thanh tra Chính phủ
    "tổng kiểm toán": "Kiểm toán",  # "Phó Tổng Kiểm toán Nhà nước": in Kiểm toán Nhà nước
}

# Names that look like a person's but never name an official in these reports: the late
# President's name is in the names of a city, a mausoleum, a youth union and an ideology.
NOT_PEOPLE = frozenset({("hồ", "chí", "minh")})

# Titles that, bare and followed by another post, state a rank equivalence, not a post.
RANK_EQUIVALENT_TITLES = frozenset({"bộ trưởng", "thứ trưởng"})

# Words that place an organisation below the central level.
LOCAL_WORDS = frozenset(
    [
        "tỉnh",
        "thành",
        "phố",
        "tp",
        "tp.",
        "huyện",
        "quận",
        "thị",
        "xã",
        "phường",
        "thị",
        "trấn",
        "tỉnh",
        "ủy",
        "thành",
        "ủy",
        "huyện",
        "ủy",
        "quận",
        "ủy",
        "địa",
        "phương",
        "cấp",
    ]
)
LOCAL_PHRASES = (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("tỉnh", "ủy"), ("thành", "ủy"))

# The Youth Union's committees of a province, a city or a district ("Tỉnh đoàn Nghệ An",
# "Huyện đoàn Phù Mỹ", "Quận đoàn 1").
YOUTH_COMMITTEES = (
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "quận đoàn",
    "thị đoàn",
    "đoàn khối",  # "Đoàn khối các cơ quan tỉnh": the Youth Union of a bloc of agencies
)

# Words of units' names that the press writes in sentence case, besides the sectors' and the
# graph's own names ("Bộ đội Biên phòng", "Tổng cục Chính trị", "Phòng Hậu cần", "Đài Phát
# thanh"): an unknown body's name goes on through them.
NAME_WORDS = (
    *("Biên phòng", "Cảnh sát", "Chính trị", "Hậu cần", "Tham mưu", "Quân sự", "Cơ yếu"),
    *("Phòng không", "Không quân", "Hải quân", "Cơ động", "Kiểm sát", "Nhân dân", "Thi hành"),
    *("Dân sự", "Hình sự", "Viên chức", "Phát thanh", "Truyền hình", "Chữ thập", "Luật gia"),
    *("Cựu chiến", "Thanh niên", "Phụ nữ", "Nông dân", "Khuyến học", "Hưu trí", "Trinh sát"),
    *("Kỹ thuật", "Tuyên huấn", "Tổ chức", "Kiểm tra", "Nghiệp vụ", "Hành chính", "Tổng hợp"),
    *("Truyền thống", "Xung phong", "Sinh viên", "Doanh nhân", "Nhà báo", "Văn nghệ"),
)

# The regions of Viet Nam the press names the provinces of a bloc by ("Công an các tỉnh Tây
# Nguyên: Kon Tum, Gia Lai, …"), as match keys; the longest first.
REGIONS = tuple(
    sorted(
        (
            tuple(name.split())
            for name in (
                *("tây nguyên", "tây bắc", "đông bắc", "việt bắc", "tây nam bộ", "đông nam bộ"),
                *("nam bộ", "bắc bộ", "trung bộ", "nam trung bộ", "bắc trung bộ", "miền trung"),
                *("duyên hải miền trung", "duyên hải nam trung bộ", "đồng bằng sông cửu long"),
                *("đồng bằng sông hồng", "đồng bằng bắc bộ", "miền đông nam bộ", "miền tây nam bộ"),
                *("trung du và miền núi phía bắc", "miền núi phía bắc", "đbscl", "đbsh"),
            )
        ),
        key=len,
        reverse=True,
    )
)

# The boards of a body whose seats the press writes after a member's title ("Ủy viên Ban Chấp
# hành Hội Luật gia Việt Nam"): the title of the post a seat on a mass organisation's board is.
BOARD_NAMES = ("Ban Chấp hành", "Ban Thường vụ", "Thường vụ")

# The provincial units of national systems as named since 2025 ("Thuế tỉnh Phú Thọ", "Thi
# hành án dân sự tỉnh Nghệ An", "Hải quan khu vực …"): heads of a unit's name, and also the
# name after a title's own head ("Chi cục trưởng Thuế huyện Bắc Bình": "Chi cục Thuế …").
SYSTEM_HEADS = ("thuế", "thi hành án", "hải quan")

# Head words of organisation names, to catch organisations the graph does not know.
ORG_HEADS = (
    "bộ",
    "ban",
    "hội đồng",
    "ủy ban",
    "tổng cục",
    "cục",
    "vụ",
    "viện",
    "tòa án",
    "văn phòng",
    "học viện",
    "đại học",
    # a university's or a hospital's department ("Khoa Chính trị - Hành chính, ĐHQG-HCM"),
    # not "khoa học", "khoa giáo" (see org_head_at)
    "khoa",
    "bảo hiểm",
    "kiểm toán",
    "thanh tra",
    "sở",
    "công an",
    # the police's fire and rescue service and other forces run as units of a province
    # ("Cảnh sát PCCC các tỉnh: …", "Cảnh sát PCCC và CNCH tỉnh Quảng Ninh")
    "cảnh sát",
    "vùng cảnh sát biển",  # "Tư lệnh Vùng Cảnh sát biển 4"
    "đài",
    # a television channel run as a unit ("Truyền hình Quốc hội Việt Nam", "Truyền hình Nhân
    # dân"), not the second half of "Đài Phát thanh và Truyền hình" (see org_head_at)
    "truyền hình",
    "thông tấn xã",
    "ngân hàng",
    "bộ tư lệnh",
    "bộ chỉ huy",
    "kho bạc",
    *SYSTEM_HEADS,
    "tổng công ty",
    "tập đoàn",
    "hội",
    "hiệp hội",
    "liên đoàn",
    "báo",
    "tạp chí",
    "nhà xuất bản",
    "trại giam",
    "bệnh viện",
    "bv",  # a hospital written short ("BV Việt Đức")
    "tct",  # a corporation written short ("TCT Điện lực miền Bắc")
    "trung tâm",
    "quỹ",
    "quân khu",
    "quân đoàn",
    "binh đoàn",
    "quân chủng",
    "binh chủng",
    "lữ đoàn",
    "sư đoàn",
    # the army's and the border guard's numbered units ("Trung đoàn 88", "Hải đoàn Biên phòng 18")
    "trung đoàn",
    "hải đoàn",
    "hải đội",
    "công đoàn",
    "cđ",  # "CĐ Dệt may VN": a trade union written short (a college is "Trường CĐ …")
    "bảo tàng",
    "thư viện",
    "nhà hát",
    "chi cục",
    "mặt trận",
    "công ty",
    "chi nhánh",
    "phân hiệu",  # a university's branch campus ("Phân hiệu Trường Đại học X tại Gia Lai")
    # a province's units of the national utilities, listed in its enterprises' blocs ("Điện lực
    # Hà Giang", "Viễn thông Hà Giang", "Bưu điện tỉnh", "Truyền tải điện Ninh Thuận")
    "điện lực",
    "viễn thông",
    "bưu điện",
    "truyền tải điện",
    "trường",
    "đoàn",
    "đoàn đại biểu",  # "Đoàn đại biểu Quốc hội tỉnh X", written in sentence case
    "đảng ủy",
    "đảng bộ",
    "đảng đoàn",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "tỉnh ủy",
    "thành ủy",
    "viện kiểm sát",
    "ủy ban",
    "vksnd",
    "vksqs",
    "lđlđ",
    "hnb",
    "hccb",
    "hlhpn",
    "bđbp",
    "tw hội",
    "tư hội",
    "tand",
    "btv",
    "ban thường vụ",
    "ban chấp hành",
    "ubnd",
    "hđnd",
    "bhxh",
    "kbnn",
    "ubmttq",
    "ub mttq",
    "ub mặt trận",
    "ubmttqvn",
    "mttq",
    "cơ quan",
    "trung tâm",
    "công ty",
    "chi cục",
    *YOUTH_COMMITTEES,
    "liên minh",
    # units of the post, telecoms, power, transport and production that sit in provincial blocs
    "bưu điện",
    "viễn thông",
    "cảng hàng không",
    "nhà máy",
    "xí nghiệp",
    "hợp tác xã",
    "hạt kiểm lâm",
    "đồn biên phòng",
    "tổng liên đoàn",
    "liên hiệp hội",  # "Liên hiệp Hội tỉnh Hải Dương": a province's union of science associations
    # an association's or the Youth Union's branch in a body ("Chi hội Luật gia Trường Đại học
    # Ngoại thương", "Chi đoàn Cục Kiểm tra văn bản")
    "chi hội",
    "chi đoàn",
    # "Liên hiệp các tổ chức hữu nghị", "Liên hiệp các Hội Văn học nghệ thuật", "Liên hiệp Hợp
    # tác xã …": a union, whatever it unites ("các" is part of its name)
    "liên hiệp",
    "trung ương hội",  # "Trung ương Hội Chữ thập đỏ": an association's central committee
    # clubs and parks that sit in provincial blocs ("Câu lạc bộ Hưu trí tỉnh", "CLB …", "Vườn
    # quốc gia Cát Tiên", "Ban quản lý" is a "ban")
    "câu lạc bộ",
    "clb",
    "vườn quốc gia",
    # a relic site run as a unit ("Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch")
    "khu di tích",
)

# Abbreviations in organisation names, expanded in the labels of minted entities (the city
# forms "TP.HCM", "TP Hà Nội" are CITY_FORMS, shared with minting).
LABEL_EXPANSIONS = (
    (re.compile(r"\bBR-VT\b|\bBR - VT\b"), "Bà Rịa - Vũng Tàu"),
    (re.compile(r"\bBà Rịa\s*[-–]\s*Vũng Tàu\b"), "Bà Rịa - Vũng Tàu"),
    (re.compile(r"\bViện KSND\b"), "Viện kiểm sát nhân dân"),
    (re.compile(r"\bVKSND\b"), "Viện kiểm sát nhân dân"),
    (re.compile(r"\bVKSQS\b"), "Viện kiểm sát quân sự"),
    (re.compile(r"\bLĐLĐ\b"), "Liên đoàn Lao động"),
    # the associations by the press's short names: "HNB tỉnh Quảng Trị", "HCCB huyện X"
    (re.compile(r"\bHNB\b"), "Hội Nhà báo"),
    (re.compile(r"\bHCCB\b"), "Hội Cựu chiến binh"),
    # the elderly's association: "Hội NCT huyện Cẩm Thủy" (Người cao tuổi)
    (re.compile(r"\bHội NCT\b"), "Hội Người cao tuổi"),
    (re.compile(r"\bHLHPN\b"), "Hội Liên hiệp Phụ nữ"),
    (re.compile(r"\bCLB\b"), "Câu lạc bộ"),
    # "Cục Kiểm tra văn bản QPPL": legal instruments (văn bản quy phạm pháp luật)
    (re.compile(r"\bQPPL\b"), "quy phạm pháp luật"),
    # the Women's Union by its short names: "Hội Phụ nữ tỉnh X", "Hội LHPN"
    (re.compile(r"\bHội (?:LHPN|Phụ nữ)\b"), "Hội Liên hiệp Phụ nữ"),
    # a province's border guard is its command: "Chỉ huy trưởng BĐBP tỉnh Đắk Nông", "Bộ BĐBP
    # tỉnh Bến Tre" (the command written short); not its Party committee ("Đảng ủy BĐBP tỉnh")
    (
        re.compile(r"(?:\bBộ )?(?<!Chỉ huy )(?<!Đảng ủy )\bBĐBP(?= (?:tỉnh|thành phố) [A-ZĐ])"),
        "Bộ Chỉ huy Bộ đội Biên phòng",
    ),
    (re.compile(r"\bBĐBP\b"), "Bộ đội Biên phòng"),
    (re.compile(r"\bTMCP\b"), "Thương mại cổ phần"),
    # "TW Hội Chữ thập đỏ": an association's central committee
    (re.compile(r"\b(?:TW|TƯ|T\.Ư)\s+(?=Hội\b)"), "Trung ương "),
    # "Tỉnh ủy tỉnh Bình Định": the committee's name says its kind of place once
    # (but "Thành ủy Thành phố Hồ Chí Minh": "Thành phố" is part of that city's name)
    (
        re.compile(
            r"\b(Tỉnh [uủ][ỷy]|Thành [uủ][ỷy]) (?:tỉnh|thành phố) (?=[A-ZĐ])(?!Hồ Chí Minh)"
        ),
        r"\1 ",
    ),
    (re.compile(r"\bTAND\b"), "Tòa án nhân dân"),
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    # "Liên hiệp Hội" is the short name of the unions of science and technology associations
    # ("gọi tắt là Liên hiệp Hội Việt Nam", vi.wikipedia.org, see aliases-wikipedia-vusta)
    (re.compile(r"\bLiên hiệp [Hh]ội\b"), "Liên hiệp các Hội Khoa học và Kỹ thuật"),
    # "&" between two words of a name is "và" ("Sở Nông nghiệp & PTNT")
    (re.compile(r"(?<=\w) & (?=\w)"), " và "),
    # a State Bank branch as the press writes it: "Chi nhánh NHNN tỉnh X"
    (re.compile(r"\b[Cc]hi nhánh NHNN\b"), "Ngân hàng Nhà nước Chi nhánh"),
    (re.compile(r"\bNHNN\b"), "Ngân hàng Nhà nước"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bĐBQH\b"), "đại biểu Quốc hội"),
    (re.compile(r"\bBTV\b"), "Ban Thường vụ"),
    # ministries' and departments' sectors as the press shortens them ("Sở TN-MT", "Sở GD&ĐT")
    (re.compile(r"\bNN\s*(?:-|&|và)?\s*PTNT\b"), "Nông nghiệp và Phát triển nông thôn"),
    # Agribank's own short form ("NHNo&PTNT", "NH NNoPTNT"): its "No" is "Nông nghiệp"
    (re.compile(r"\bNHNo\s*&?\s*PTNT\b"), "Ngân hàng Nông nghiệp và Phát triển nông thôn"),
    (re.compile(r"\bNNo\s*&?\s*PTNT\b"), "Nông nghiệp và Phát triển nông thôn"),
    (re.compile(r"\bDNNVV\b"), "doanh nghiệp nhỏ và vừa"),
    (re.compile(r"\bPTNT\b"), "Phát triển nông thôn"),
    (re.compile(r"\bTN\s*(?:-|&|và)\s*MT\b|\bTNMT\b"), "Tài nguyên và Môi trường"),
    (re.compile(r"\bGT\s*-\s*VT\b|\bGTVT\b"), "Giao thông vận tải"),
    (re.compile(r"\bKH\s*(?:-|&|và)\s*ĐT\b|\bKHĐT\b"), "Kế hoạch và Đầu tư"),
    (re.compile(r"\bKH\s*(?:-|&|và)\s*CN\b|\bKHCN\b"), "Khoa học và Công nghệ"),
    (re.compile(r"\bTT\s*(?:-|&|và)\s*TT\b|\bTTTT\b"), "Thông tin và Truyền thông"),
    (re.compile(r"\bGD\s*(?:-|&|và)\s*ĐT\b|\bGDĐT\b"), "Giáo dục và Đào tạo"),
    (
        re.compile(r"\bLĐ\s*-?\s*TB\s*(?:&|và)\s*XH\b|\bLĐTBXH\b"),
        "Lao động - Thương binh và Xã hội",
    ),
    (
        re.compile(r"\bVH\s*,?\s*-?\s*TT\s*(?:&|và)\s*DL\b|\bVHTTDL\b"),
        "Văn hóa, Thể thao và Du lịch",
    ),
    (re.compile(r"\bKCN\b"), "khu công nghiệp"),
    # universities and colleges: "Trường ĐH Sài Gòn", "ĐHQG Hà Nội", "Trường CĐ Y tế"
    (re.compile(r"\bĐHQG\b"), "Đại học Quốc gia"),
    (re.compile(r"\bĐH\b"), "Đại học"),
    (re.compile(r"(?<=Trường )CĐ\b"), "Cao đẳng"),
    # the emulation and awards councils and boards: "Hội đồng TĐKT tỉnh", "HĐTĐKT VOV"
    (re.compile(r"\bHĐTĐKT\b"), "Hội đồng Thi đua - Khen thưởng"),
    (re.compile(r"\bTĐKT\b"), "Thi đua - Khen thưởng"),
    (re.compile(r"^BV\b"), "Bệnh viện"),
    (re.compile(r"\bDTNN\b"), "Dự trữ Nhà nước"),
    (re.compile(r"\bPT\s*(?:-|&|và)\s*TH\b|\bPTTH\b"), "Phát thanh và Truyền hình"),
    # a district's station: "Đài TT-TH huyện Lắk" (Truyền thanh - Truyền hình)
    (re.compile(r"\bTT\s*[-–]\s*TH\b|\bTTTH\b"), "Truyền thanh - Truyền hình"),
    (re.compile(r"\bANND\b"), "An ninh nhân dân"),
    (re.compile(r"\bCSND\b"), "Cảnh sát nhân dân"),
    (re.compile(r"\bCAND\b"), "Công an nhân dân"),
    (re.compile(r"\bQĐND\b"), "Quân đội nhân dân"),
    (re.compile(r"\bCTĐ\b"), "Chữ thập đỏ"),
    (re.compile(r"(?<=[Tt]hành phố )HCM\b"), "Hồ Chí Minh"),
    # a unit named by the service alone ("lực lượng PCCC các tỉnh: …") is the police's
    (re.compile(r"^PCCC\b"), "Cảnh sát phòng cháy và chữa cháy"),
    (re.compile(r"\bPCCC\b"), "phòng cháy và chữa cháy"),
    # "BCH Quân sự", "BCH Bộ đội Biên phòng": a command (Bộ Chỉ huy), else the Party's or a
    # union's executive committee (Ban Chấp hành)
    (re.compile(r"\bBCH(?=\s+(?:Quân sự|QS|Bộ đội|BĐBP|Biên phòng)\b)"), "Bộ Chỉ huy"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    # "UB MTTQ", "UB nhân dân": the committee's word shortened on its own
    (re.compile(r"\bUB(?=\s+(?:MTTQ|Mặt trận|nhân dân)\b)"), "Ủy ban"),
    (re.compile(r"\bUBMTTQVN\b"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    # the Front's committees are named "Ủy ban Mặt trận Tổ quốc Việt Nam <place>"; the press
    # drops "Việt Nam" from the abbreviation ("Ủy ban MTTQ phường Hạc Thành")
    (re.compile(r"\bUBMTTQ\b(?!\s+(?:Việt Nam|VN)\b)"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bUBMTTQ\b"), "Ủy ban Mặt trận Tổ quốc"),
    (re.compile(r"\bMTTQVN\b"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bMTTQ\b(?!\s+(?:Việt Nam|VN)\b)"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bMTTQ\b"), "Mặt trận Tổ quốc"),
    # … and so does the full name ("Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An")
    (
        re.compile(r"\b(Ủy ban|Uỷ ban) (Mặt trận Tổ quốc)(?!\s+(?:Việt Nam|VN)\b)(?=\s+[a-zđ])"),
        r"\1 \2 Việt Nam",
    ),
    # "Mặt trận xã Bình Minh", "Mặt trận Tổ quốc thị trấn X": a place's Front is its committee
    (
        re.compile(
            r"^Mặt trận(?: Tổ quốc)?(?: Việt Nam)?"
            r"(?= (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) [A-ZĐÂĂÊÔƠƯ\d])"
        ),
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
    ),
    (re.compile(r"\bBHXH\b"), "Bảo hiểm xã hội"),
    (re.compile(r"\bBảo hiểm XH\b"), "Bảo hiểm xã hội"),
    # a place word the text doubles by mistake ("Trung tâm … du lịch tỉnh tỉnh Bà Rịa - Vũng Tàu")
    (re.compile(r"\b(tỉnh|huyện|thành phố) \1\b"), r"\1"),
    # a college or vocational school named without "Trường" ("Cao đẳng Y tế Đồng Nai")
    (re.compile(r"^(?=(?:Cao đẳng|Trung cấp) \w)"), "Trường "),
    (re.compile(r"\bCATW\b|\bCATƯ\b|\bCA\s?T\.Ư\b"), "Công an Trung ương"),
    (re.compile(r"\bUBKT\b"), "Ủy ban Kiểm tra"),
    (re.compile(r"\bNDVN\b"), "Nông dân Việt Nam"),
    (re.compile(r"\bCCB\b"), "Cựu chiến binh"),
    (re.compile(r"\bCAND\b"), "Công an nhân dân"),
    (re.compile(r"\bQĐND\b"), "Quân đội nhân dân"),
    (re.compile(r"(?<![\w.])T\.Ư(?![\w.])|(?<![\w.])TƯ(?!\w)"), "Trung ương"),
    # "Tòa án tỉnh X", "Viện kiểm sát huyện Y": the people's court and procuracy written short
    # (however capitalised: "Viện Kiểm sát tỉnh", "Toà án Tỉnh")
    (
        re.compile(r"\bT(?:òa|oà) án(?= (?:tỉnh|thành phố|huyện|quận|thị xã)\b|$)", re.IGNORECASE),
        "Tòa án nhân dân",
    ),
    (
        re.compile(r"\bViện kiểm sát(?= (?:tỉnh|thành phố|huyện|quận|thị xã)\b|$)", re.IGNORECASE),
        "Viện kiểm sát nhân dân",
    ),
    (re.compile(r"\bTHADS\b"), "Thi hành án dân sự"),
    # a province's border guard is its "Bộ Chỉ huy Bộ đội Biên phòng" (as "Bộ CHQS tỉnh" is its
    # military command): "Chỉ huy trưởng Bộ đội Biên phòng tỉnh Đắk Nông"
    (
        re.compile(r"^Bộ đội Biên phòng(?= (?:tỉnh|thành phố)\b)", re.IGNORECASE),
        "Bộ Chỉ huy Bộ đội Biên phòng",
    ),
    (re.compile(r"\bCHQS\b"), "Chỉ huy quân sự"),
    (re.compile(r"\bLHPN\b"), "Liên hiệp Phụ nữ"),
    (re.compile(r"\bTHPT\b"), "Trung học phổ thông"),
    (re.compile(r"\bTHCS\b"), "Trung học cơ sở"),
    # the legal forms of companies (Luật Doanh nghiệp): "Công ty TNHH MTV …", "Công ty CP …"
    # "Tổng Công ty Văn hóa Sài Gòn – Công ty TNHH Một thành viên": the company's legal form
    # after its name is no part of the name
    (
        re.compile(
            r"\s+[-–]\s+Công ty (?:TNHH|[Tt]rách nhiệm hữu hạn) (?:MTV|[Mm]ột thành viên)\s*$"
        ),
        "",
    ),
    (re.compile(r"\bQLTT\b"), "Quản lý thị trường"),  # "Cục QLTT tỉnh …", "Tổng cục QLTT"
    # the administration's common abbreviations in units' names
    (re.compile(r"\bKBNN\b"), "Kho bạc Nhà nước"),
    (re.compile(r"\bKTNN\b"), "Kiểm toán Nhà nước"),
    (re.compile(r"\bNHCSXH\b"), "Ngân hàng Chính sách xã hội"),
    (re.compile(r"\bNXB\b"), "Nhà xuất bản"),
    (re.compile(r"\bBQLDA\b"), "Ban Quản lý dự án"),
    (re.compile(r"\bBQL\b"), "Ban Quản lý"),
    # the zones a "Ban Quản lý các KCN, KCX, KKT" runs
    (re.compile(r"\bKCN\b"), "khu công nghiệp"),
    (re.compile(r"\bKCX\b"), "khu chế xuất"),
    (re.compile(r"\bKKT\b"), "khu kinh tế"),
    (re.compile(r"\bQLDA\b"), "quản lý dự án"),
    (re.compile(r"\bTTYT\b"), "Trung tâm Y tế"),
    (re.compile(r"\bBVĐK\b"), "Bệnh viện Đa khoa"),
    (re.compile(r"\bBV(?= [A-ZĐÂĂÊÔƠƯ])"), "Bệnh viện"),  # "Giám đốc BV Việt Đức"
    (re.compile(r"\bTCT(?= [A-ZĐÂĂÊÔƠƯ])"), "Tổng công ty"),  # "Công đoàn TCT Điện lực …"
    (re.compile(r"\bTCHC\b"), "Tổ chức - Hành chính"),
    (re.compile(r"\bTCCB\b"), "Tổ chức cán bộ"),
    (re.compile(r"\bCNCH\b"), "cứu nạn, cứu hộ"),
    (re.compile(r"\bCĐCS\b"), "Công đoàn cơ sở"),
    (re.compile(r"\bHTX\b"), "Hợp tác xã"),
    (re.compile(r"\bTNHH\b"), "Trách nhiệm hữu hạn"),
    (re.compile(r"\bMTV\b"), "Một thành viên"),
    (re.compile(r"(?<=Công ty )CP\b"), "Cổ phần"),
    # the trades companies' names write short ("Công ty CP XD giao thông", "TM & DL")
    (re.compile(r"\bXD\b"), "Xây dựng"),
    (re.compile(r"\bTM\b"), "Thương mại"),
    (re.compile(r"\bDL\b"), "Du lịch"),
    # a province's branch of the State Bank until 2025 ("NHNN tỉnh Lai Châu" is its "Ngân hàng
    # Nhà nước chi nhánh tỉnh Lai Châu")
    (
        re.compile(r"(?<![Cc]hi nhánh )\bNgân hàng Nhà nước(?= (?:tỉnh|thành phố) [A-ZĐÂĂÊÔƠƯ])"),
        "Ngân hàng Nhà nước chi nhánh",
    ),
    (re.compile(r"\bCPCS\b"), "Cổ phần Cao su"),
    (re.compile(r"\bCĐ\b"), "Công đoàn"),
    (re.compile(r"\bVN\b"), "Việt Nam"),
)
#: "TP.HCM", "TP Hà Nội", "Tp. Cần Thơ": a centrally-run city written out.
CITY_FORMS = (
    (re.compile(r"\bTP\.?\s*HCM\b|\bTPHCM\b", re.IGNORECASE), "thành phố Hồ Chí Minh"),
    (re.compile(r"\bT[Pp]\.?\s*(?=[A-ZĐÂĂÊÔƠƯ])"), "thành phố "),
    (re.compile(r"\bT[Pp]\.?$"), "thành phố"),
)
# State units with one unit in each province, whose official names put "tỉnh"/"thành phố"
# before the province ("Sở Y tế tỉnh Nghệ An", "Kho bạc Nhà nước tỉnh Bắc Giang"); the press
# often writes the province bare after them ("Kho bạc Nhà nước Bắc Giang").
UNITS_IN_EACH_PROVINCE = (
    "Sở",
    "Công an",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Viện kiểm sát nhân dân",
    "Tòa án nhân dân",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Thanh tra",
    "Cục Thuế",
    "Cục Thống kê",
    "Cục Thi hành án dân sự",
    # the provincial branches of central systems: "Cục Quản lý thị trường tỉnh Gia Lai" (2018-
    # 2025; before, the Sở Công Thương's Chi cục), "Cục Hải quan tỉnh …", "Ngân hàng Nhà nước
    # chi nhánh tỉnh …"
    "Cục Quản lý thị trường",
    "Chi cục Quản lý thị trường",
    "Cục Hải quan",
    "Ngân hàng Nhà nước chi nhánh",
    "Kho bạc Nhà nước",
    "Bảo hiểm xã hội",
    "Liên đoàn Lao động",
    "Ủy ban Mặt trận Tổ quốc",
    "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "Văn phòng Đoàn đại biểu Quốc hội",
    "Hội",  # "Hội Nhà báo tỉnh Vĩnh Phúc", "Hội Chữ thập đỏ tỉnh …"
    "Liên minh Hợp tác xã",
    "Trường Chính trị",
    "Đài Phát thanh và Truyền hình",
)

# Words that end an organisation's name when read backwards from a bloc role.
ORG_NAME_BREAKS = frozenset(
    {
        "đã",
        "bầu",
        "sẽ",
        "được",
        "là",
        "làm",
        "giữ",
        "của",
        "cho",
        "với",
        "tại",
        "có",
        "thống",
        "nhất",
        "đại",
        "diện",
        "trước",
        "theo",
        "và",
        "nhận",
        "trao",
        "tặng",
        # "… Bộ Giáo dục và Đào tạo cũng như bầu Cụm trưởng": "as well as" joins two verbs
        "cũng",
        "như",
    }
)

# Administrative-unit words that continue a place name across commas.
PLACE_UNITS = (
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "thị xã",
    "tỉnh",
    "thành phố",
    "tp.",
    "tp",
)

EVENT_KIND_CUES = {
    "event-kind/so-ket": re.compile(r"\bsơ\s+kết\b", re.IGNORECASE),
    # "tổng kết"; a meeting held to rate the year's emulation ("họp xét thi đua năm 2020",
    # "hội nghị bình xét công tác thi đua, khen thưởng", "hội nghị chấm điểm, bình xét thi
    # đua"), the year-end review by another name
    "event-kind/tong-ket": re.compile(
        r"\btổng\s+kết\b|\b(?:họp|hội\s+nghị)\s+(?:(?:bình\s+)?xét|chấm\s+điểm)\b"
        r"(?=[^.;]{0,40}?\b(?:thi\s+đua|khen\s+thưởng|suy\s+tôn))"
        # "tổ chức (hội nghị) đánh giá kết quả thực hiện phong trào thi đua năm 2024": the year's
        # review (not of the first half: "đánh giá 6 tháng đầu năm", a sơ kết)
        r"|\b(?:hội\s+nghị|tổ\s+chức)\s+đánh\s+giá\b(?=[^.;]{0,60}?\bthi\s+đua\b)"
        r"(?![^.;]{0,80}?\btháng\b)",
        re.IGNORECASE,
    ),
    # "ký kết giao ước", "kí kết" (the older spelling), "ký giao ước", "ký kết thi đua"
    "event-kind/ky-ket-giao-uoc": re.compile(
        r"(?<!đăng )(?<!Đăng )\b(?:ký|kí)(?:\s+kết)?\s+(?:giao\s+ước|thi\s+đua)\b", re.IGNORECASE
    ),
    "event-kind/trien-khai": re.compile(
        r"\btriển\s+khai\s+(?:phương\s+hướng,?\s*)?"
        r"(?:nhiệm\s+vụ|kế\s+hoạch|chương\s+trình|công\s+tác|phong\s+trào\s+thi\s+đua)"
        # not "… nhiệm vụ 6 tháng cuối năm 2023" (the second half of a year under review)
        r"(?![^.;]{0,20}?tháng\s+cuối)"
        r"(?:[^.;]{0,60}?)\s+(?:năm\s+)?\d{4}\b|\bphát\s+động\s+(?:phong\s+trào\s+)?thi\s+đua\b"
        # "phát động (phong trào), ký kết giao ước thi đua năm 2026", "phát động và ký giao ước"
        r"|\bphát\s+động\s*(?:phong\s+trào\s*)?(?:,|và)\s*(?:ký|kí)\b"
        # "bàn/đề ra phương hướng (thực hiện) nhiệm vụ năm 2026" (not "tổng kết năm 2020 và
        # phương hướng nhiệm vụ năm 2021", the review's own title, as gold mostly reads it)
        r"|\b(?:bàn|đề\s+ra)\s+phương\s+hướng,?\s*(?:thực\s+hiện\s+)?nhiệm\s+vụ"
        r"(?![^.;]{0,20}?tháng\s+cuối)(?:[^.;]{0,40}?)\s+năm\s+\d{4}\b"
        # "Hội nghị triển khai công tác thi đua", "Hội nghị triển khai kế hoạch hoạt động thi đua"
        r"|\bhội\s+nghị\s+triển\s+khai\s+(?:công\s+tác|kế\s+hoạch(?:\s+hoạt\s+động)?)\s+thi\s+đua\b"
        # "Hội nghị triển khai quy chế hoạt động …", "hội nghị giao ban triển khai công tác …": a
        # meeting named as a launch (read from "triển khai", so that a longer cue above reads
        # first; not "các hội nghị" the bloc held in the year)
        r"|(?:(?<=(?<!các )hội nghị )|(?<=(?<!các )hội nghị giao ban ))triển\s+khai\b",
        re.IGNORECASE,
    ),
}
CHAIR_CUE = re.compile(r"\bchủ\s+trì\b", re.IGNORECASE)
SPEAKER_CUE = re.compile(r"\b(?:phát\s+biểu|kết\s+luận)\b", re.IGNORECASE)
CONFERENCE_CUE = re.compile(r"\bhội\s+nghị\b", re.IGNORECASE)
FIRST_HALF = re.compile(r"6\s+tháng\s+đầu\s+năm\s+(\d{4})", re.IGNORECASE)
PLAN_YEAR = re.compile(
    r"triển\s+khai\s+nhiệm\s+vụ(?:\s+công\s+tác)?\s+năm\s+(\d{4})", re.IGNORECASE
)
YEAR = re.compile(r"\bnăm\s+(?:học\s+)?(\d{4})\b", re.IGNORECASE)  # "năm học 2013 - 2014": 2013
QUOTED = r"[\"“”]([^\"“”]{3,300})[\"”]"
THEME = re.compile(r"chủ\s+đề\s*:?\s*" + QUOTED, re.IGNORECASE)
MOTTO = re.compile(
    r"phương\s+châm(?:\s+hành\s+động)?\s+(?:của\s+)?Chính\s+phủ(?:\s+năm\s+(\d{4}))?\s*:?\s*"
    + QUOTED,
    re.IGNORECASE,
)
MEMBER_COUNT = re.compile(
    r"\b(?:có|gồm)\s+(\d{1,3})\s+(?:đơn\s+vị|cơ\s+quan|thành\s+viên|bộ,\s*ngành|bộ|ban)",
    re.IGNORECASE,
)
#: Head words of a bloc's name: "Khối thi đua …" and the clusters "Cụm thi đua …".
BLOC_HEAD_WORDS = frozenset({"Khối", "Cụm"})
# Uses of "Khối" that are not emulation blocs (text-pitfalls.md §4). "Khối ANND" (the people's
# security bloc inside a provincial police) is a bloc, internal to its police.
NOT_A_BLOC = re.compile(
    r"Đảng\s+bộ\s+Khối|(?:Khối|Cụm)\s+(?:trưởng|phó)",
    re.IGNORECASE,
)
# Words after which a bloc name has ended.
BLOC_NAME_STOP = frozenset(
    [
        "họp",
        "tổ",
        "chức",
        "có",
        "gồm",
        "đã",
        "đang",
        "năm",
        "ký",
        "ttriển",
        "triển",
        "quan",
        "diễn",
        "xác",
        "thuộc",
        "là",
        "được",
        "với",
        "tại",
        "trong",
        "của",
        "và",
        "cùng",
        "do",
        "đề",
        "nhằm",
        "luôn",
        "sẽ",
        "vừa",
        "hội",
        "tiến",  # "tiến hành"
        "long",  # "long trọng"
        "phối",  # "phối hợp"
    ]
)
# A document named before a date ("Kế hoạch số 12/KH-UBND ngày …", "số 123-QĐ/TU ngày …"); a
# bare number is a bloc's ("Cụm thi đua số 1 diễn ra ngày …"), not a document's.
DOC_CUE = re.compile(
    r"(?:số\s+\w+[/-][\w/-]*|Chỉ\s+thị|Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Thông\s+tư|"
    r"Thông\s+báo|Tờ\s+trình|Hướng\s+dẫn|Công\s+văn|Luật)[^.;]{0,40}$",
    re.IGNORECASE,
)

__all__ = [
    "BLOC_HEAD_WORDS",
    "BLOC_NAME_STOP",
    "BOARD_NAMES",
    "CHAIR_CUE",
    "CITY_FORMS",
    "CONFERENCE_CUE",
    "DOC_CUE",
    "EVENT_KIND_CUES",
    "FALLBACK_POST_ROLES",
    "FIRST_HALF",
    "IMPLICIT_HEAD",
    "LABEL_EXPANSIONS",
    "LOCAL_PHRASES",
    "LOCAL_WORDS",
    "MEMBER_COUNT",
    "MOTTO",
    "NAME_WORDS",
    "NOT_A_BLOC",
    "NOT_PEOPLE",
    "ORG_HEADS",
    "ORG_NAME_BREAKS",
    "PLACE_UNITS",
    "PLAN_YEAR",
    "POLICE_LEVELS",
    "QUOTED",
    "RANK_EQUIVALENT_TITLES",
    "REGIONS",
    "SECTOR_NAMES",
    "SPEAKER_CUE",
    "SURNAMES",
    "SYSTEM_HEADS",
    "THEME",
    "UNITS_IN_EACH_PROVINCE",
    "YEAR",
    "YOUTH_COMMITTEES",
]
