package vn.parmonitor.audit;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.audit.AuditEntry;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/**
 * GraphQL {@code auditLog}: readable by the Department, the council and the Steering Committee for every unit, and by
 * a unit's officer for its own unit and the units below it; never anonymously.
 */
@Controller
class AuditController {

	private final AuditQueries queries;

	private final UnitService units;

	private final UnitReadAccess access;

	AuditController(AuditQueries queries, UnitService units, UnitReadAccess access) {
		this.queries = queries;
		this.units = units;
		this.access = access;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER', 'VIEWER', 'UNIT')")
	PagedConnection<AuditEntry> auditLog(@Argument AuditFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		AuditFilter asked = filter == null ? AuditFilter.ALL : filter;
		List<String> scope = access.listingScope(asked.unitCode());
		return queries.page(asked, scope, new PageRequest(first, after, last, before));
	}

	@BatchMapping(typeName = "AuditEntry")
	Map<AuditEntry, Unit> unit(List<AuditEntry> entries) {
		return BatchLookup.namedBy(entries, AuditEntry::unitCode, units::findAll);
	}

}
