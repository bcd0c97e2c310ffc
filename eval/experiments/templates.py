"""Experiment (not part of the library): re-render the dev split's gold in press templates.

Each template is a way the press writes one thing: a bloc's member list ("gồm 7 đơn vị: A, B
và C", one a line, "Tham gia … có …", the units before "là các đơn vị thuộc …") or the holders
of its roles ("bầu X làm Khối trưởng", "X giữ vai trò …", "Khối trưởng năm 2025 là X", "X -
đơn vị Khối trưởng"). Real blocs and members from the dev gold (never test's) fill each
template; the extractor reads the short text, and this prints the recall and precision of
members and leaders per template. A template far below the others is a form of the press the
rules miss, found without reading any report. Sessions 43 on fixed what it showed; the
figures are in the README (issue 11).

    python eval/experiments/templates.py [N] [SEED] [-a] [-v TEMPLATE]

N blocs are sampled (default 40) with SEED (default 7); -a writes the names with the press's
abbreviations (UBND, TT&TT, Bộ CHQS, …); -v prints each failure of one template.
"""

import datetime as dt
import json
import random
import sys

from nội_chính_graph.ingest.evaluate import _Facts, default_graph_files, load_graph
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.resources import resource_root

ROOT = resource_root()
g = Gazetteer.from_graph(load_graph(default_graph_files(ROOT)))
F = _Facts(g)
blocs = []
for p in sorted((ROOT / "eval" / "corpus" / "dev").glob("*.gold.json")):
    d = json.loads(p.read_text(encoding="utf-8"))
    for b in d["blocs"]:
        ms = b["members"] or []
        if 4 <= len(ms) <= 12 and b["label"] and ("hối" in b["label"] or "ụm" in b["label"]):
            # a province after a comma is the gold's way of writing it, not the press's
            ms = [m.replace(", tỉnh ", " tỉnh ").replace(", thành phố ", " thành phố ") for m in ms]
            blocs.append(
                (p.stem, b["label"], [m.replace(", Thành phố ", " Thành phố ") for m in ms])
            )
args = [a for a in sys.argv[1:] if not a.startswith("-")]
N = int(args[0]) if args else 40
random.seed(int(args[1]) if len(args) > 1 else 7)
sample = random.sample(blocs, min(N, len(blocs)))


def lst(ms, sep=", ", last=" và "):
    return sep.join(ms[:-1]) + last + ms[-1]


def role(label):
    return "Cụm trưởng" if label.lower().startswith("cụm") else "Khối trưởng"


def dep(label):
    return "Cụm phó" if label.lower().startswith("cụm") else "Khối phó"


T = {
    "colon": lambda b, ms: f"{b} gồm {len(ms)} đơn vị: {lst(ms)}.",
    "semis": lambda b, ms: f"{b} gồm các đơn vị: {lst(ms, '; ', '; ')}.",
    "bullets": lambda b, ms: f"{b} gồm các đơn vị sau:\n" + "\n".join(f"- {m};" for m in ms),
    "numbered": lambda b, ms: (
        f"{b} gồm {len(ms)} thành viên:\n" + "\n".join(f"{i + 1}. {m}" for i, m in enumerate(ms))
    ),
    "thamgia": lambda b, ms: f"Tham gia {b} năm 2024 có {lst(ms)}.",
    "paren": lambda b, ms: (
        f"Ngày 12/3/2024, {b} (gồm {lst(ms)}) tổ chức hội nghị ký kết giao ước thi đua năm 2024."
    ),
    "thanhvienla": lambda b, ms: f"{b} có {len(ms)} thành viên là {lst(ms)}.",
    "daidien": lambda b, ms: (
        f"Dự hội nghị có đại diện lãnh đạo {len(ms)} đơn vị thành viên {b}, gồm: {lst(ms)}."
    ),
    "before": lambda b, ms: f"{lst(ms)} là các đơn vị thuộc {b}.",
    "baogom": lambda b, ms: f"{b} bao gồm {lst(ms)}.",
    "cacdonvi": lambda b, ms: (
        f"Hội nghị tổng kết {b} năm 2024. Các đơn vị trong Khối gồm: {lst(ms)}."
    ),
    "lead_bau": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. Hội nghị đã bầu {ms[1]} làm {role(b)}, {ms[2]} làm {dep(b)} năm 2025."
    ),
    "lead_paren": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. Năm 2025, {ms[1]} ({role(b)}) và {ms[2]} ({dep(b)})."
    ),
    "lead_giu": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. Năm 2025, {ms[1]} giữ vai trò {role(b)}; {ms[2]} giữ vai trò {dep(b)}."
    ),
    "lead_la": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. {role(b)} năm 2025 là {ms[1]}, {dep(b)} là {ms[2]}."
    ),
    "lead_dash": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. Ngày 5/3/2025, {ms[1]} - đơn vị {role(b)} năm 2025 tổ chức hội nghị ký kết giao ước thi đua."
    ),
    "lead_giao": lambda b, ms: (
        f"{b} gồm: {lst(ms)}. Hội nghị thống nhất giao {ms[1]} làm {role(b)} năm 2025, {ms[2]} làm {dep(b)}."
    ),
    "lead_colhead": lambda b, ms: (
        f"{b} gồm: {ms[1]} ({role(b)}), {ms[2]} ({dep(b)}), {lst(ms[:1] + ms[3:])}. Năm 2025 khối tổ chức ký kết giao ước."
    ),
}
T.update(
    {
        "twosent": lambda b, ms: (
            f"Ngày 5/3/2025, {b} tổ chức hội nghị ký kết giao ước thi đua năm 2025. Khối gồm {len(ms)} đơn vị: {lst(ms)}."
        ),
        "twosent2": lambda b, ms: f"{b} có {len(ms)} đơn vị thành viên. Các đơn vị gồm: {lst(ms)}.",
        "thamdu": lambda b, ms: (
            f"Dự hội nghị có lãnh đạo các đơn vị: {lst(ms)}, là thành viên {b}."
        ),
        "gomco": lambda b, ms: f"{b} gồm có {len(ms)} thành viên, đó là: {lst(ms)}.",
        "lead_suyton": lambda b, ms: (
            f"{b} gồm: {lst(ms)}. Hội nghị đã thống nhất suy tôn {ms[1]} làm {role(b)}, {ms[2]} làm {dep(b)} {b} năm 2025."
        ),
        "lead_person": lambda b, ms: (
            f"{b} gồm: {lst(ms)}. Đồng chí Nguyễn Văn Hùng, Giám đốc {ms[1]}, {role(b)} {b} năm 2025 chủ trì hội nghị; {ms[2]} là {dep(b)}."
        ),
        "lead_coluanluu": lambda b, ms: (
            f"{b} gồm: {lst(ms)}. Tại hội nghị, {ms[0]} đã trao cờ luân lưu {role(b)} năm 2025 cho {ms[1]}; {ms[2]} được bầu làm {dep(b)}."
        ),
        "lead_duocbau": lambda b, ms: (
            f"{b} gồm: {lst(ms)}. {ms[1]} được bầu làm {role(b)} năm 2025; {ms[2]} được bầu làm {dep(b)}."
        ),
        "lead_donvi": lambda b, ms: (
            f"{b} gồm: {lst(ms)}. Năm 2025, đơn vị {role(b)} là {ms[1]}, đơn vị {dep(b)} là {ms[2]}."
        ),
    }
)
T.update(
    {
        "lead_tk_noyear": lambda b, ms: (
            f"Ngày 15/12/2024, {b} tổ chức hội nghị tổng kết công tác thi đua năm 2024. {b} gồm: {lst(ms)}. Hội nghị đã bầu {ms[1]} làm {role(b)}, {ms[2]} làm {dep(b)}."
        ),
        "lead_tk_suyton": lambda b, ms: (
            f"Ngày 20/1/2025, {b} tổng kết công tác thi đua năm 2024 và ký kết giao ước thi đua năm 2025. {b} gồm: {lst(ms)}. Hội nghị thống nhất suy tôn {ms[1]} giữ vai trò {role(b)}, {ms[2]} giữ vai trò {dep(b)}."
        ),
        "lead_chair": lambda b, ms: (
            f"Ngày 10/3/2025, tại {ms[1]}, {b} tổ chức hội nghị ký kết giao ước thi đua năm 2025. {b} gồm: {lst(ms)}. Đồng chí Nguyễn Văn Hùng, Giám đốc {ms[1]} - đơn vị {role(b)} chủ trì hội nghị; {ms[2]} là {dep(b)}."
        ),
        "lead_bangiao": lambda b, ms: (
            f"Ngày 15/12/2024, {b} tổ chức hội nghị tổng kết công tác thi đua năm 2024. {b} gồm: {lst(ms)}. Tại hội nghị, {ms[0]} đã bàn giao nhiệm vụ {role(b)} cho {ms[1]}; {ms[2]} được bầu làm {dep(b)}."
        ),
    }
)
ABBREVIATIONS = [
    ("Ủy ban nhân dân", "UBND"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam"),
    ("Thông tin và Truyền thông", "TT&TT"),
    ("Bộ Chỉ huy Quân sự", "Bộ CHQS"),
    ("Ban Chỉ huy Quân sự", "Ban CHQS"),
    ("Liên đoàn Lao động", "LĐLĐ"),
    ("Văn hóa, Thể thao và Du lịch", "VH-TT&DL"),
    ("Tài nguyên và Môi trường", "TN&MT"),
    ("Lao động - Thương binh và Xã hội", "LĐ-TB&XH"),
    ("Trung học phổ thông", "THPT"),
    ("Kế hoạch và Đầu tư", "KH&ĐT"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Đài Phát thanh và Truyền hình", "Đài PT-TH"),
    ("Bảo hiểm xã hội", "BHXH"),
    ("Nông nghiệp và Phát triển nông thôn", "NN&PTNT"),
    ("Giáo dục và Đào tạo", "GD&ĐT"),
    ("Cựu chiến binh", "CCB"),
    ("Thành phố Hồ Chí Minh", "TP.HCM"),
    ("thành phố", "TP"),
    ("Trách nhiệm hữu hạn", "TNHH"),
    ("Cổ phần", "CP"),
]
LEAD = {k for k in T if k.startswith("lead")}
if "-a" in sys.argv:

    def ab(m):
        for a, b in ABBREVIATIONS:
            m = m.replace(a, b)
        return m

    GOLD = {(st, ab(b)): ms for st, b, ms in sample}
    sample = [(st, ab(b), [ab(m) for m in ms]) for st, b, ms in sample]
else:
    GOLD = {(st, b): ms for st, b, ms in sample}
only = sys.argv[sys.argv.index("-v") + 1] if "-v" in sys.argv else None
for name, f in T.items():
    if only and name != only:
        continue
    tp = fn = fp = ltp = lfn = 0
    for stem, b, ms in sample:
        dated = name.startswith(("lead_tk", "lead_chair", "lead_bangiao"))
        text = (
            "Tin hoạt động\n\n" if dated else "Hội nghị ký kết giao ước thi đua năm 2025\n\n"
        ) + f(b, ms)
        ex = extract_report(text, g, report_slug="x", url=None, received=dt.date(2025, 5, 1))
        gms = GOLD[(stem, b)]
        gold = {F.agency(m) for m in gms}
        found = {F.agency(m.label, m.id) for bl in ex.summary.blocs for m in bl.members}
        tp += len(gold & found)
        fn += len(gold - found)
        fp += len(found - gold)
        gl = fl = set()
        if name in LEAD:
            gl = {(F.agency(gms[1]), "2025", "leader")}
            if name != "lead_dash":
                gl.add((F.agency(gms[2]), "2025", "deputy"))
            fl = {
                (F.agency(x.agency.label, x.agency.id), str(x.year), x.role)
                for bl in ex.summary.blocs
                for x in bl.leaders
            }
            ltp += len(gl & fl)
            lfn += len(gl - fl)
        if only and (gold - found or found - gold or gl - fl):
            print("==", stem, "|", text.split("\n", 2)[2][:400].replace("\n", " / "))
            for x in sorted(found - gold):
                print("  +", x)
            for x in sorted(gold - found):
                print("  -", x)
            for x in sorted(gl - fl):
                print("  L-", x)
            for x in sorted(fl - gl):
                print("  L+", x)
    leaders = f"  leaders R={ltp / max(1, ltp + lfn):.2f}" if name in LEAD else ""
    print(
        f"{name:14s} members R={tp / (tp + fn):.2f} P={tp / max(1, tp + fp):.2f} ({tp}/{fp}/{fn}){leaders}"
    )
