package vn.parmonitor.plan;

import java.util.Map;
import java.util.Set;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.unit.Unit;

/** The stored objects a batch of targets names, loaded once for the whole batch. */
record TargetReferences(Set<String> planCodes, Map<String, Unit> units, Map<String, Methodology> methodologies,
		Map<String, Indicator> indicators) {
}
