package vn.parmonitor.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * A unit's PAR plan for a year: its tasks (embedded: a plan has tens of them) and, in their own collection, its
 * targets.
 *
 * @param ownerUnitCode the unit whose plan it is (e.g. the province)
 * @param decision the legal act that issued it (e.g. {@code 02/KH-UBND})
 * @param replacesCode the plan it replaced, if any
 * @param methodologyCode the methodology whose criteria the tasks refer to
 */
@Document("plans")
@CompoundIndex(name = "owner_year", def = "{'ownerUnitCode': 1, 'year': -1}")
public record Plan(@Id String code, String name, String ownerUnitCode, int year, String decision, LocalDate issuedOn,
		String replacesCode, PlanStatus status, String methodologyCode, String description, List<PlanTask> tasks,
		Instant updatedAt) implements NodeObject {

	public Plan {
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
	}

	@Override
	public String nodeType() {
		return "Plan";
	}

	@Override
	public String nodeKey() {
		return code;
	}

}
