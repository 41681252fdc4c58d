#!/usr/bin/env python3
"""Writes the demo results (src/main/resources/demo/results/*.csv).

Published values come from ../shared/domain (par_results.csv, PAR-INDEX.md); every other province's index is
synthetic: a smooth, strictly decreasing curve through the published places, shifted so that the national average
matches the published one (2021: 86.37, 2022: 84.79, 2023: 86.98, 2024: 88.37; none is published for 2018-2020) and the published
group counts (2022: A 2, B 56, C 5; 2024: A 13, B 50) hold. The provinces without a published place fill the other places in the order of a latent strength
(the mean of their published places, else a seeded draw) plus noise, the same rule every year: Lạng Sơn's 2023 place
is drawn like any other province's, not chosen. Deterministic: run it again and the files come out the same.
Run from the repository root: python3 tools/build-demo-results.py
"""
import csv
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

PROVINCES = {  # GSO code: name (GSO list)
    "01": "Hà Nội", "02": "Hà Giang", "04": "Cao Bằng", "06": "Bắc Kạn", "08": "Tuyên Quang", "10": "Lào Cai",
    "11": "Điện Biên", "12": "Lai Châu", "14": "Sơn La", "15": "Yên Bái", "17": "Hoà Bình", "19": "Thái Nguyên",
    "20": "Lạng Sơn", "22": "Quảng Ninh", "24": "Bắc Giang", "25": "Phú Thọ", "26": "Vĩnh Phúc", "27": "Bắc Ninh",
    "30": "Hải Dương", "31": "Hải Phòng", "33": "Hưng Yên", "34": "Thái Bình", "35": "Hà Nam", "36": "Nam Định",
    "37": "Ninh Bình", "38": "Thanh Hóa", "40": "Nghệ An", "42": "Hà Tĩnh", "44": "Quảng Bình", "45": "Quảng Trị",
    "46": "Thừa Thiên Huế", "48": "Đà Nẵng", "49": "Quảng Nam", "51": "Quảng Ngãi", "52": "Bình Định",
    "54": "Phú Yên", "56": "Khánh Hòa", "58": "Ninh Thuận", "60": "Bình Thuận", "62": "Kon Tum", "64": "Gia Lai",
    "66": "Đắk Lắk", "67": "Đắk Nông", "68": "Lâm Đồng", "70": "Bình Phước", "72": "Tây Ninh", "74": "Bình Dương",
    "75": "Đồng Nai", "77": "Bà Rịa - Vũng Tàu", "79": "Hồ Chí Minh", "80": "Long An", "82": "Tiền Giang",
    "83": "Bến Tre", "84": "Trà Vinh", "86": "Vĩnh Long", "87": "Đồng Tháp", "89": "An Giang", "91": "Kiên Giang",
    "92": "Cần Thơ", "93": "Hậu Giang", "94": "Sóc Trăng", "95": "Bạc Liêu", "96": "Cà Mau",
}
assert len(PROVINCES) == 63

QUANG_NGAI = "https://stttt.quangngai.gov.vn/web/so-thong-tin-va-truyen-thong/xem-chi-tiet/-/asset_publisher//Content/chi-so-cai-cach-hanh-chinh-cua-tinh-quang-ngai-tang-24-bac?13987827"
DONG_NAI = "https://baodongnai.com.vn/tintuc/202304/dong-nai-tang-4-bac-trong-xep-hang-cai-cach-hanh-chinh-3163860"
VIETNAMNET_2023 = "https://dantoctongiao.vietnamnet.vn/bo-tu-phap-va-tinh-quang-ninh-dung-dau-ve-chi-so-cai-cach-hanh-chinh-2271541.html"
LANG_SON = "provincial news report of 20/09/2024 (../shared/domain/PAR-INDEX.md, section 4)"

VNEXPRESS_2018 = "https://e.vnexpress.net/news/news/central-bank-quang-ninh-admin-reform-leaders-in-vietnam-3928987.html"
LANG_SON_2018 = "http://baolangson.vn/xa-hoi/218859-chi-so-par-index-nam-2018-lang-son-xep-thu-26-63-tinh-thanh-pho.html"
VIETJO_2019 = "https://viet-jo.com/news/social/200520075850-pic1.html"
VIETNAMPLUS_2024 = "https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp"
HA_NOI_2024 = "https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm"

# year: [(code, index or None, rank or None, source)]
PUBLISHED = {
    2018: [
        ("22", None, 1, VNEXPRESS_2018), ("01", "83.90", 2, VNEXPRESS_2018), ("87", "83.71", 3, VNEXPRESS_2018),
        ("48", "83.70", 4, VNEXPRESS_2018), ("31", "83.60", 5, VNEXPRESS_2018), ("79", "79.60", 10, VNEXPRESS_2018),
        ("20", "77.25", 26, LANG_SON_2018), ("54", None, 63, VNEXPRESS_2018),
    ],
    2019: [
        ("22", "90.09", 1, "https://vietnamnet.vn/en/politics/quang-ninh-leads-in-par-index-for-third-consecutive-year-646596.html"),
        ("01", None, 2, VIETJO_2019), ("87", None, 3, VIETJO_2019), ("31", None, 4, VIETJO_2019),
        ("80", None, 5, VIETJO_2019),
        ("72", "80.05", 44, "https://baotayninh.vn/thoi-su-chinh-tri/cai_cach_hanh_chinh/"),
        ("12", None, 51, "https://vietexplorer.com/videos/lai-chau-striving-for-better-public-admin-reform/"),
        ("83", "73.87", 63, VIETJO_2019),
    ],
    2020: [
        ("51", None, 63, QUANG_NGAI),
    ],
    2021: [
        ("31", "91.80", 1, QUANG_NGAI), ("22", "91.14", 2, QUANG_NGAI), ("48", "90.25", 3, QUANG_NGAI),
        ("46", "89.32", 4, QUANG_NGAI), ("26", "89.28", 5, QUANG_NGAI),
        ("24", None, 7, "https://lecourrier.vn/bac-giang-poursuit-ses-efforts-en-termes-de-reforme-administrative/1267359.html"),
        ("77", "87.61", None, "https://baobariavungtau.com.vn/kinh-te/202207/phan-dau-den-nam-2025-br-vt-trong-nhom-co-chi-so-cchc-cao-nhat-nuoc-955613/"),
        ("20", "87.11", 23, LANG_SON),
        ("08", "86.57", 34, "https://dofa.tuyenquang.gov.vn/cai-cach-hanh-chinh/trang-4.html"),
        ("51", "86.45", 39, QUANG_NGAI), ("91", "79.97", 63, QUANG_NGAI),
    ],
    2022: [
        ("22", "90.10", 1, DONG_NAI), ("31", "90.09", 2, DONG_NAI), ("01", "89.58", 3, DONG_NAI),
        ("24", None, 4, "https://betaen.vietnamplus.vn/quang-ninh-tops-public-administration-indexes-for-fourth-consecutive-year-post251804.vnp"),
        ("48", None, 5, "https://betaen.vietnamplus.vn/quang-ninh-tops-public-administration-indexes-for-fourth-consecutive-year-post251804.vnp"),
        ("80", None, 8, "https://kinhtetieudung.vn/long-an-xep-thu-8-ve-chi-so-cai-cach-hanh-chinh-nam-2022-a3262.html"),
        ("40", None, 16, "https://baonghean.vn/nghe-an-typical-achievements-in-the-first-half-of-2023-post272462.html"),
        ("58", "85.78", 29, "https://sonv.ninhthuan.gov.vn/portal/pages/print.aspx?p=31918"),
        ("30", "83.52", 47, "https://www.vietnam.vn/ur/hai-duong-tang-25-bac-chi-so-cai-cach-hanh-chinh"),
        ("75", "82.92", 51, DONG_NAI), ("20", "81.45", 54, LANG_SON),
    ],
    2023: [
        ("22", "92.18", 1, "https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm"),
        ("31", "91.87", 2, VIETNAMNET_2023), ("01", "91.43", 3, VIETNAMNET_2023), ("24", "91.16", 4, VIETNAMNET_2023),
        ("77", "91.03", 5, VIETNAMNET_2023),
        ("37", "88.72", 11, "https://thongtin.vietnam.vn/ja/nam-2023-chi-so-cai-cach-hanh-chinh-cua-ninh-binh-tang-6-bac-so-voi-nam-2022"),
        ("30", "87.84", 22, "https://www.vietnam.vn/ur/hai-duong-tang-25-bac-chi-so-cai-cach-hanh-chinh"),
        ("75", "87.04", 32, "https://vietnam.vn/en/thay-gi-qua-2-bo-chi-so-quan-trong-bac-nhat-ve-cai-cach-hanh-chinh-do-chinh-phu-cong-bo-ngay-6-4"),
        ("94", "81.70", None, VIETNAMNET_2023), ("89", "81.32", 63, VIETNAMNET_2023),
    ],
    2024: [
        ("31", "96.17", 1, "https://kinhtedothi.vn/hai-phong-dung-dau-toan-quoc-ve-chi-so-cai-cach-hanh-chinh.665272.html"),
        ("77", None, 2, HA_NOI_2024), ("01", None, 3, HA_NOI_2024),
        ("75", "90.69", 8, "https://vietnam.vn/en/thay-gi-qua-2-bo-chi-so-quan-trong-bac-nhat-ve-cai-cach-hanh-chinh-do-chinh-phu-cong-bo-ngay-6-4"),
        ("14", None, 12, "https://thongtindoingoai.sonla.gov.vn/en/content-1040-tang-chi-so-cai-cach-hanh-chinh.html"),
        ("04", None, 63, VIETNAMPLUS_2024),
    ],
}
# Ranks where an unranked published index sits (BR-VT 2021: 87.61 falls between ranks 5 and 23).
PLACED = {2021: {"77": 19}, 2023: {"94": 62}}
# The synthetic curve's end points and shape knots (rank, index) besides the published values.
KNOTS = {2018: [(1, "85.20"), (50, "73.90"), (63, "68.40")],
         2019: [(2, "88.40"), (5, "86.90"), (20, "83.60"), (51, "78.90"), (62, "75.10")],
         2020: [(1, "89.50"), (10, "86.90"), (40, "83.20"), (62, "78.40"), (63, "76.80")],
         2024: [(2, "95.30"), (3, "94.60"), (13, "90.12"), (14, "89.94"), (30, "89.20"), (45, "88.10"), (55, "86.20"),
                (62, "83.40"), (63, "81.60")],
         2021: [(62, "81.20")], 2022: [(58, "80.12"), (59, "79.64"), (63, "74.30")],
         2023: [(45, "86.30"), (55, "84.90"), (60, "83.20")]}
# National averages as published (../shared/domain/PAR-INDEX.md); none in our sources for 2018-2020, whose
# synthetic curves are then the knots' alone.
AVERAGE = {2021: Decimal("86.37"), 2022: Decimal("84.79"), 2023: Decimal("86.98"), 2024: Decimal("88.37")}
# Group counts as published (A >= 90, B 80 to < 90, C 70 to < 80).
GROUPS = {2022: (2, 56, 5), 2024: (13, 50, 0)}


def two(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def curve(year):
    """Index by rank: linear between fixed points, then the free ranks shifted to meet the average."""
    fixed = {}
    for code, index, rank, _ in PUBLISHED[year]:
        rank = rank or PLACED[year][code]
        if index:
            fixed[rank] = Decimal(index)
    for rank, index in KNOTS[year]:
        fixed[rank] = Decimal(index)
    known = sorted(fixed)
    values = {}
    for a, b in zip(known, known[1:]):
        for r in range(a, b + 1):
            values[r] = two(fixed[a] + (fixed[b] - fixed[a]) * (r - a) / (b - a))
    free = [r for r in range(1, 64) if r not in fixed]
    if year not in AVERAGE:
        return values
    target = AVERAGE[year] * 63
    # Shift free ranks one hundredth at a time, lowest gap first, never crossing a neighbour or a group line.
    rng = random.Random(year)
    for _ in range(100000):
        delta = target - sum(values.values())
        if abs(delta) < Decimal("0.005"):
            break
        step = Decimal("0.01") if delta > 0 else Decimal("-0.01")
        r = rng.choice(free)
        new = values[r] + step
        upper = values.get(r - 1, Decimal(100))
        lower = values.get(r + 1, Decimal(0))
        if lower < new < upper and group(new, year, r) == group(values[r], year, r):
            values[r] = new
    assert abs(sum(values.values()) - target) < Decimal("0.005"), (year, sum(values.values()), target)
    return values


def group(index, year, rank):
    return "A" if index >= 90 else "B" if index >= 80 else "C" if index >= 70 else "D"


def strengths():
    """A latent place per province: the mean of its published places of 2021 and 2022, else a seeded random one
    (2023's published places sit at their ranks; leaving them out here keeps the earlier years as they were)."""
    known = {}
    for year, entries in PUBLISHED.items():
        if year not in (2021, 2022):
            continue
        for code, _, rank, _ in entries:
            rank = rank or PLACED[year][code]
            known.setdefault(code, []).append(rank)
    rng = random.Random(63)
    return {code: (sum(known[code]) / len(known[code]) if code in known else rng.uniform(1, 63))
            for code in sorted(PROVINCES)}


STRENGTH = strengths()


def assign(year, values):
    """Published provinces at their ranks; the others fill the remaining ranks in order of their latent place plus
    some noise, so that a province moves a plausible number of places from one year to the next."""
    by_rank = {}
    for code, _, rank, _ in PUBLISHED[year]:
        by_rank[rank or PLACED[year][code]] = code
    rng = random.Random(1000 + year)
    others = sorted((c for c in sorted(PROVINCES) if c not in by_rank.values()),
                    key=lambda c: STRENGTH[c] + rng.gauss(0, 6))
    for rank in range(1, 64):
        if rank not in by_rank:
            by_rank[rank] = others.pop(0)
    return by_rank


rows = []
for year in (2018, 2019, 2020, 2021, 2022, 2023, 2024):
    values = curve(year)
    assert all(values[r] > values[r + 1] for r in range(1, 63)), year
    by_rank = assign(year, values)
    published = {code: (index, rank, source) for code, index, rank, source in PUBLISHED[year]}
    for rank in range(1, 64):
        code = by_rank[rank]
        index = values[rank]
        pub = published.get(code)
        if pub and pub[0]:
            assert Decimal(pub[0]) == index, (code, pub, index)
        rows.append({
            "year": year, "unitCode": code, "unitName": PROVINCES[code], "indexPercent": f"{index:.2f}",
            "publishedRank": pub[1] if pub and pub[1] else "",
            "indexSource": pub[2] if pub and pub[0] else "synthetic",
            "rankSource": pub[2] if pub and pub[1] else "",
        })
    if year in GROUPS:
        groups = [group(values[r], year, r) for r in range(1, 64)]
        assert (groups.count("A"), groups.count("B"), groups.count("C")) == GROUPS[year], (year, groups)
    mean = sum(values.values()) / 63
    assert year not in AVERAGE or two(mean) == AVERAGE[year], (year, mean)
    print(year, "mean", two(mean))

out = Path("src/main/resources/demo/results")
with open(out / "provinces.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)

DISTRICTS = [  # Lạng Sơn's district-level units, 2022 (Văn Quan published, the rest synthetic)
    ("178", "88.62"), ("183", "86.10"), ("186", "84.75"), ("187", "83.90"), ("188", "82.40"), ("185", "81.85"),
    ("180", "80.96"), ("182", "80.12"), ("181", "79.30"), ("184", "78.50"), ("189", "76.85"),
]
with open(out / "lang-son-districts.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["year", "unitCode", "indexPercent", "publishedRank", "indexSource", "rankSource"])
    for rank, (code, index) in enumerate(DISTRICTS, start=1):
        source = LANG_SON if code == "184" else "synthetic"
        writer.writerow([2022, code, index, 10 if code == "184" else "", source, LANG_SON if code == "184" else ""])

with open(out / "subtotals.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["year", "unitCode", "methodologyCode", "stage", "groupBy", "key", "points", "source"])
    # Lạng Sơn 2018: 77.25 = appraisal 47.75 + SIPAS 9.15 + leaders' survey 16.85 + socio-economic 3.5.
    for method, points in (("APPRAISED_SELF_ASSESSMENT", "47.75"), ("CITIZENS_SURVEY", "9.15"),
                           ("LEADERS_SURVEY", "16.85"), ("STATISTICS", "3.5")):
        writer.writerow([2018, "20", "PROVINCE-2018", "FINAL", "ASSESSMENT_METHOD", method, points, LANG_SON_2018])
    writer.writerow([2022, "20", "PROVINCE-2022", "FINAL", "ASSESSMENT_METHOD", "LEADERS_SURVEY", "16.4", LANG_SON])
    writer.writerow([2022, "20", "PROVINCE-2022", "FINAL", "FIELD", "7", "11.42", LANG_SON + ": 4.08 points short of 15.5 (field maximum illustrative)"])
    writer.writerow([2023, "20", "PROVINCE-2023", "SELF", "FIELD", "7", "11.1", "synthetic: self-assessed points of field 7 (its 12 self-scored points), November 2023"])
print("wrote provinces.csv, lang-son-districts.csv, subtotals.csv")
