#!/usr/bin/env python3
"""Writes Lạng Sơn's 2023 indicator observations (src/main/resources/demo/plans/lang-son-observations-2023.csv).

Published (../shared/domain/PAR-INDEX.md, section 4, "progress in 2023, year to date"): 157,027 dossiers received,
146,953 online (93.6%); 99.8% settled on time; 105,673 dossiers and results digitised; 14 of 17 information systems
connected. Those are the October figures below; every earlier month and the online-payment series are illustrative,
shaped to end on the published values. Ratios are year-to-date (cumulative) like the provincial reports.
Run from the repository root: python3 tools/build-demo-observations.py
"""
import csv
from pathlib import Path

RECEIVED = [14210, 13480, 16120, 15650, 16330, 15880, 16050, 16420, 16190]
RECEIVED.append(157027 - sum(RECEIVED))
SOURCE = "Báo cáo tiến độ CCHC tháng {m:02d}/2023 (minh hoạ / illustrative)"
PUBLISHED = "Báo cáo của tỉnh, lũy kế đến tháng 10/2023 (PAR-INDEX.md §4)"


def cumulative(shares, total_numerator=None, denominators=RECEIVED):
    """Year-to-date numerators and denominators for monthly shares; the last month hits total_numerator exactly."""
    monthly = [round(d * s) for d, s in zip(denominators, shares)]
    if total_numerator is not None:
        monthly[-1] = total_numerator - sum(monthly[:-1])
        assert 0 <= monthly[-1] <= denominators[-1], monthly[-1]
    rows, num, den = [], 0, 0
    for n, d in zip(monthly, denominators):
        num, den = num + n, den + d
        rows.append((num, den))
    return rows


def linear(a, b, n=10):
    return [a + (b - a) * i / (n - 1) for i in range(n)]


rows = []


def ratio_series(indicator, shares, total=None, denominators=RECEIVED):
    for month, (num, den) in enumerate(cumulative(shares, total, denominators), start=1):
        source = PUBLISHED if month == 10 and total is not None else SOURCE.format(m=month)
        rows.append([indicator, "20", f"2023-{month:02d}", "", num, den, source])


ratio_series("ONLINE_DOSSIER_RATE", linear(0.875, 0.995), total=146953)
ratio_series("DIGITISED_DOSSIER_RATE", linear(0.57, 0.77), total=105673)
settled = [round(r * 0.97) for r in RECEIVED]
on_time_total = round(sum(settled) * 0.99815)
ratio_series("ON_TIME_SETTLEMENT_RATE", linear(0.9974, 0.9988), total=on_time_total, denominators=settled)
payable = [round(r * 0.41) for r in RECEIVED]
ratio_series("ONLINE_PAYMENT_RATE", linear(0.36, 0.575), denominators=payable)
for quarter, value, source in [(1, 11, SOURCE.format(m=3)), (2, 12, SOURCE.format(m=6)), (3, 14, PUBLISHED + ": 14 of 17, 3 in test")]:
    rows.append(["CONNECTED_INFORMATION_SYSTEMS", "20", f"2023-Q{quarter}", value, "", "", source])

path = Path("src/main/resources/demo/plans/lang-son-observations-2023.csv")
with open(path, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["indicatorCode", "unitCode", "period", "value", "numerator", "denominator", "source"])
    writer.writerows(rows)
for indicator in ["ONLINE_DOSSIER_RATE", "DIGITISED_DOSSIER_RATE", "ON_TIME_SETTLEMENT_RATE", "ONLINE_PAYMENT_RATE"]:
    last = [r for r in rows if r[0] == indicator][-1]
    print(indicator, last[2], last[4], "/", last[5], "=", round(last[4] * 100 / last[5], 2))
