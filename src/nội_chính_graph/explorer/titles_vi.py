"""Vietnamese titles of the competency questions (``queries/competency/*.rq``), by file name.

The files carry their English title in their first comment line; the explorer shows the title
in the page's language, so every example needs one here too (a test checks that none is
missing).
"""

TITLES_VI: dict[str, str] = {
    "01-bloc-members-2023": (
        "CQ1: Những cơ quan nào là thành viên Khối thi đua các bộ, ngành nội chính Trung ương "
        "năm 2023?"
    ),
    "02-bloc-leader-2023": "CQ2: Cơ quan nào là khối trưởng của khối năm 2023?",
    "03-conference-speakers-and-ranks": (
        "CQ3: Ai phát biểu tại hội nghị sơ kết 6 tháng đầu năm 2023 của khối, "
        "với cấp bậc hàm nào (nếu có)?"
    ),
    "04-officials-rank-at-least-trung-tuong": (
        "CQ4: Những cán bộ nào mang cấp bậc hàm từ Trung tướng trở lên?"
    ),
    "05-post-and-agency-of-tran-quoc-to": (
        "CQ5: Trần Quốc Tỏ giữ chức vụ gì, ở cơ quan nào, và chức vụ được gọi tên thế nào?"
    ),
    "06-source-sentence-of-leader-2023": (
        "CQ6: Câu nào của bản tin nào nêu Kiểm toán Nhà nước là khối trưởng năm 2023, "
        "và câu đó nằm ở đâu trong văn bản?"
    ),
    "07-conference-chairs": "CQ7: Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2023 của khối?",
    "08-theme-2023": "CQ8: Chủ đề thi đua năm 2023 của khối là gì?",
    "09-government-motto-2023": (
        "CQ9: Phương châm hành động năm 2023 của Chính phủ là gì, và do ai đề ra?"
    ),
    "10-central-committee-members": (
        "CQ10: Ai được ghi nhận là Ủy viên Ban Chấp hành Trung ương Đảng?"
    ),
    "11-period-covered": "CQ11: Hội nghị xem xét giai đoạn nào (ngày bắt đầu và kết thúc)?",
    "12-agency-alt-labels": (
        "CQ12: Mọi tên gọi khác của mọi tổ chức (bỏ dấu và so khớp ở phía người gọi, "
        "ví dụ 'tand toi cao')."
    ),
    "13-facts-without-evidence": (
        "CQ13: Có bao nhiêu dữ kiện không có chú thích bằng chứng (phải là 0)?"
    ),
    "14-fact-graphs-provenance": (
        "CQ14: Với mỗi dữ kiện: đồ thị có tên chứa nó và nguồn của đồ thị đó (để trống nếu thiếu)."
    ),
    "15-stated-member-count-2023": "CQ15: Bản tin nói khối có bao nhiêu thành viên năm 2023?",
    "16-annotation-offsets": (
        "CQ16: Mọi chú thích văn bản, với tệp bản tin, vị trí và câu được trích."
    ),
    "17-suborganisation-of-ministry": (
        "CQ17: Những cán bộ nào giữ chức vụ ở một đơn vị trực thuộc Bộ Quốc phòng "
        "(org:subOrganizationOf+)?"
    ),
    "18-report-known-metadata": (
        "CQ18: Đồ thị ghi nhận gì về địa chỉ, nơi đăng và ngày đăng của bản tin gốc "
        "(không biết điều nào)?"
    ),
    "19-functions-taken-over-2025": (
        "CQ19: Những cơ quan nào tiếp nhận chức năng của một tổ chức năm 2025 "
        "(mỗi tổ chức cũ và các cơ quan tiếp nhận)?"
    ),
    "20-provinces-merged-2025-07-01": (
        "CQ20: Những tỉnh, thành phố nào được hợp nhất thành mỗi đơn vị mới ngày 1/7/2025?"
    ),
    "21-party-central-organs-in-force": (
        "CQ21: Những cơ quan Đảng ở Trung ương nào tồn tại ngày 1/6/2024 và ngày 1/6/2025 "
        "(bắt đầu <= D < kết thúc)?"
    ),
    "22-blocs-of-agency-by-year": (
        "CQ22: Mỗi cơ quan, tổ chức Đảng thuộc những khối thi đua nào, theo năm và vai trò?"
    ),
    "23-institutions-by-kind-and-level": (
        "CQ23: Có bao nhiêu cơ quan, tổ chức thuộc mỗi loại ở mỗi cấp?"
    ),
    "24-party-roles-of-term": (
        "CQ24: Khóa XIII có những chức vụ Đảng nào, trong cơ quan lãnh đạo nào, "
        "và nguồn nêu bao nhiêu người giữ?"
    ),
    "25-party-term-on-a-date": (
        "CQ25: Khóa nào của Ban Chấp hành Trung ương Đảng đang diễn ra vào ngày 1/6/2016, "
        "1/6/2023 và 1/6/2026 (bắt đầu <= D < kết thúc), và bắt đầu khi nào?"
    ),
    "26-bloc-leaders-by-year": (
        "CQ26: Theo từng năm, cơ quan nào là khối trưởng, khối phó của mỗi khối thi đua "
        "thuộc hệ thống Trung ương, và bản tin nào nêu điều đó?"
    ),
}

__all__ = ["TITLES_VI"]
