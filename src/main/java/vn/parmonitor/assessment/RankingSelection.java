package vn.parmonitor.assessment;

import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Whether a {@code ranking} query reads no more of each ranked assessment than its ranking's snapshot holds (the
 * totals and the field totals): then the page is answered from the snapshot alone, without reading the 63 (or 700)
 * assessments and their scores. A list of what is allowed, so that a field added to {@code Assessment} later reads
 * the assessments until someone adds it here.
 */
final class RankingSelection {

	private static final String ASSESSMENT = "edges/node/assessment/";

	/** Fields of {@code Assessment} the snapshot answers; those holding objects answer all their own fields. */
	private static final Set<String> ASSESSMENT_FIELDS = Set.of("__typename", "id", "unit", "methodology", "year",
			"stage", "points", "maximumPoints", "assessedMaximumPoints", "indexPercent", "group", "complete",
			"componentsScored", "rank", "rankInParent", "fields");

	/** Fields of the fields' {@code NodeResult}s it answers (not their children: the nodes below are not in it). */
	private static final Set<String> FIELD_RESULT_FIELDS = Set.of("__typename", "criterion", "points",
			"maximumPoints", "assessedMaximumPoints", "indexPercent", "lostPoints", "pendingPoints", "complete");

	private RankingSelection() {
	}

	static boolean totalsEnough(DataFetchingFieldSelectionSet selection) {
		if (selection == null) {
			return false;
		}
		for (SelectedField field : selection.getFields()) {
			String name = field.getQualifiedName();
			if (!name.startsWith(ASSESSMENT)) {
				continue;
			}
			String[] path = name.substring(ASSESSMENT.length()).split("/");
			if (!ASSESSMENT_FIELDS.contains(path[0])) {
				return false;
			}
			if (path[0].equals("fields") && path.length > 1 && !FIELD_RESULT_FIELDS.contains(path[1])) {
				return false;
			}
		}
		return true;
	}

}
