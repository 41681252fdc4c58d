package vn.parmonitor.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.ComponentScore;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.StageScore;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.unit.Unit;

/**
 * The score template of one unit, methodology, year and stage: a row per component of the tree, in its order, with
 * the component's name and maximum to read, the points and notes already recorded at that stage (so that a template
 * sent back unchanged changes nothing), and validation: points a decimal from 0 to the row's maximum, the stage one of
 * three, the component one of the tree's.
 */
@Component
class ScoreTemplate {

	private final AssessmentReader assessments;

	ScoreTemplate(AssessmentReader assessments) {
		this.assessments = assessments;
	}

	byte[] build(Methodology methodology, Unit unit, int year, ScoreStage stage) {
		CriterionTree tree = CriterionTree.of(methodology);
		Map<String, ComponentScore> recorded = assessments
			.findByIds(List.of(Assessment.idOf(unit.key(), methodology.code(), year))).stream()
			.flatMap(assessment -> assessment.scores().stream())
			.collect(Collectors.toMap(ComponentScore::componentCode, Function.identity()));
		TemplateWorkbook book = new TemplateWorkbook("scores", ScoreImport.COLUMNS);
		for (CriterionDefinition component : tree.components()) {
			ComponentScore score = recorded.get(component.code());
			StageScore atStage = score == null ? null : score.at(stage);
			book.row(unit.officialCode(), methodology.code(), year, component.code(), component.name(),
					component.maxPoints(), stage.name(), atStage == null ? null : atStage.points(),
					atStage == null ? null : atStage.note());
		}
		book.readOnly("componentName");
		book.readOnly("maxPoints");
		String maxOfRow = Header.letters(ScoreImport.COLUMNS.stream().map(ImportColumn::name).toList().indexOf("maxPoints"))
				+ "2";
		book.decimalBetween("points", "0", maxOfRow, "Điểm từ 0 đến điểm tối đa của dòng",
				"points from 0 to the row's maximum");
		book.oneOf("stage", "stage", List.of("SELF", "APPRAISED", "FINAL"), "SELF, APPRAISED hoặc FINAL",
				"SELF, APPRAISED or FINAL");
		book.oneOf("componentCode", "componentCode", tree.components().stream().map(CriterionDefinition::code).toList(),
				"Mã tiêu chí thành phần của " + methodology.code(), "a component of " + methodology.code());
		return book.write("Biểu mẫu điểm / Score template: " + methodology.code() + ", " + unit.name() + " ("
				+ unit.officialCode() + "), " + year + ", " + stage, List.of(
						"Điền cột points (và note) rồi gửi lại tệp: POST /imports/scores (xem README, \"Spreadsheets\").",
						"Fill in points (and note), then send the file back: POST /imports/scores (README, \"Spreadsheets\").",
						"Tổng điểm tối đa / Total maximum: " + methodology.totalMaximum().stripTrailingZeros().toPlainString()
								+ "; " + tree.components().size() + " tiêu chí thành phần / components."));
	}

}
