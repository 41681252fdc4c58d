package vn.parmonitor.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.AssessmentReads;
import vn.parmonitor.assessment.PointsLostBreakdown;
import vn.parmonitor.assessment.PointsLostGroupView;
import vn.parmonitor.assessment.PointsLostGrouping;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Where a unit's index lost its points, as a workbook: one sheet per grouping of GraphQL's {@code pointsLost} (field,
 * criterion, responsible agency, assessment method), the same figures, largest loss first within each sheet's order.
 */
@Component
class PointsLostExport {

	private static final List<String> HEADINGS = List.of("code", "name", "maximumPoints", "achievedPoints", "lostPoints",
			"indexPercent", "shareOfLostPercent", "components");

	private static final Map<PointsLostGrouping, String> SHEETS = new java.util.LinkedHashMap<>();

	static {
		SHEETS.put(PointsLostGrouping.FIELD, "fields");
		SHEETS.put(PointsLostGrouping.CRITERION, "criteria");
		SHEETS.put(PointsLostGrouping.RESPONSIBLE_AGENCY, "agencies");
		SHEETS.put(PointsLostGrouping.ASSESSMENT_METHOD, "methods");
	}

	private final AssessmentReads reads;

	private final UnitService units;

	PointsLostExport(AssessmentReads reads, UnitService units) {
		this.reads = reads;
		this.units = units;
	}

	byte[] build(String unitCode, int year, String methodologyCode, ScoreStage stage) {
		try (ExportWorkbook book = new ExportWorkbook()) {
			PointsLostBreakdown first = null;
			for (Map.Entry<PointsLostGrouping, String> sheet : SHEETS.entrySet()) {
				PointsLostBreakdown breakdown = reads.pointsLost(unitCode, year, methodologyCode, stage, sheet.getKey());
				if (breakdown == null) {
					throw new SpreadsheetRefusal(HttpStatus.NOT_FOUND, "unitCode", "unit " + unitCode + " has no "
							+ (methodologyCode == null ? "" : methodologyCode + " ") + "assessment of " + year
							+ " that this caller may read");
				}
				first = first == null ? breakdown : first;
				Map<String, Unit> agencies = units.findAll(breakdown.groups().stream().map(PointsLostGroupView::agencyCode)
					.filter(java.util.Objects::nonNull).toList());
				book.sheet(sheet.getValue(), HEADINGS);
				for (PointsLostGroupView group : breakdown.groups()) {
					List<Object> row = new ArrayList<>();
					row.add(group.key());
					row.add(name(group, agencies));
					row.add(group.maximumPoints());
					row.add(group.achievedPoints());
					row.add(group.lostPoints());
					row.add(group.indexPercent());
					row.add(group.shareOfLostPercent());
					row.add(group.components());
					book.row(row);
				}
			}
			return book.write(List.of("Điểm bị mất / Points lost: " + unitCode + ", " + first.assessment().methodology().code()
					+ ", " + year + ", " + first.assessment().stage() + "; tổng / total " + first.lostPoints().toPlainString()
					+ " of " + first.assessment().maximumPoints().toPlainString(),
					"lostPoints = maximumPoints − achievedPoints of the components scored; shareOfLostPercent = the group's "
							+ "share of all points lost.",
					"Nguồn / Source: PAR Monitor, GraphQL pointsLost(unitCode: \"" + unitCode + "\", year: " + year
							+ ", groupBy: ...)."));
		}
	}

	private static String name(PointsLostGroupView group, Map<String, Unit> agencies) {
		if (group.criterion() != null) {
			return group.criterion().name();
		}
		if (group.agencyCode() != null) {
			Unit agency = agencies.get(group.agencyCode());
			return agency == null ? group.agencyCode() : agency.name();
		}
		return group.method() == null ? "" : group.method().name();
	}

}
