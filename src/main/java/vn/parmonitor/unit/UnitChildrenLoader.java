package vn.parmonitor.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;

/**
 * Loads the children of many units in one query and pages them per parent. A unit has at most a few hundred
 * children (a district's communes, a province's departments), so reading them all and slicing is cheap.
 */
@Component
class UnitChildrenLoader {

	UnitChildrenLoader(BatchLoaderRegistry registry, UnitService units) {
		registry.<Key, PagedConnection<Unit>>forName("unitChildren").registerMappedBatchLoader((keys, environment) -> {
			Map<Key, PagedConnection<Unit>> pages = new HashMap<>();
			Map<Optional<UnitKind>, Set<Key>> byKind = keys.stream()
				.collect(Collectors.groupingBy(key -> Optional.ofNullable(key.kind()), Collectors.toSet()));
			byKind.forEach((kind, group) -> {
				Map<String, List<Unit>> children = units.childrenOf(group.stream().map(Key::parentCode).toList(),
						kind.orElse(null));
				for (Key key : group) {
					pages.put(key, Pages.slice(children.getOrDefault(key.parentCode(), List.of()), key.page()));
				}
			});
			return Mono.just(pages);
		});
	}

	record Key(String parentCode, UnitKind kind, PageRequest page) {
	}

}
