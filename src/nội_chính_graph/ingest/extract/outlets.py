"""Provincial outlets whose web address does not carry their province's name.

A provincial outlet's report is about its own province's units when its text names no
province (see ``names.province_from_url``). Most addresses say it ("baohagiang.vn",
"portal.thaibinh.gov.vn"); these do not. Each entry cites a public page that states whose
outlet it is; the province is the one of that page's date (before the 2025 mergers).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    """A web host, the province or city whose outlet it is, the outlet's name and a source."""

    host: str
    province: str
    name: str
    source: str


OUTLETS = (
    Outlet(
        "sggp.org.vn",
        "Thành phố Hồ Chí Minh",
        "Báo Sài Gòn Giải Phóng",
        "https://startupwheel.vn/vi/partner/sai-gon-giai-phong/",
    ),
    Outlet(
        "htv.com.vn",
        "Thành phố Hồ Chí Minh",
        "Đài Truyền hình Thành phố Hồ Chí Minh (HTV)",
        "http://studylink.org/vi/don-vi-bao-tro/don-vi-bao-tro-htv/",
    ),
    Outlet(
        "voh.com.vn",
        "Thành phố Hồ Chí Minh",
        "Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh (VOH)",
        "https://vi.m.wikipedia.org/wiki/%C4%90%C3%A0i_Ti%E1%BA%BFng_n%C3%B3i_Nh%C3%A2n_d%C3%A2n_Th%C3%A0nh_ph%E1%BB%91_H%E1%BB%93_Ch%C3%AD_Minh",
    ),
    Outlet(
        "baodongkhoi.vn",
        "Tỉnh Bến Tre",
        "Báo Đồng Khởi",
        "https://baolongan.vn/bao-dong-khoi-ky-niem-40-nam-ngay-bao-chien-thang-doi-ten-thanh-bao-dong-khoi-a27897.html",
    ),
    Outlet(
        "thbt.vn",
        "Tỉnh Bến Tre",
        "Đài Phát thanh - Truyền hình Bến Tre",
        "https://vi.wikipedia.org./wiki/%C4%90%C3%A0i_Ph%C3%A1t_thanh_%E2%80%93_Truy%E1%BB%81n_h%C3%ACnh_B%E1%BA%BFn_Tre",
    ),
    Outlet(
        "baoapbac.vn",
        "Tỉnh Tiền Giang",
        "Báo Ấp Bắc",
        "http://baoapbac.vn/chinh-tri/201801/long-trong-ky-niem-55-nam-bao-dang-tien-giang-mang-ten-ap-bac-777984/",
    ),
    Outlet(
        "thtg.vn",
        "Tỉnh Tiền Giang",
        "Đài Phát thanh và Truyền hình Tiền Giang (THTG)",
        "https://defzone.net/wiki/%C4%90%C3%A0i_Ph%C3%A1t_thanh_-_Truy%E1%BB%81n_h%C3%ACnh_Ti%E1%BB%81n_Giang",
    ),
    Outlet(
        "qrt.vn",
        "Tỉnh Quảng Nam",
        "Đài Phát thanh – Truyền hình Quảng Nam (QRT)",
        "https://qrt.vn/gioi-thieu-qrt/gii-thiu-chung-v-ai/",
    ),
    Outlet(
        "thvl.vn",
        "Tỉnh Vĩnh Long",
        "Đài Phát thanh – Truyền hình Vĩnh Long (THVL)",
        "https://vi.wikipedia.org/wiki/Đài_Phát_thanh_-_Truyền_hình_Vĩnh_Long?oldformat=true",
    ),
    Outlet(
        "atv.org.vn",
        "Tỉnh An Giang",
        "Đài Phát thanh – Truyền hình An Giang",
        "http://atv.org.vn/thong-tin/gioi-thieu-1.html",
    ),
    Outlet(
        "thst.vn",
        "Tỉnh Sóc Trăng",
        "Đài Phát thanh và Truyền hình Sóc Trăng",
        "https://kenhtingame.com/giai-tri/co-quan-bao-chi-tinh-soc-trang-phat-huy-vai-tro-xung-kich-tren-mat-tran-tu-tuong-van-hoa/282980",
    ),
    Outlet(
        "dnrtv.org.vn",
        "Tỉnh Đồng Nai",
        "Đài Phát thanh – Truyền hình Đồng Nai (ĐNRTV)",
        "http://www.dnrtv.org.vn/gioi-thieu",
    ),
    Outlet(
        "btv.org.vn",
        "Tỉnh Bình Dương",
        "Đài Phát thanh – Truyền hình Bình Dương (BTV)",
        "http://m.btv.org.vn/tin-tuc/btv-co-quan-bao-chi-truyen-thong-da-phuong-tien-68482.html",
    ),
    Outlet(
        "kinhtedothi.vn",
        "Thành phố Hà Nội",
        "Báo Kinh tế & Đô thị",
        "https://baothaibinh.com.vn/tin-tuc/74343/bao-kinh-te-va-do-thi-ky-niem-20-nam-xuat-ban-so-bao-dau-tien",
    ),
    Outlet(
        "anninhthudo.vn",
        "Thành phố Hà Nội",
        "Báo An ninh Thủ đô",
        "https://m.anninhthudo.vn/45-nam-bao-an-ninh-thu-do-tu-hao-yeu-thuong-post457503.antd",
    ),
    Outlet(
        "laodongthudo.vn",
        "Thành phố Hà Nội",
        "Báo Lao động Thủ đô",
        "http://laodongthudo.vn/chang-hanh-trinh-25-nam-khong-ngung-phat-trien.media",
    ),
    Outlet(
        "tuoitrethudo.vn",
        "Thành phố Hà Nội",
        "Báo Tuổi trẻ Thủ đô",
        "https://tuoitrethudo.vn/bao-tuoi-tre-thu-do-chang-duong-30-nam-50081.html",
    ),
    Outlet(
        "baophunuthudo.vn",
        "Thành phố Hà Nội",
        "Báo Phụ nữ Thủ đô",
        "https://baophunuthudo.vn/article/97862/214/bao-ngay-cang-hay-hon-ve-noi-dung-dep-hon-ve-hinh-thuc",
    ),
)


def outlet_province(host: str) -> str | None:
    """The province whose outlet ``host`` (or a site under it) is, as "tỉnh X"/"thành phố X".

    >>> outlet_province("www.sggp.org.vn"), outlet_province("baodongkhoi.vn")
    ('thành phố Hồ Chí Minh', 'tỉnh Bến Tre')
    >>> outlet_province("vnexpress.net") is None
    True
    """
    host = host.lower().removeprefix("www.").removeprefix("m.")
    for outlet in OUTLETS:
        if host == outlet.host or host.endswith("." + outlet.host):
            unit, _, name = outlet.province.partition(" ")
            if unit == "Thành":  # "Thành phố Hồ Chí Minh"
                return "thành phố " + outlet.province.removeprefix("Thành phố ")
            return f"{unit.lower()} {name}"
    return None
