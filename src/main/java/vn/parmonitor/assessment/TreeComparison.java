package vn.parmonitor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;

/**
 * Says whether two years' trees score the same way, and lists how they differ: nodes only in one of them, moved
 * nodes, changed maxima or methods. A year-on-year change across differing trees compares unlike things, and the
 * API says so.
 */
public final class TreeComparison {

	/** Enough to tell a reader what changed without flooding a response. */
	static final int MAX_DIFFERENCES = 20;

	private TreeComparison() {
	}

	public static List<String> differences(CriterionTree before, CriterionTree after) {
		List<String> differences = new ArrayList<>();
		String was = before.methodology().code();
		String now = after.methodology().code();
		if (before.methodology().totalMaximum().compareTo(after.methodology().totalMaximum()) != 0) {
			differences.add("total maximum " + Points.shown(before.methodology().totalMaximum()).toPlainString() + " in "
					+ was + ", " + Points.shown(after.methodology().totalMaximum()).toPlainString() + " in " + now);
		}
		for (CriterionDefinition old : before.nodes()) {
			after.node(old.code()).ifPresentOrElse(current -> compare(old, current, differences),
					() -> differences.add(old.level().name().toLowerCase(java.util.Locale.ROOT) + " " + old.code() + " is only in " + was));
		}
		for (CriterionDefinition current : after.nodes()) {
			if (before.node(current.code()).isEmpty()) {
				differences.add(current.level().name().toLowerCase(java.util.Locale.ROOT) + " " + current.code() + " is only in " + now);
			}
		}
		if (differences.size() > MAX_DIFFERENCES) {
			int more = differences.size() - MAX_DIFFERENCES;
			List<String> shortened = new ArrayList<>(differences.subList(0, MAX_DIFFERENCES));
			shortened.add("… and " + more + " more differences");
			return shortened;
		}
		return differences;
	}

	/**
	 * One sentence on how the tree of a result differs from the tree of the result before it, for a history: null when
	 * they score the same way.
	 */
	static String summary(CriterionTree before, CriterionTree after) {
		if (before == null || after == null) {
			return null;
		}
		List<String> differences = differences(before, after);
		if (differences.isEmpty()) {
			return null;
		}
		return "scored on " + after.methodology().code() + " (" + shape(after) + "), the result before on "
				+ before.methodology().code() + " (" + shape(before) + "): not a like-for-like comparison; the first "
				+ "difference: " + differences.get(0);
	}

	private static String shape(CriterionTree tree) {
		return tree.count(NodeLevel.FIELD) + " fields, " + tree.count(NodeLevel.CRITERION) + " criteria, "
				+ tree.count(NodeLevel.COMPONENT) + " components";
	}

	private static void compare(CriterionDefinition old, CriterionDefinition current, List<String> differences) {
		String label = current.level().name().toLowerCase(java.util.Locale.ROOT) + " " + current.code();
		if (!Objects.equals(old.parentCode(), current.parentCode()) || old.level() != current.level()) {
			differences.add(label + " moved from under " + old.parentCode() + " to under " + current.parentCode());
		}
		if (old.maxPoints().compareTo(current.maxPoints()) != 0) {
			differences.add(label + " maximum " + Points.shown(old.maxPoints()).toPlainString() + " → "
					+ Points.shown(current.maxPoints()).toPlainString());
		}
		if (old.method() != current.method()) {
			differences.add(label + " method " + old.method() + " → " + current.method());
		}
	}

}
