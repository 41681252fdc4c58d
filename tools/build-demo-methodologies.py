#!/usr/bin/env python3
"""Writes the demo criteria trees (src/main/resources/demo/methodologies/*.json) in PAR Monitor's import format.

The 8 fields and the known maxima (fields 3, 4, 5, 8; 61.5 / 6.5 / 22 / 10 points by method) follow Decision
876/QĐ-BNV as described in the shared domain notes; the 37 criteria and 88 components are illustrative (their
official names and points are not published in our sources), as are the maxima of fields 1, 2, 6 and 7.
Run from the repository root: python3 tools/build-demo-methodologies.py
"""
import json
from decimal import Decimal
from pathlib import Path

AS, ST, LS, CS = "APPRAISED_SELF_ASSESSMENT", "STATISTICS", "LEADERS_SURVEY", "CITIZENS_SURVEY"

# (code, vi, en, max, agencies, children) for fields and criteria; (code, vi, en, max, method[, agencies]) for components
PROVINCE_TREE = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of PAR", "9", ["20-SNV"], [
        ("1.1", "Kế hoạch cải cách hành chính năm", "Annual PAR plan", "1.5", [], [
            ("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời hạn", "Annual plan issued on time", "0.5", AS),
            ("1.1.2", "Mức độ hoàn thành kế hoạch CCHC", "Share of the plan's tasks completed", "1", AS)]),
        ("1.2", "Báo cáo cải cách hành chính", "PAR reporting", "1", [], [
            ("1.2.1", "Báo cáo định kỳ đầy đủ, đúng thời hạn", "Periodic reports complete and on time", "1", AS)]),
        ("1.3", "Kiểm tra cải cách hành chính", "PAR inspection", "1.5", [], [
            ("1.3.1", "Tỷ lệ cơ quan, đơn vị được kiểm tra trong năm", "Share of agencies inspected in the year", "0.75", AS),
            ("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "Follow-up of inspection findings", "0.75", AS)]),
        ("1.4", "Công tác tuyên truyền cải cách hành chính", "PAR communication", "1", [], [
            ("1.4.1", "Mức độ thực hiện kế hoạch tuyên truyền CCHC", "Communication plan carried out", "1", AS)]),
        ("1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", "Innovation in PAR", "1", [], [
            ("1.5.1", "Có sáng kiến, giải pháp mới được áp dụng", "New initiatives applied", "1", AS)]),
        ("1.6", "Đánh giá của cán bộ lãnh đạo, quản lý về chỉ đạo, điều hành CCHC", "Leaders' assessment of PAR direction", "3", [], [
            ("1.6.1", "Mức độ quan tâm của lãnh đạo tỉnh đến CCHC", "Provincial leaders' attention to PAR", "1.5", LS),
            ("1.6.2", "Hiệu quả của công tác chỉ đạo, điều hành CCHC", "Effectiveness of PAR direction", "1.5", LS)]),
    ]),
    ("2", "Cải cách thể chế", "Institutional reform", "9.5", ["20-STP"], [
        ("2.1", "Xây dựng, ban hành văn bản quy phạm pháp luật", "Drafting and issuing legal documents", "2", [], [
            ("2.1.1", "Thực hiện kế hoạch xây dựng văn bản QPPL", "Legislative plan carried out", "1", AS),
            ("2.1.2", "Lấy ý kiến, thẩm định dự thảo văn bản QPPL theo quy định", "Drafts consulted and vetted as required", "1", AS)]),
        ("2.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "Review and systematisation of legal documents", "2", [], [
            ("2.2.1", "Ban hành kế hoạch rà soát, hệ thống hóa", "Review plan issued", "0.5", AS),
            ("2.2.2", "Xử lý kết quả rà soát", "Review findings acted upon", "1", AS),
            ("2.2.3", "Công bố danh mục văn bản hết hiệu lực", "Expired documents published", "0.5", AS)]),
        ("2.3", "Tổ chức thực hiện và kiểm tra văn bản quy phạm pháp luật", "Implementation and checking of legal documents", "2.5", [], [
            ("2.3.1", "Tự kiểm tra văn bản QPPL", "Self-checking of legal documents", "1", AS),
            ("2.3.2", "Theo dõi tình hình thi hành pháp luật", "Monitoring of law enforcement", "1", AS),
            ("2.3.3", "Xử lý văn bản trái pháp luật được phát hiện", "Unlawful documents handled", "0.5", AS)]),
        ("2.4", "Đánh giá của cán bộ lãnh đạo, quản lý về cải cách thể chế", "Leaders' assessment of institutional reform", "3", [], [
            ("2.4.1", "Chất lượng văn bản QPPL do tỉnh ban hành", "Quality of the province's legal documents", "1.5", LS),
            ("2.4.2", "Tính khả thi của văn bản QPPL", "Feasibility of the legal documents", "1.5", LS)]),
    ]),
    ("3", "Cải cách thủ tục hành chính", "Administrative procedure reform", "13", ["20-VP"], [
        ("3.1", "Thực hiện kiểm soát thủ tục hành chính", "Control of administrative procedures", "2", [], [
            ("3.1.1", "Công bố danh mục TTHC đúng thời hạn", "Procedure lists published on time", "0.75", AS),
            ("3.1.2", "Công khai TTHC trên Cơ sở dữ liệu quốc gia", "Procedures published in the national database", "0.75", AS),
            ("3.1.3", "Cập nhật, công khai quy trình nội bộ giải quyết TTHC", "Internal processing workflows published", "0.5", AS)]),
        ("3.2", "Rà soát, đơn giản hóa thủ tục hành chính", "Review and simplification of procedures", "2", [], [
            ("3.2.1", "Ban hành kế hoạch rà soát, đơn giản hóa TTHC", "Simplification plan issued", "0.5", AS),
            ("3.2.2", "Thực hiện phương án đơn giản hóa TTHC", "Simplification measures carried out", "1.5", AS)]),
        ("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", "One-stop-shop mechanism", "2.5", [], [
            ("3.3.1", "Tổ chức bộ phận một cửa theo quy định", "One-stop shops organised as required", "0.5", AS),
            ("3.3.2", "Tiếp nhận, giải quyết TTHC tại Trung tâm Phục vụ hành chính công", "Procedures handled at the service centre", "1", AS, ["20-TTPVHCC"]),
            ("3.3.3", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "Share of dossiers settled on time", "1", AS, ["20-TTPVHCC"])]),
        ("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", "Handling feedback on procedures", "3", [], [
            ("3.4.1", "Công khai kênh tiếp nhận phản ánh, kiến nghị", "Feedback channels published", "1", AS),
            ("3.4.2", "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", "Share of feedback handled on time", "2", AS)]),
        ("3.5", "Đánh giá của cán bộ lãnh đạo, quản lý về cải cách TTHC", "Leaders' assessment of procedure reform", "3.5", [], [
            ("3.5.1", "Tính công khai, minh bạch của TTHC", "Transparency of procedures", "1", LS),
            ("3.5.2", "Mức độ đơn giản của TTHC", "Simplicity of procedures", "1", LS),
            ("3.5.3", "Tình trạng nhũng nhiễu khi giải quyết TTHC", "Harassment when procedures are handled", "1", LS),
            ("3.5.4", "Hiệu quả của cơ chế một cửa, một cửa liên thông", "Effectiveness of the one-stop shops", "0.5", LS)]),
    ]),
    ("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "Reform of the state administrative apparatus", "10.5", ["20-SNV"], [
        ("4.1", "Sắp xếp tổ chức bộ máy", "Organisation of the apparatus", "2.5", [], [
            ("4.1.1", "Thực hiện quy định về cơ cấu tổ chức các cơ quan chuyên môn", "Structure of specialised agencies as required", "1", AS),
            ("4.1.2", "Sắp xếp đơn vị hành chính cấp huyện, cấp xã", "Merging of district and commune units", "1.5", AS)]),
        ("4.2", "Quản lý biên chế", "Staffing quotas", "2.5", [], [
            ("4.2.1", "Sử dụng biên chế được giao đúng quy định", "Staffing quota used as allotted", "1.5", AS),
            ("4.2.2", "Tinh giản biên chế theo kế hoạch", "Staff reduction as planned", "1", AS)]),
        ("4.3", "Đơn vị sự nghiệp công lập", "Public service units", "2.5", [], [
            ("4.3.1", "Giảm số lượng đơn vị sự nghiệp công lập", "Fewer public service units", "1", AS),
            ("4.3.2", "Tự chủ của đơn vị sự nghiệp công lập", "Autonomy of public service units", "1.5", AS, ["20-SNV", "20-STC"])]),
        ("4.4", "Đánh giá của cán bộ lãnh đạo, quản lý về tổ chức bộ máy", "Leaders' assessment of the apparatus", "3", [], [
            ("4.4.1", "Tính hợp lý của cơ cấu tổ chức", "Soundness of the structure", "1", LS),
            ("4.4.2", "Phân cấp quản lý giữa các cấp", "Decentralisation between levels", "1", LS),
            ("4.4.3", "Hiệu quả phối hợp giữa các cơ quan", "Coordination between agencies", "1", LS)]),
    ]),
    ("5", "Cải cách chế độ công vụ", "Civil service reform", "15", ["20-SNV"], [
        ("5.1", "Vị trí việc làm", "Job positions", "2", [], [
            ("5.1.1", "Phê duyệt vị trí việc làm", "Job positions approved", "1", AS),
            ("5.1.2", "Bố trí công chức theo vị trí việc làm", "Staff assigned by job position", "1", AS)]),
        ("5.2", "Tuyển dụng, nâng ngạch công chức, viên chức", "Recruitment and promotion", "2", [], [
            ("5.2.1", "Tuyển dụng theo vị trí việc làm", "Recruitment by job position", "1", AS),
            ("5.2.2", "Thi nâng ngạch, thăng hạng theo quy định", "Promotion examinations as required", "1", AS)]),
        ("5.3", "Đánh giá, xếp loại công chức, viên chức", "Appraisal of civil servants", "2", [], [
            ("5.3.1", "Đánh giá, xếp loại theo quy định", "Appraisal as required", "1", AS),
            ("5.3.2", "Xử lý công chức không hoàn thành nhiệm vụ", "Under-performers dealt with", "1", AS)]),
        ("5.4", "Đào tạo, bồi dưỡng", "Training", "2.5", [], [
            ("5.4.1", "Thực hiện kế hoạch đào tạo, bồi dưỡng", "Training plan carried out", "1.5", AS),
            ("5.4.2", "Bồi dưỡng kỹ năng số cho công chức", "Digital skills training", "1", AS)]),
        ("5.5", "Kỷ luật, kỷ cương hành chính", "Administrative discipline", "3", [], [
            ("5.5.1", "Thực hiện quy định về đạo đức công vụ", "Public service ethics observed", "1.5", AS),
            ("5.5.2", "Xử lý vi phạm kỷ luật", "Disciplinary breaches handled", "1.5", AS)]),
        ("5.6", "Đánh giá của cán bộ lãnh đạo, quản lý về chế độ công vụ", "Leaders' assessment of the civil service", "3.5", [], [
            ("5.6.1", "Tính công khai, minh bạch trong tuyển dụng", "Transparency of recruitment", "1.5", LS),
            ("5.6.2", "Năng lực của đội ngũ công chức", "Competence of civil servants", "1", LS),
            ("5.6.3", "Trách nhiệm của người đứng đầu", "Accountability of agency heads", "1", LS)]),
    ]),
    ("6", "Cải cách tài chính công", "Public finance reform", "11", ["20-STC"], [
        ("6.1", "Quản lý, sử dụng ngân sách nhà nước", "State budget management", "3.5", [], [
            ("6.1.1", "Tỷ lệ giải ngân vốn đầu tư công", "Public investment disbursed", "1.5", AS, ["20-SKHDT"]),
            ("6.1.2", "Thực hiện công khai ngân sách", "Budget transparency", "1", AS),
            ("6.1.3", "Thu ngân sách so với dự toán", "Budget revenue against estimate", "1", AS)]),
        ("6.2", "Quản lý, sử dụng tài sản công", "Public asset management", "2.5", [], [
            ("6.2.1", "Ban hành quy định về quản lý tài sản công", "Public asset rules issued", "1", AS),
            ("6.2.2", "Sắp xếp lại, xử lý tài sản công", "Public assets rearranged", "1.5", AS)]),
        ("6.3", "Cơ chế tự chủ tài chính", "Financial autonomy", "2.5", [], [
            ("6.3.1", "Giao quyền tự chủ cho đơn vị sự nghiệp công lập", "Autonomy granted to public service units", "1.5", AS),
            ("6.3.2", "Thực hiện cơ chế tự chủ của cơ quan hành chính", "Autonomy of administrative agencies", "1", AS)]),
        ("6.4", "Đánh giá của cán bộ lãnh đạo, quản lý về tài chính công", "Leaders' assessment of public finance", "2.5", [], [
            ("6.4.1", "Tính công khai, minh bạch trong quản lý ngân sách", "Transparency of budget management", "1.5", LS),
            ("6.4.2", "Hiệu quả sử dụng tài sản công", "Efficient use of public assets", "1", LS)]),
    ]),
    ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government", "15.5", ["20-STTTT"], [
        ("7.1", "Kiến trúc chính quyền điện tử, chính quyền số", "E-government architecture", "1.5", [], [
            ("7.1.1", "Cập nhật Kiến trúc chính quyền điện tử/số của tỉnh", "Architecture kept up to date", "0.5", AS),
            ("7.1.2", "Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", "Provincial data-sharing platform (LGSP)", "1", AS)]),
        ("7.2", "Hệ thống thông tin giải quyết thủ tục hành chính", "Information system for administrative procedures", "3.5", [], [
            ("7.2.1", "Kết nối, tích hợp với Cổng Dịch vụ công quốc gia", "Connected to the National Public Service Portal", "1", AS),
            ("7.2.2", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Dossiers and results digitised", "1.5", AS, ["20-VP", "20-TTPVHCC"]),
            ("7.2.3", "Kết nối, liên thông các hệ thống thông tin", "Information systems connected", "1", AS)]),
        ("7.3", "Cung cấp dịch vụ công trực tuyến", "Online public services", "4.5", ["20-TTPVHCC"], [
            ("7.3.1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "Share of fully online public services", "1.5", AS, ["20-VP"]),
            ("7.3.2", "Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến", "Share of dossiers handled online", "1.5", AS),
            ("7.3.3", "Tỷ lệ thanh toán trực tuyến phí, lệ phí", "Share of fees paid online", "1.5", AS, ["20-TTPVHCC", "20-STC"])]),
        ("7.4", "Chuyển đổi số trong hoạt động của cơ quan nhà nước", "Digital transformation of state agencies", "2.5", [], [
            ("7.4.1", "Xử lý văn bản, hồ sơ công việc trên môi trường mạng", "Documents handled online", "1", AS),
            ("7.4.2", "Sử dụng chữ ký số trong văn bản điện tử", "Digital signatures used", "1.5", AS)]),
        ("7.5", "Đánh giá của cán bộ lãnh đạo, quản lý về chính quyền điện tử, chính quyền số", "Leaders' assessment of e-government", "3.5", [], [
            ("7.5.1", "Tính tiện ích của Cổng dịch vụ công của tỉnh", "Usefulness of the provincial service portal", "1.5", LS),
            ("7.5.2", "Mức độ chia sẻ dữ liệu giữa các cơ quan", "Data sharing between agencies", "1", LS),
            ("7.5.3", "Hiệu quả ứng dụng công nghệ thông tin", "Effectiveness of IT use", "1", LS)]),
    ]),
    ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
     "Impact of PAR on people, organisations and socio-economic development", "16.5", ["20-SNV"], [
        ("8.1", "Sự hài lòng của người dân, tổ chức (SIPAS)", "Satisfaction of citizens and organisations (SIPAS)", "10", [], [
            ("8.1.1", "Tiếp cận dịch vụ hành chính công", "Access to public administrative services", "2", CS),
            ("8.1.2", "Thủ tục hành chính", "Administrative procedures", "2", CS),
            ("8.1.3", "Công chức trực tiếp giải quyết công việc", "Civil servants handling the case", "2", CS),
            ("8.1.4", "Kết quả giải quyết công việc", "Results of the case", "2", CS),
            ("8.1.5", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Handling of comments and complaints", "2", CS)]),
        ("8.2", "Tác động đến thu hút đầu tư và phát triển doanh nghiệp", "Impact on investment and enterprises", "3.5", ["20-SKHDT"], [
            ("8.2.1", "Thu hút đầu tư so với năm trước", "Investment attracted against the year before", "1", ST),
            ("8.2.2", "Số doanh nghiệp thành lập mới", "New enterprises registered", "1", ST),
            ("8.2.3", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Provincial Competitiveness Index (PCI)", "1.5", ST)]),
        ("8.3", "Tác động đến phát triển kinh tế - xã hội", "Impact on socio-economic development", "3", ["20-SKHDT"], [
            ("8.3.1", "Thu ngân sách nhà nước trên địa bàn", "State budget revenue in the province", "1", ST, ["20-STC"]),
            ("8.3.2", "Tốc độ tăng trưởng GRDP", "GRDP growth", "1", ST),
            ("8.3.3", "Giải quyết việc làm mới", "New jobs created", "1", ST)]),
    ]),
]


def node(spec, depth):
    if depth == 3:
        code, vi, en, mx, method, *rest = spec
        out = {"code": code, "name": vi, "nameEn": en, "maxPoints": mx, "method": method}
        if rest:
            out["responsibleUnitCodes"] = rest[0]
        return out
    code, vi, en, mx, agencies, children = spec
    out = {"code": code, "name": vi, "nameEn": en, "maxPoints": mx}
    if agencies:
        out["responsibleUnitCodes"] = agencies
    out["children"] = [node(child, depth + 1) for child in children]
    return out


def check(tree, total):
    counts = [0, 0, 0]
    by_method = {}

    def walk(n, depth):
        counts[depth - 1] += 1
        if depth == 3:
            by_method[n["method"]] = by_method.get(n["method"], Decimal(0)) + Decimal(n["maxPoints"])
            return Decimal(n["maxPoints"])
        s = sum(walk(c, depth + 1) for c in n["children"])
        assert s == Decimal(n["maxPoints"]), (n["code"], s, n["maxPoints"])
        return s

    assert sum(walk(f, 1) for f in tree) == Decimal(total)
    return counts, by_method


def with_max(tree, changes):
    """A copy of the tree with some components' maxima changed (for an earlier year's illustrative tree)."""
    tree = json.loads(json.dumps(tree))

    def walk(n):
        if n["code"] in changes:
            n["maxPoints"] = changes[n["code"]]
        for c in n.get("children", []):
            walk(c)
    for f in tree:
        walk(f)
    return tree


# Illustrative scoring rubrics (the official rules are not published in our sources): how the components measured
# by the demo's indicators earn their points. Forecasts apply them to the indicators' projected year-end values.
RUBRICS = {
    "3.3.3": {"indicatorCode": "ON_TIME_SETTLEMENT_RATE", "kind": "BANDS",
              "bands": [{"threshold": "99", "points": "1"}, {"threshold": "95", "points": "0.75"},
                        {"threshold": "90", "points": "0.5"}], "otherwise": "0", "illustrative": True},
    "7.2.2": {"indicatorCode": "DIGITISED_DOSSIER_RATE", "kind": "LINEAR", "zeroAt": "20", "fullAt": "80",
              "illustrative": True},
    "7.2.3": {"indicatorCode": "CONNECTED_INFORMATION_SYSTEMS", "kind": "PROPORTIONAL", "target": "17",
              "illustrative": True},
    "7.3.2": {"indicatorCode": "ONLINE_DOSSIER_RATE", "kind": "LINEAR", "zeroAt": "50", "fullAt": "100",
              "illustrative": True},
    "7.3.3": {"indicatorCode": "ONLINE_PAYMENT_RATE", "kind": "BANDS",
              "bands": [{"threshold": "95", "points": "1.5"}, {"threshold": "80", "points": "1"},
                        {"threshold": "50", "points": "0.5"}], "otherwise": "0", "illustrative": True},
}


def with_rubrics(tree):
    """A copy of the tree whose KPI-measured components carry their (illustrative) rubrics."""
    tree = json.loads(json.dumps(tree))

    def walk(n):
        if n["code"] in RUBRICS:
            n["rubric"] = RUBRICS[n["code"]]
        for c in n.get("children", []):
            walk(c)
    for f in tree:
        walk(f)
    return tree


def write(name, doc):
    path = Path("src/main/resources/demo/methodologies") / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


province = [node(f, 1) for f in PROVINCE_TREE]
counts, by_method = check(province, "100")
assert counts == [8, 37, 88], counts
assert by_method == {AS: Decimal("61.5"), ST: Decimal("6.5"), LS: Decimal(22), CS: Decimal(10)}, by_method

write("PROVINCE-2022.json", {
    "code": "PROVINCE-2022", "family": "PROVINCE", "year": 2022, "lastYear": 2022,
    "name": "Bộ chỉ số CCHC cấp tỉnh năm 2022", "nameEn": "Provincial PAR INDEX 2022",
    "unitKind": "PROVINCE", "issuerCode": "BNV", "sourceDecision": "876/QĐ-BNV", "totalMaximum": "100",
    "illustrative": True,
    "notes": "8 fields, 37 criteria, 88 components, 100 points (Decision 876/QĐ-BNV of 10/11/2022). Official: the "
             "field names, the maxima of fields 3 (13), 4 (10.5), 5 (15) and 8 (16.5), and the points by method "
             "(appraised self-assessment 61.5, statistics 6.5, leaders' survey 22, SIPAS 10). Illustrative: the "
             "maxima of fields 1, 2, 6 and 7 and the names and points of the criteria and components, which are "
             "not published in our sources. Responsible agencies are Lạng Sơn's (illustrative codes). The scoring "
             "rubrics of components 3.3.3, 7.2.2, 7.2.3, 7.3.2 and 7.3.3 are illustrative too.",
    "fields": with_rubrics(province)})

# The 2021 index was scored under an earlier criteria set whose tree is not published in our sources. The demo
# reuses the 2022 structure with a different split of criterion 7.3, so that year-on-year views show how PAR
# Monitor reports comparisons across differing trees.
province_2021 = with_max(province, {"7.3.1": "2", "7.3.2": "1"})
check(province_2021, "100")
write("PROVINCE-2021.json", {
    "code": "PROVINCE-2021", "family": "PROVINCE", "year": 2021, "lastYear": 2021,
    "name": "Bộ chỉ số CCHC cấp tỉnh năm 2021", "nameEn": "Provincial PAR INDEX 2021",
    "unitKind": "PROVINCE", "issuerCode": "BNV", "totalMaximum": "100", "illustrative": True,
    "notes": "Illustrative: the 2021 index was scored under an earlier criteria set whose tree is not published in "
             "our sources. This demo tree reuses the 2022 structure (8 fields, 37 criteria, 88 components) with a "
             "different split of criterion 7.3 (7.3.1 worth 2 and 7.3.2 worth 1 point).",
    "fields": province_2021})

# 2023 is scored on the 2022 tree (Decision 876/QĐ-BNV applies 2022-2030); in the demo only self-assessments exist.
write("PROVINCE-2023.json", {
    "code": "PROVINCE-2023", "family": "PROVINCE", "year": 2023, "lastYear": 2023,
    "name": "Bộ chỉ số CCHC cấp tỉnh năm 2023", "nameEn": "Provincial PAR INDEX 2023",
    "unitKind": "PROVINCE", "issuerCode": "BNV", "sourceDecision": "876/QĐ-BNV", "totalMaximum": "100",
    "illustrative": True,
    "notes": "The 2022 tree (Decision 876/QĐ-BNV, in force 2022-2030) applied to 2023; the same parts are illustrative. "
             "In the demo the 2023 results are published (mostly synthetic) and Lạng Sơn's self-assessment is as it stood in November 2023. The scoring rubrics of "
             "components 3.3.3, 7.2.2, 7.2.3, 7.3.2 and 7.3.3 are illustrative.",
    "fields": with_rubrics(province)})

# 2024 is scored on the same tree (Decision 876/QĐ-BNV applies 2022-2030); the demo holds its published results.
write("PROVINCE-2024.json", {
    "code": "PROVINCE-2024", "family": "PROVINCE", "year": 2024, "lastYear": 2024,
    "name": "Bộ chỉ số CCHC cấp tỉnh năm 2024", "nameEn": "Provincial PAR INDEX 2024",
    "unitKind": "PROVINCE", "issuerCode": "BNV", "sourceDecision": "876/QĐ-BNV", "totalMaximum": "100",
    "illustrative": True,
    "notes": "The 2022 tree (Decision 876/QĐ-BNV, in force 2022-2030) applied to 2024, the last index of the 63 old "
             "provinces (published 6/4/2025); the same parts are illustrative. The scoring rubrics of components "
             "3.3.3, 7.2.2, 7.2.3, 7.3.2 and 7.3.3 are illustrative.",
    "fields": with_rubrics(province)})

# The 2017-2019 set (Decision 2948/QĐ-BNV) had 8 fields, 41 criteria and 96 components; its tree is not published in
# our sources. The demo builds an illustrative one from the 2022 tree: four criteria split in two (their components
# shared out) and eight components split in halves, every maximum and method kept, the codes renumbered. So the
# 2018 tree scores the same 100 points by the same methods (61.5 / 6.5 / 22 / 10) in other nodes, which is what a
# like-for-like comparison across methodologies must cope with.
SPLIT_CRITERIA = ["1.3", "2.2", "5.2", "6.1"]
SPLIT_COMPONENTS = ["1.1.2", "2.1.1", "3.2.2", "4.1.1", "5.1.1", "6.2.1", "7.2.1", "8.1.1"]


def tree_2017(tree):
    """The illustrative 8/41/96 tree, and for each of its components the 2022 component it was cut from."""
    tree = json.loads(json.dumps(tree))
    origin = {}
    fields = []
    for field in tree:
        criteria = []
        for criterion in field["children"]:
            components = []
            for component in criterion["children"]:
                if component["code"] in SPLIT_COMPONENTS:
                    half = format((Decimal(component["maxPoints"]) / 2).normalize(), "f")
                    assert Decimal(half) % Decimal("0.01") == 0, (component["code"], half)  # points are in hundredths
                    for part, (vi, en) in enumerate([(" (phần 1)", " (part 1)"), (" (phần 2)", " (part 2)")]):
                        piece = dict(component, name=component["name"] + vi, nameEn=component["nameEn"] + en,
                                     maxPoints=half)
                        piece["_from"] = component["code"]
                        components.append(piece)
                else:
                    components.append(dict(component, _from=component["code"]))
            if criterion["code"] in SPLIT_CRITERIA and len(components) >= 2:
                cut = len(components) // 2
                parts = [(criterion["name"], criterion["nameEn"], components[:cut]),
                         (criterion["name"] + " (tiếp)", criterion["nameEn"] + " (continued)", components[cut:])]
            else:
                parts = [(criterion["name"], criterion["nameEn"], components)]
            for vi, en, members in parts:
                total = sum(Decimal(m["maxPoints"]) for m in members)
                criteria.append({"name": vi, "nameEn": en, "maxPoints": format(total.normalize(), "f"),
                                 "responsibleUnitCodes": criterion.get("responsibleUnitCodes"), "children": members})
        for c_index, criterion in enumerate(criteria, start=1):
            criterion["code"] = f"{field['code']}.{c_index}"
            if not criterion["responsibleUnitCodes"]:
                del criterion["responsibleUnitCodes"]
            for k_index, component in enumerate(criterion["children"], start=1):
                component["code"] = f"{criterion['code']}.{k_index}"
                origin[component["code"]] = component.pop("_from")
                component.pop("rubric", None)
        fields.append(dict(field, children=[{"code": c["code"], **{k: v for k, v in c.items() if k != "code"}}
                                            for c in criteria]))
    return fields, origin


province_2017, ORIGIN_2017 = tree_2017(province)
counts, by_method = check(province_2017, "100")
assert counts == [8, 41, 96], counts
assert by_method == {AS: Decimal("61.5"), ST: Decimal("6.5"), LS: Decimal(22), CS: Decimal(10)}, by_method
for year in (2018, 2019):
    write(f"PROVINCE-{year}.json", {
        "code": f"PROVINCE-{year}", "family": "PROVINCE", "year": year, "lastYear": year,
        "name": f"Bộ chỉ số CCHC cấp tỉnh năm {year}", "nameEn": f"Provincial PAR INDEX {year}",
        "unitKind": "PROVINCE", "issuerCode": "BNV", "sourceDecision": "2948/QĐ-BNV", "totalMaximum": "100",
        "illustrative": True,
        "notes": "8 fields, 41 criteria, 96 components, 100 points: the shape of the 2017-2019 set (Decision "
                 "2948/QĐ-BNV). Illustrative: its tree is not published in our sources; this one is cut from the demo's "
                 "2022 tree (criteria 1.3, 2.2, 5.2 and 6.1 of 2022 split in two, eight components in halves, the "
                 "codes renumbered) and keeps the 2022 points by method (61.5 / 6.5 / 22 / 10).",
        "fields": province_2017})

def crosswalk_from_2017_set(code):
    """The 2017-2019 tree's components mapped onto the 2021/2022 components they were cut from."""
    by_target = {}
    for old, new in ORIGIN_2017.items():
        by_target.setdefault(new, []).append(old)
    mappings = [{"from": sorted(olds), "to": [new]} for new, olds in by_target.items()]
    return {"fromMethodologyCode": code, "mappings": mappings,
            "notes": "Illustrative, as both trees: each 2019 component onto the component it was cut from."}


# 2020 was scored on a set whose tree is not published in our sources; the demo reuses its 2021 tree.
write("PROVINCE-2020.json", {
    "code": "PROVINCE-2020", "family": "PROVINCE", "year": 2020, "lastYear": 2020,
    "name": "Bộ chỉ số CCHC cấp tỉnh năm 2020", "nameEn": "Provincial PAR INDEX 2020",
    "unitKind": "PROVINCE", "issuerCode": "BNV", "totalMaximum": "100", "illustrative": True,
    "notes": "Illustrative: the 2020 index was scored under a criteria set whose tree is not published in our "
             "sources; this demo tree is the demo's 2021 tree. Its crosswalk from PROVINCE-2019 maps each of the "
             "2019 tree's 96 components onto the component it was cut from (the halves of a split component merge "
             "back), so that 2020 compares with 2019 like for like.",
    "fields": province_2021,
    "crosswalks": [crosswalk_from_2017_set("PROVINCE-2019")]})

# Lạng Sơn's own index of its district-level units: 8 fields, 2 criteria each, 2 components each.
DISTRICT_FIELD_MAX = ["10", "8", "14", "9", "14", "8", "15", "22"]
district = []
for f_index, (f_spec, f_max) in enumerate(zip(PROVINCE_TREE, DISTRICT_FIELD_MAX)):
    f_code, f_vi, f_en = f_spec[0], f_spec[1], f_spec[2]
    criteria = []
    half = Decimal(f_max) / 2
    for c_spec in f_spec[5][:2]:
        c_code, c_vi, c_en = c_spec[0], c_spec[1], c_spec[2]
        components = []
        for k, comp in enumerate(c_spec[5][:2]):
            if len(c_spec[5]) < 2:
                comp = c_spec[5][0]
            method = comp[4]
            if f_code == "8":
                method = CS if c_code == "8.1" else ST
            elif method != AS:
                method = AS
            components.append({"code": f"{c_code}.{k + 1}", "name": comp[1], "nameEn": comp[2],
                               "maxPoints": str((half / 2).normalize()), "method": method})
        if len(components) == 1:
            components.append({"code": f"{c_code}.2", "name": c_vi + " (kết quả thực hiện)",
                               "nameEn": c_en + " (results)", "maxPoints": str((half / 2).normalize()), "method": AS})
        criteria.append({"code": c_code, "name": c_vi, "nameEn": c_en, "maxPoints": str(half.normalize()),
                         "children": components})
    district.append({"code": f_code, "name": f_vi, "nameEn": f_en, "maxPoints": f_max, "children": criteria})
counts, _ = check(district, "100")
assert counts == [8, 16, 32], counts
write("LS-DISTRICT-2022.json", {
    "code": "LS-DISTRICT-2022", "family": "LS-DISTRICT", "year": 2022, "lastYear": 2022,
    "name": "Bộ chỉ số CCHC các huyện, thành phố tỉnh Lạng Sơn năm 2022",
    "nameEn": "Lạng Sơn district-level PAR index 2022", "unitKind": "DISTRICT", "issuerCode": "20",
    "totalMaximum": "100", "illustrative": True,
    "notes": "Illustrative: Lạng Sơn scores and ranks its 11 district-level units with a criteria set of its own, "
             "whose tree is not published in our sources. This demo tree has the 8 provincial fields with 2 criteria "
             "of 2 components each; only Văn Quan's result (78.50%, rank 10 of 11) is published.",
    "fields": district})
write("LS-DISTRICT-2023.json", {
    "code": "LS-DISTRICT-2023", "family": "LS-DISTRICT", "year": 2023, "lastYear": 2023,
    "name": "Bộ chỉ số CCHC các huyện, thành phố tỉnh Lạng Sơn năm 2023",
    "nameEn": "Lạng Sơn district-level PAR index 2023", "unitKind": "DISTRICT", "issuerCode": "20",
    "totalMaximum": "100", "illustrative": True,
    "notes": "Illustrative: the 2022 demo tree applied to 2023. In the demo the districts' self-assessments exist, as "
             "they stood in November 2023 (synthetic).",
    "fields": district})
print("wrote PROVINCE-2018 to 2024.json, LS-DISTRICT-2022/2023.json")
