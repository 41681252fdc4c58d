package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.system.graphql.PagedConnection;

/** GraphQL reads of administrative units. Every nested field that reads the store is batched per request. */
@Controller
class UnitController {


	private final UnitService units;

	private final UnitLineage lineage;

	UnitController(UnitService units, UnitLineage lineage) {
		this.units = units;
		this.lineage = lineage;
	}

	/** The unit the code names on the day (today by default); {@code validFrom}, {@code validTo} say which one it is. */
	@QueryMapping
	Unit unit(@Argument String code, @Argument LocalDate on) {
		return units.named(code, on == null ? LocalDate.now(VietnamTime.ZONE) : on).orElse(null);
	}

	@QueryMapping(name = "units")
	PagedConnection<Unit> unitList(@Argument UnitFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return units.find(filter == null ? UnitFilter.ALL : keyed(filter), new PageRequest(first, after, last, before));
	}

	/** The filter with its codes turned into the keys of the units they name on its day (today by default). */
	private UnitFilter keyed(UnitFilter filter) {
		LocalDate day = filter.activeOn() == null ? LocalDate.now(VietnamTime.ZONE) : filter.activeOn();
		String parent = filter.parentCode() == null ? null
				: units.named(filter.parentCode(), day).map(Unit::key).orElse(filter.parentCode());
		String within = filter.withinCode() == null ? null
				: units.named(filter.withinCode(), day).map(Unit::key).orElse(filter.withinCode());
		return new UnitFilter(filter.kind(), parent, within, filter.name(), filter.activeOn());
	}

	@BatchMapping
	Map<Unit, List<Unit>> successors(List<Unit> ceased) {
		return byUnit(ceased, units.successorsOf(ceased));
	}

	@BatchMapping(field = "lineage")
	Map<Unit, List<LineageLink>> lineageOf(List<Unit> asked) {
		return byUnit(asked, lineage.of(asked));
	}

	@BatchMapping
	Map<Unit, List<Unit>> otherUnitsWithCode(List<Unit> asked) {
		return byUnit(asked, units.sharingTheirCode(asked));
	}

	@BatchMapping
	Map<Unit, Unit> parent(List<Unit> children) {
		return units.unitsNamedBy(children, Unit::parentCode);
	}

	/** Ancestors now, or on a day, through one data loader: a page of units costs one query per level. */
	@SchemaMapping
	CompletableFuture<List<Unit>> ancestors(Unit unit, @Argument LocalDate on,
			DataLoader<UnitChildrenLoader.AncestorsKey, List<Unit>> unitAncestors) {
		return unitAncestors.load(new UnitChildrenLoader.AncestorsKey(unit, on));
	}

	@BatchMapping
	Map<Unit, Unit> successor(List<Unit> ceased) {
		return units.unitsNamedBy(ceased, Unit::successorCode);
	}

	@BatchMapping
	Map<Unit, List<Unit>> predecessors(List<Unit> successors) {
		return byUnit(successors, units.predecessorsOf(successors.stream().map(Unit::key).toList()));
	}

	/** A batch mapping's answer from lists found by unit key: an empty list for a unit with none. */
	private static <T> Map<Unit, List<T>> byUnit(List<Unit> asked, Map<String, List<T>> byKey) {
		return asked.stream()
			.collect(Collectors.toMap(Function.identity(), unit -> byKey.getOrDefault(unit.key(), List.of()),
					(a, b) -> a));
	}

	/** Children go through a data loader keyed by parent and page, so a page of parents costs one query. */
	@SchemaMapping
	CompletableFuture<PagedConnection<Unit>> children(Unit parent, @Argument UnitKind kind, @Argument LocalDate on,
			@Argument Integer first, @Argument String after,
			DataLoader<UnitChildrenLoader.Key, PagedConnection<Unit>> unitChildren) {
		return unitChildren
			.load(new UnitChildrenLoader.Key(parent.key(), kind, on, new PageRequest(first, after, null, null)));
	}

	/** The parent on a day, through the same one-query-per-request look-up as {@code parent}. */
	@SchemaMapping
	CompletableFuture<Unit> parentOn(Unit unit, @Argument LocalDate on, DataLoader<String, Unit> unitByCode) {
		String code = unit.parentOn(on);
		return code == null ? CompletableFuture.completedFuture(null) : unitByCode.load(code);
	}

	@BatchMapping(typeName = "ParentPeriod", field = "parent")
	Map<ParentPeriod, Unit> earlierParent(List<ParentPeriod> periods) {
		return units.unitsNamedBy(periods, ParentPeriod::parentCode);
	}

	@SchemaMapping
	boolean active(Unit unit, @Argument LocalDate on) {
		return unit.activeOn(on == null ? LocalDate.now(VietnamTime.ZONE) : on);
	}

}
