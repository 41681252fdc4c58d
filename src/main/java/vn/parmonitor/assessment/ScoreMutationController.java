package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.UnitService;

/** GraphQL mutations that record component scores, each stage by its role ({@link ScorePermissions}). */
@Controller
class ScoreMutationController {

	private final AssessmentService assessments;

	private final AssessmentReader reader;

	private final UnitService units;

	ScoreMutationController(AssessmentService assessments, AssessmentReader reader, UnitService units) {
		this.assessments = assessments;
		this.reader = reader;
		this.units = units;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER', 'UNIT')")
	RecordScoresResult recordComponentScore(@Argument RecordComponentScoreInput input) {
		String unit = units.keyInYear(input.unitCode(), input.year());
		ScorePermissions.check(unit, java.util.Collections.singletonList(input.stage()), units);
		return assessments.recordOne(ScoreBatch.of(unit, input.methodologyCode(), input.year(),
				List.of(new ScoreInput(input.componentCode(), input.stage(), input.points(), input.note())),
				input.sourceNote()));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER', 'UNIT')")
	RecordScoresResult recordComponentScores(@Argument RecordComponentScoresInput input) {
		String unit = units.keyInYear(input.unitCode(), input.year());
		ScorePermissions.check(unit, input.scores() == null ? List.of()
				: input.scores().stream().map(ScoreInput::stage).toList(), units);
		return assessments.record(
				ScoreBatch.of(unit, input.methodologyCode(), input.year(), input.scores(), input.sourceNote()));
	}

	@SchemaMapping(typeName = "RecordScoresPayload")
	AssessmentView assessment(RecordScoresResult result) {
		return result.assessment() == null ? null : reader.views(List.of(result.assessment()), null).get(0);
	}

	@SchemaMapping(typeName = "RecordScoresPayload")
	List<UserError> userErrors(RecordScoresResult result) {
		return result.userErrors();
	}

	record RecordComponentScoreInput(String unitCode, String methodologyCode, Integer year, String componentCode,
			ScoreStage stage, BigDecimal points, String note, String sourceNote) {
	}

	record RecordComponentScoresInput(String unitCode, String methodologyCode, Integer year, List<ScoreInput> scores,
			String sourceNote) {
	}

}
