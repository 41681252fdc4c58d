package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ranking scope's totals as they stand, kept as one document (collection {@code rankings}) so that a ranking page
 * or a rank is one read by {@code _id} instead of a query over the assessments and a read of each ranked one
 * ({@link RankingSnapshots}).
 *
 * @param id {@code <methodology>:<year>:<stage>}, or {@code <methodology>:<year>:PUBLISHED} for the published results
 * @param inputsVersion the version of the methodology and year's assessments it was computed from
 * @param unitsVersion the version of the units (their validity decides who a year's ranking covers)
 * @param entries every unit ranked, in no particular order (a page ranks them, within a parent if asked)
 */
@Document("rankings")
record RankingSnapshot(@Id String id, long inputsVersion, long unitsVersion, Instant computedAt,
		List<RankedTotal> entries) {

	RankingSnapshot {
		entries = entries == null ? List.of() : List.copyOf(entries);
	}

	/**
	 * One unit's total in the scope, with its field totals.
	 *
	 * @param parentUnitCode the unit's parent when its scores were recorded (rankings within a parent)
	 */
	record RankedTotal(String unitCode, String parentUnitCode, StageTotal total) {
	}

}
