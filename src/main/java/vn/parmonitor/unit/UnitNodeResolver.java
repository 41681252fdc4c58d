package vn.parmonitor.unit;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.NodeResolver;

@Component
class UnitNodeResolver implements NodeResolver {

	private final UnitService units;

	UnitNodeResolver(UnitService units) {
		this.units = units;
	}

	@Override
	public String nodeType() {
		return "Unit";
	}

	@Override
	public Optional<?> resolve(String key) {
		return units.find(key);
	}

}
