package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Crosswalk;
import vn.parmonitor.methodology.NodeLevel;

/**
 * Two years compared on what both score (GraphQL {@code LikeForLikeComparison}, issue 10): the components of the
 * current tree that the earlier year's components map onto (by the methodology's crosswalk from the earlier one, or,
 * without one, by the same code and method), each earlier result carried over as its share of its points, so that a
 * component worth 2 points then and 1.5 now compares its shares. The comparable index is the index of that common
 * part in each year; every component left out is listed.
 *
 * @param basis {@code CROSSWALK} or {@code SAME_CODES}
 * @param crosswalkFrom the earlier methodology of the crosswalk used, when one is
 * @param comparableMaximumPoints the maxima, in the current tree, of the components compared
 * @param previousPoints the earlier year's points carried over onto them
 * @param currentPoints this year's points on them
 * @param fields the same by field of the current tree, in tree order (fields with nothing compared left out)
 * @param notCompared what could not be compared, and why
 */
public record LikeForLike(String basis, String crosswalkFrom, BigDecimal comparableMaximumPoints, BigDecimal previousPoints,
		BigDecimal currentPoints, List<FieldComparison> fields, List<String> notCompared) {

	/** Enough to say what was left out without flooding a response. */
	static final int MAX_LISTED = 30;

	public BigDecimal previousIndexPercent() {
		return comparableMaximumPoints.signum() == 0 ? null : Points.indexPercent(previousPoints, comparableMaximumPoints);
	}

	public BigDecimal currentIndexPercent() {
		return comparableMaximumPoints.signum() == 0 ? null : Points.indexPercent(currentPoints, comparableMaximumPoints);
	}

	/** Change of the comparable index in percentage points. */
	public BigDecimal indexChange() {
		BigDecimal before = previousIndexPercent();
		BigDecimal now = currentIndexPercent();
		return before == null || now == null ? null : now.subtract(before);
	}

	/**
	 * One field of the current tree compared.
	 *
	 * @param field the field
	 * @param comparableMaximumPoints the maxima of its components compared
	 */
	public record FieldComparison(CriterionNodeView field, BigDecimal comparableMaximumPoints, BigDecimal previousPoints,
			BigDecimal currentPoints) {

		public BigDecimal pointsChange() {
			return currentPoints.subtract(previousPoints);
		}

	}

	/** Compares {@code current} with {@code previous}, through {@code crosswalk} when the methodology has one. */
	static LikeForLike between(AssessmentView previous, AssessmentView current, Optional<Crosswalk> crosswalk) {
		List<Crosswalk.Mapping> mappings = crosswalk.map(Crosswalk::mappings)
			.orElseGet(() -> sameCodes(previous.tree(), current.tree()));
		CriterionTree now = current.tree();
		CriterionTree then = previous.tree();
		Map<String, BigDecimal[]> byField = new LinkedHashMap<>();
		now.fields().forEach(field -> byField.put(field.code(), new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO }));
		List<String> notCompared = new ArrayList<>();
		Set<String> mappedNow = new HashSet<>();
		Set<String> mappedThen = new HashSet<>();
		for (Crosswalk.Mapping mapping : mappings) {
			mappedThen.addAll(mapping.from());
			mappedNow.addAll(mapping.to());
			Optional<BigDecimal> share = share(previous, then, mapping.from());
			boolean scoredNow = mapping.to().stream().allMatch(code -> scored(current, code));
			if (share.isEmpty() || !scoredNow) {
				notCompared.add(describe(mapping) + ": not scored in " + (share.isEmpty() ? previous.year()
						: current.year()));
				continue;
			}
			BigDecimal toMaximum = maximum(now, mapping.to());
			for (int i = 0; i < mapping.to().size(); i++) {
				String code = mapping.to().get(i);
				CriterionDefinition component = now.node(code).orElseThrow();
				BigDecimal weight = mapping.weights().isEmpty()
						? component.maxPoints().divide(toMaximum, 10, RoundingMode.HALF_UP) : mapping.weights().get(i);
				// The earlier share of the mapping's points, on this component's part of them.
				BigDecimal carried = share.get().multiply(toMaximum).multiply(weight);
				BigDecimal[] totals = byField.get(now.ancestorAt(component, NodeLevel.FIELD).code());
				totals[0] = totals[0].add(component.maxPoints());
				totals[1] = totals[1].add(carried);
				totals[2] = totals[2].add(current.result().node(code).points());
			}
		}
		now.components().stream().filter(component -> !mappedNow.contains(component.code()))
			.forEach(component -> notCompared.add("component " + component.code() + " (" + Points.shown(
					component.maxPoints()).toPlainString() + " points) is only in " + now.methodology().code()));
		then.components().stream().filter(component -> !mappedThen.contains(component.code()))
			.forEach(component -> notCompared.add("component " + component.code() + " (" + Points.shown(
					component.maxPoints()).toPlainString() + " points) is only in " + then.methodology().code()));
		List<FieldComparison> fields = new ArrayList<>();
		BigDecimal maximum = BigDecimal.ZERO;
		BigDecimal before = BigDecimal.ZERO;
		BigDecimal after = BigDecimal.ZERO;
		for (CriterionDefinition field : now.fields()) {
			BigDecimal[] totals = byField.get(field.code());
			if (totals[0].signum() > 0) {
				fields.add(new FieldComparison(new CriterionNodeView(now, field), Points.shown(totals[0]), rounded(totals[1]),
						Points.shown(totals[2])));
				maximum = maximum.add(totals[0]);
				before = before.add(totals[1]);
				after = after.add(totals[2]);
			}
		}
		return new LikeForLike(crosswalk.isPresent() ? "CROSSWALK" : "SAME_CODES",
				crosswalk.map(Crosswalk::fromMethodologyCode).orElse(null), Points.shown(maximum), rounded(before),
				Points.shown(after), fields, shortened(notCompared));
	}

	/** Without a crosswalk: the components both trees have, by code, assessed the same way. */
	private static List<Crosswalk.Mapping> sameCodes(CriterionTree then, CriterionTree now) {
		List<Crosswalk.Mapping> mappings = new ArrayList<>();
		for (CriterionDefinition component : now.components()) {
			then.node(component.code())
				.filter(earlier -> earlier.level() == NodeLevel.COMPONENT && earlier.method() == component.method())
				.ifPresent(earlier -> mappings.add(new Crosswalk.Mapping(List.of(earlier.code()),
						List.of(component.code()), List.of())));
		}
		return mappings;
	}

	/** The earlier points of {@code codes} as a share of their maxima; empty when one of them is not scored. */
	private static Optional<BigDecimal> share(AssessmentView view, CriterionTree tree, List<String> codes) {
		BigDecimal points = BigDecimal.ZERO;
		for (String code : codes) {
			if (!scored(view, code)) {
				return Optional.empty();
			}
			points = points.add(view.result().node(code).points());
		}
		BigDecimal maximum = maximum(tree, codes);
		return maximum.signum() == 0 ? Optional.empty()
				: Optional.of(points.divide(maximum, 10, RoundingMode.HALF_UP));
	}

	private static boolean scored(AssessmentView view, String code) {
		NodeTotal total = view.result().node(code);
		return total != null && total.assessed();
	}

	private static BigDecimal maximum(CriterionTree tree, List<String> codes) {
		return codes.stream().map(code -> tree.node(code).map(CriterionDefinition::maxPoints).orElse(BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String describe(Crosswalk.Mapping mapping) {
		return String.join(" + ", mapping.from()) + " → " + String.join(" + ", mapping.to());
	}

	/** Carried-over points to three decimals, as points are kept. */
	private static BigDecimal rounded(BigDecimal points) {
		return Points.shown(points.setScale(3, RoundingMode.HALF_UP));
	}

	private static List<String> shortened(List<String> notCompared) {
		if (notCompared.size() <= MAX_LISTED) {
			return notCompared;
		}
		List<String> shortened = new ArrayList<>(notCompared.subList(0, MAX_LISTED));
		shortened.add("… and " + (notCompared.size() - MAX_LISTED) + " more");
		return shortened;
	}

}
