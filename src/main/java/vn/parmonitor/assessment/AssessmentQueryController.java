package vn.parmonitor.assessment;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.Unit;

/** Entry points to assessments: by unit and year, rankings, points lost. */
@Controller
class AssessmentQueryController {

	private final AssessmentReads reads;

	AssessmentQueryController(AssessmentReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	AssessmentView assessment(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument ScoreStage stage) {
		return reads.assessment(unitCode, year, methodologyCode, stage);
	}

	@QueryMapping
	RankingConnection ranking(@Argument String methodologyCode, @Argument int year, @Argument String parentCode,
			@Argument ScoreStage stage, @Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, DataFetchingFieldSelectionSet selection) {
		return reads.ranking(methodologyCode, year, parentCode, stage, new PageRequest(first, after, last, before),
				RankingSelection.totalsEnough(selection));
	}

	@QueryMapping
	PointsLostBreakdown pointsLost(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument ScoreStage stage, @Argument PointsLostGrouping groupBy) {
		return reads.pointsLost(unitCode, year, methodologyCode, stage, groupBy);
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<AssessmentView> assessment(Unit unit, @Argument int year, @Argument String methodologyCode,
			@Argument ScoreStage stage, DataLoader<AssessmentKey, AssessmentView> unitAssessment) {
		return unitAssessment.load(new AssessmentKey(unit.key(), year, methodologyCode, stage));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<PagedConnection<AssessmentView>> assessments(Unit unit, @Argument Integer first,
			@Argument String after,
			DataLoader<AssessmentLoaders.UnitAssessmentsKey, PagedConnection<AssessmentView>> unitAssessments) {
		return unitAssessments
			.load(new AssessmentLoaders.UnitAssessmentsKey(unit.key(), new PageRequest(first, after, null, null)));
	}

}
