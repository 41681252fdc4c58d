package vn.parmonitor.system.audit;

/**
 * One value changed by an entry, as text: {@code scores.7.3.2.SELF.points} from {@code 1.5} to {@code 1}.
 *
 * @param before null when the value did not exist before
 * @param after null when the value was removed
 */
public record FieldChange(String field, String before, String after) {
}
