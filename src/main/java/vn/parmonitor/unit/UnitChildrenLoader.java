package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;

/**
 * Loads the children of many units in one query and pages them per parent (now, or on a day), their ancestors (now, or
 * on a day), and units by code. A unit has at most a few hundred
 * children (a district's communes, a province's departments), so reading them all and slicing is cheap.
 */
@Component
class UnitChildrenLoader {

	UnitChildrenLoader(BatchLoaderRegistry registry, UnitService units) {
		registry.<Key, PagedConnection<Unit>>forName("unitChildren").registerMappedBatchLoader((keys, environment) -> {
			Map<Key, PagedConnection<Unit>> pages = new HashMap<>();
			Map<List<Object>, Set<Key>> byKindAndDay = keys.stream()
				.collect(Collectors.groupingBy(key -> java.util.Arrays.asList(key.kind(), key.on()), Collectors.toSet()));
			byKindAndDay.forEach((kindAndDay, group) -> {
				UnitKind kind = (UnitKind) kindAndDay.get(0);
				LocalDate on = (LocalDate) kindAndDay.get(1);
				List<String> parents = group.stream().map(Key::parentCode).toList();
				Map<String, List<Unit>> children = on == null ? units.childrenOf(parents, kind)
						: units.childrenOn(parents, kind, on);
				for (Key key : group) {
					pages.put(key, Pages.slice(children.getOrDefault(key.parentCode(), List.of()), key.page()));
				}
			});
			return Mono.just(pages);
		});
		registry.<AncestorsKey, List<Unit>>forName("unitAncestors").registerMappedBatchLoader((keys, environment) -> {
			Map<AncestorsKey, List<Unit>> answered = new HashMap<>();
			Map<java.util.Optional<LocalDate>, List<AncestorsKey>> byDay = keys.stream()
				.collect(Collectors.groupingBy(key -> java.util.Optional.ofNullable(key.on())));
			byDay.forEach((day, group) -> {
				if (day.isEmpty()) {
					Set<String> codes = new java.util.HashSet<>();
					group.forEach(key -> codes.addAll(key.unit().ancestorCodes()));
					Map<String, Unit> found = units.findAll(codes);
					group.forEach(key -> answered.put(key, key.unit().ancestorCodes().stream().map(found::get)
						.filter(java.util.Objects::nonNull).toList()));
				}
				else {
					Map<String, List<Unit>> found = units.ancestorsOn(group.stream().map(AncestorsKey::unit).toList(),
							day.get());
					group.forEach(key -> answered.put(key, found.getOrDefault(key.unit().key(), List.of())));
				}
			});
			return Mono.just(answered);
		});
		// Units by code, for fields that name one unit each (the parent on a day, a target's subject and responsible
		// units): one query per request level, and a unit named twice is read once.
		registry.<String, Unit>forName("unitByCode")
			.registerMappedBatchLoader((codes, environment) -> Mono.fromCallable(() -> units.findAll(codes)));
	}

	/** @param on the day the ancestors are asked for; null: the units above it now */
	record AncestorsKey(Unit unit, LocalDate on) {
	}

	/** @param on the day the children are asked for; null: the units under the parent now */
	record Key(String parentCode, UnitKind kind, LocalDate on, PageRequest page) {
	}

}
