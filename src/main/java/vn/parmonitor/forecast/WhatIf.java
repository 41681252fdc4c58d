package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.parmonitor.methodology.CriterionDefinition;

/**
 * The forecast under a what-if's assumptions beside the forecast without them: same data, same peers, same seeded
 * draws, so the difference is the assumptions' alone.
 *
 * @param assumed the assumptions in words ("ONLINE_DOSSIER_RATE at 100%"), in the order given
 * @param changes the components whose forecast the assumptions change, in the tree's order
 * @param withoutEffect the assumptions that change nothing, and why
 */
public record WhatIf(IndexForecast baseline, IndexForecast scenario, List<String> assumed, List<Change> changes,
		List<String> withoutEffect) {

	static WhatIf of(IndexForecast baseline, IndexForecast scenario, Assumptions assumptions, List<String> assumed) {
		Map<String, ComponentForecast> before = baseline.components().stream()
			.collect(Collectors.toMap(c -> c.component().code(), c -> c));
		List<Change> changes = new ArrayList<>();
		for (ComponentForecast after : scenario.components()) {
			ComponentForecast was = before.get(after.component().code());
			if (was.basis() != after.basis() || !same(was.points(), after.points())) {
				changes.add(new Change(was, after));
			}
		}
		List<String> withoutEffect = new ArrayList<>();
		assumptions.indicatorValues().forEach((indicator, value) -> {
			List<ComponentForecast> scored = scenario.components().stream()
				.filter(c -> c.component().rubric() != null && c.component().rubric().indicatorCode().equals(indicator))
				.toList();
			List<ComponentForecast> open = scored.stream()
				.filter(c -> !assumptions.componentPoints().containsKey(c.component().code()))
				.toList();
			if (open.isEmpty()) {
				withoutEffect.add(indicator + ": " + codes(scored) + (scored.size() == 1 ? " is" : " are")
						+ " assumed directly, so its assumed value changes nothing");
			}
			else if (open.stream().allMatch(c -> c.basis() == ForecastBasis.RECORDED)) {
				withoutEffect.add(indicator + ": " + codes(open) + (open.size() == 1 ? " is" : " are")
						+ " already recorded, so its assumed value changes nothing");
			}
			else if (open.stream().noneMatch(c -> changed(c, changes))) {
				withoutEffect.add(indicator + ": " + codes(open) + " would earn the points already forecast");
			}
		});
		assumptions.componentPoints().forEach((component, points) -> {
			if (changes.stream().noneMatch(c -> c.after().component().code().equals(component)
					&& c.before().points().likely().compareTo(c.after().points().likely()) != 0)) {
				withoutEffect.add(component + ": " + ComponentForecaster.plain(points) + " points are what is already "
						+ "forecast");
			}
		});
		return new WhatIf(baseline, scenario, assumed, changes, withoutEffect);
	}

	/** Scenario − baseline, likely index, in index points. */
	public BigDecimal indexChange() {
		return scenario.index().likely().subtract(baseline.index().likely());
	}

	/** Scenario − baseline, likely points. */
	public BigDecimal pointsChange() {
		return scenario.points().likely().subtract(baseline.points().likely());
	}

	/** Scenario − baseline, likely rank (negative: a better place); null without peers. */
	public Integer rankChange() {
		return baseline.rank() == null ? null : scenario.rank().likely() - baseline.rank().likely();
	}

	/** "ONLINE_DOSSIER_RATE at 100% and ONLINE_PAYMENT_RATE at 100% → index +1.3 → 86.7 (…)%, rank 31 (28–38) of 63". */
	public String summary() {
		String change = indexChange().signum() >= 0 ? "+" + indexChange().toPlainString() : indexChange().toPlainString();
		String rank = scenario.rank() == null ? ""
				: ", " + scenario.rank() + " (from " + baseline.rank().likely() + ")";
		return String.join(" and ", assumed) + " → index " + change + " → " + scenario.index() + "%" + rank;
	}

	private static boolean same(Range a, Range b) {
		return a.likely().compareTo(b.likely()) == 0 && a.low().compareTo(b.low()) == 0 && a.high().compareTo(b.high()) == 0;
	}

	private static boolean changed(ComponentForecast component, List<Change> changes) {
		return changes.stream().anyMatch(c -> c.after().component().code().equals(component.component().code())
				&& c.before().points().likely().compareTo(c.after().points().likely()) != 0);
	}

	private static String codes(List<ComponentForecast> components) {
		return components.stream().map(ComponentForecast::component).map(CriterionDefinition::code)
			.filter(Objects::nonNull).collect(Collectors.joining(", "));
	}

	/** One component's forecast without and with the assumptions. */
	public record Change(ComponentForecast before, ComponentForecast after) {

		/** After − before, likely points. */
		public BigDecimal pointsChange() {
			return after.points().likely().subtract(before.points().likely());
		}

	}

}
