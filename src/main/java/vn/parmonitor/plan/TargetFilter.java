package vn.parmonitor.plan;

/**
 * Which targets to list; parts combine with AND.
 *
 * @param unitCode targets whose responsible unit is this unit or a unit below it
 */
public record TargetFilter(String planCode, String unitCode, TargetKind kind, Boolean active) {

	public static final TargetFilter ALL = new TargetFilter(null, null, null, null);

}
