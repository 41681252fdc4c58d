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
 * Loads the children of many units in one query and pages them per parent (now, or on a day), and units by code. A unit has at most a few hundred
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
		// Units by code, for fields that name one per unit (the parent on a day).
		registry.<String, Unit>forName("unitByCode")
			.registerMappedBatchLoader((codes, environment) -> Mono.fromCallable(() -> units.findAll(codes)));
	}

	/** @param on the day the children are asked for; null: the units under the parent now */
	record Key(String parentCode, UnitKind kind, LocalDate on, PageRequest page) {
	}

}
