package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the components of an earlier methodology map onto this one's (GraphQL {@code Crosswalk}), so that two years
 * scored on different trees can be compared like for like: each mapping says which earlier components became which
 * components now, a split (one to several), a merge (several to one), or a renumbering (one to one).
 *
 * @param fromMethodologyCode the earlier methodology, e.g. {@code PROVINCE-2019}
 * @param mappings the mappings; each component appears in at most one of them on each side
 * @param notes where the crosswalk comes from
 */
public record Crosswalk(String fromMethodologyCode, List<Mapping> mappings, String notes) {

	public Crosswalk {
		mappings = mappings == null ? List.of() : List.copyOf(mappings);
	}

	/**
	 * Earlier components {@code from} became the components {@code to} now.
	 *
	 * @param weights the share of the earlier points each {@code to} component takes, in its order (summing to 1); empty:
	 *     shares in proportion to their maxima
	 */
	public record Mapping(List<String> from, List<String> to, List<BigDecimal> weights) {

		public Mapping {
			from = List.copyOf(from);
			to = List.copyOf(to);
			weights = weights == null ? List.of() : List.copyOf(weights);
		}

	}

}
