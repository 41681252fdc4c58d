package vn.parmonitor.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Walks units' lineage both ways: the units they were formed from, and theirs; the units that took over from them,
 * and theirs. All the units asked about walk together, one query per generation and direction, so a page of units
 * costs a few queries, not a few per unit.
 */
@Component
public class UnitLineage {

	private final UnitService units;

	UnitLineage(UnitService units) {
		this.units = units;
	}

	/** Each unit's lineage by its key: predecessors nearest first, then successors nearest first. */
	public Map<String, List<LineageLink>> of(Collection<Unit> asked) {
		Map<String, List<LineageLink>> lineage = new LinkedHashMap<>();
		asked.forEach(unit -> lineage.put(unit.key(), new ArrayList<>()));
		walk(asked, lineage, LineageLink.Direction.PREDECESSOR);
		walk(asked, lineage, LineageLink.Direction.SUCCESSOR);
		return lineage;
	}

	/**
	 * Walks one way from every unit asked about at once, a generation per query; {@code reachedFrom} says which units
	 * asked about each unit of the frontier belongs to, so that units sharing a lineage share its queries.
	 */
	private void walk(Collection<Unit> asked, Map<String, List<LineageLink>> lineage, LineageLink.Direction direction) {
		Map<String, Set<String>> seen = new HashMap<>();
		Map<String, Set<String>> reachedFrom = new HashMap<>();
		Map<String, Unit> frontier = new HashMap<>();
		asked.forEach(unit -> {
			seen.computeIfAbsent(unit.key(), key -> new HashSet<>()).add(unit.key());
			reachedFrom.computeIfAbsent(unit.key(), key -> new HashSet<>()).add(unit.key());
			frontier.put(unit.key(), unit);
		});
		for (int generation = 1; !frontier.isEmpty() && generation <= UnitInputValidator.MAX_SUCCESSION_STEPS;
				generation++) {
			Map<String, List<Unit>> neighbours = direction == LineageLink.Direction.PREDECESSOR
					? units.predecessorsOf(frontier.keySet()) : units.successorsOf(frontier.values());
			Map<String, Unit> next = new HashMap<>();
			Map<String, Set<String>> nextReached = new HashMap<>();
			for (Map.Entry<String, List<Unit>> entry : neighbours.entrySet()) {
				Unit from = frontier.get(entry.getKey());
				for (Unit neighbour : entry.getValue()) {
					for (String origin : reachedFrom.getOrDefault(from.key(), Set.of())) {
						if (seen.get(origin).add(neighbour.key())) {
							lineage.get(origin).add(direction == LineageLink.Direction.PREDECESSOR
									? link(neighbour, from, direction, generation)
									: link(from, neighbour, direction, generation));
							nextReached.computeIfAbsent(neighbour.key(), key -> new HashSet<>()).add(origin);
							next.put(neighbour.key(), neighbour);
						}
					}
				}
			}
			frontier.clear();
			frontier.putAll(next);
			reachedFrom.clear();
			reachedFrom.putAll(nextReached);
		}
	}

	private static LineageLink link(Unit predecessor, Unit successor, LineageLink.Direction direction,
			int generation) {
		return new LineageLink(predecessor, successor, predecessor.successionKind(),
				predecessor.validTo() == null ? null : predecessor.validTo().plusDays(1), direction, generation);
	}

}
