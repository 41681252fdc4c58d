package vn.parmonitor.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.assessment.CompetitionRanking;
import vn.parmonitor.assessment.PointsLostCalculator;
import vn.parmonitor.assessment.PointsLostGrouping;

/**
 * Each unit's latest published (FINAL) index and rank per methodology family, and, for the units the plans set
 * targets on, where they lost points (by field and by lead agency). Series are keyed by family, not year, so a new
 * year replaces the old one instead of piling up.
 */
class UnitGauges {

	private final MultiGauge index;

	private final MultiGauge rank;

	private final MultiGauge ranked;

	private final MultiGauge year;

	private final MultiGauge lostByField;

	private final MultiGauge lostByAgency;

	UnitGauges(MeterRegistry registry) {
		index = MultiGauge.builder("par.unit.index").baseUnit("ratio")
			.description("A unit's latest published index (0 to 1) in a methodology family").register(registry);
		rank = MultiGauge.builder("par.unit.rank")
			.description("A unit's latest published rank in a methodology family (1 = best)").register(registry);
		ranked = MultiGauge.builder("par.unit.ranked.units")
			.description("How many units the latest published ranking of a family ranks").register(registry);
		year = MultiGauge.builder("par.unit.assessment.year")
			.description("The year of the latest published ranking of a family").register(registry);
		lostByField = MultiGauge.builder("par.unit.lost").baseUnit("points")
			.description("Points lost (maximum − achieved) in the latest published year, by field").register(registry);
		lostByAgency = MultiGauge.builder("par.unit.lost.by.agency").baseUnit("points")
			.description("Points lost in the latest published year, by lead responsible agency").register(registry);
	}

	void update(List<FamilyRanking> rankings, List<AssessmentView> watched) {
		List<MultiGauge.Row<?>> indexRows = new ArrayList<>();
		List<MultiGauge.Row<?>> rankRows = new ArrayList<>();
		List<MultiGauge.Row<?>> rankedRows = new ArrayList<>();
		List<MultiGauge.Row<?>> yearRows = new ArrayList<>();
		for (FamilyRanking ranking : rankings) {
			Tags family = Tags.of("family", ranking.family());
			rankedRows.add(MultiGauge.Row.of(family, ranking.entries().size()));
			yearRows.add(MultiGauge.Row.of(family, ranking.year()));
			for (CompetitionRanking.Ranked entry : ranking.entries()) {
				Tags tags = family.and("unit", entry.entry().unitCode());
				indexRows.add(MultiGauge.Row.of(tags, entry.entry().indexPercent().movePointLeft(2).doubleValue()));
				rankRows.add(MultiGauge.Row.of(tags, entry.rank()));
			}
		}
		List<MultiGauge.Row<?>> fieldRows = new ArrayList<>();
		List<MultiGauge.Row<?>> agencyRows = new ArrayList<>();
		for (AssessmentView view : watched) {
			Tags tags = Tags.of("family", view.methodology().family(), "unit", view.unitCode());
			for (PointsLostCalculator.Group group : PointsLostCalculator.group(view.result(), PointsLostGrouping.FIELD)) {
				fieldRows.add(MultiGauge.Row.of(tags.and("field", group.key().id()), points(group.lostPoints())));
			}
			for (PointsLostCalculator.Group group : PointsLostCalculator.group(view.result(),
					PointsLostGrouping.RESPONSIBLE_AGENCY)) {
				agencyRows.add(MultiGauge.Row.of(tags.and("agency", group.key().id()), points(group.lostPoints())));
			}
		}
		index.register(indexRows, true);
		rank.register(rankRows, true);
		ranked.register(rankedRows, true);
		year.register(yearRows, true);
		lostByField.register(fieldRows, true);
		lostByAgency.register(agencyRows, true);
	}

	private static double points(BigDecimal value) {
		return value.doubleValue();
	}

	/** The latest published ranking of a methodology family. */
	record FamilyRanking(String family, String methodologyCode, int year, List<CompetitionRanking.Ranked> entries) {
	}

}
