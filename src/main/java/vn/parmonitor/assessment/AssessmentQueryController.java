package vn.parmonitor.assessment;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/** Entry points to assessments: by unit and year, rankings, points lost. */
@Controller
class AssessmentQueryController {

	private final AssessmentReader reader;

	private final RankingService rankings;

	private final AssessmentVisibility visibility;

	private final UnitService units;

	AssessmentQueryController(AssessmentReader reader, RankingService rankings, AssessmentVisibility visibility,
			UnitService units) {
		this.reader = reader;
		this.rankings = rankings;
		this.visibility = visibility;
		this.units = units;
	}

	@QueryMapping
	AssessmentView assessment(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument ScoreStage stage) {
		unitCode = units.keyInYear(unitCode, year);
		visibility.checkStage(unitCode, stage);
		AssessmentKey key = new AssessmentKey(unitCode, year, methodologyCode, stage);
		return visibility.visible(reader.load(List.of(key)).get(key), visibility.entitled(List.of(unitCode)));
	}

	@QueryMapping
	RankingConnection ranking(@Argument String methodologyCode, @Argument int year, @Argument String parentCode,
			@Argument ScoreStage stage, @Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before) {
		visibility.checkRankingStage(stage);
		String parent = parentCode == null ? null : units.keyInYear(parentCode, year);
		return rankings.page(methodologyCode, year, stage, parent, new PageRequest(first, after, last, before),
				!visibility.seesEveryUnit());
	}

	@QueryMapping
	PointsLostBreakdown pointsLost(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument ScoreStage stage, @Argument PointsLostGrouping groupBy) {
		AssessmentView view = assessment(unitCode, year, methodologyCode, stage);
		return view == null ? null : PointsLostBreakdown.of(view, groupBy);
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
