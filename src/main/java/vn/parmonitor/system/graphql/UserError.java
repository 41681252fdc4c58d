package vn.parmonitor.system.graphql;

import java.util.List;

/**
 * A business error in a mutation's input, returned in the payload's {@code userErrors}: the path of the input
 * field at fault, a message naming the value and what would be accepted, and a stable code.
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

	public static UserError of(UserErrorCode code, String message, Object... path) {
		return new UserError(java.util.Arrays.stream(path).map(String::valueOf).toList(), message, code);
	}

}
