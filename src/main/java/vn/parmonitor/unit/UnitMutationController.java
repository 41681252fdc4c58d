package vn.parmonitor.unit;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** GraphQL writes of administrative units. */
@Controller
class UnitMutationController {

	private final UnitService units;

	UnitMutationController(UnitService units) {
		this.units = units;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	UpsertUnitsResult upsertUnits(@Argument("input") UpsertUnitsInput input) {
		return units.upsert(input.units());
	}

	record UpsertUnitsInput(List<UnitInput> units) {
	}

}
