package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.MethodologyInput.CrosswalkInput;
import vn.parmonitor.methodology.MethodologyInput.MappingInput;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parmonitor.methodology.MethodologyValidatorTest.AS;
import static vn.parmonitor.methodology.MethodologyValidatorTest.component;
import static vn.parmonitor.methodology.MethodologyValidatorTest.node;

/**
 * A crosswalk maps an earlier methodology's components onto the new one's: every problem is named with its path and
 * nothing is imported (issue 10, like-for-like comparison).
 */
class CrosswalkValidatorTest {

	/** The earlier tree: 1.1.1 (2), 1.1.2 (2) and 1.1.3 (6). */
	static final Methodology EARLIER = new Methodology("OLD-2019", "TEST", "Cũ", null, 2019, 2019, UnitKind.PROVINCE,
			null, null, BigDecimal.TEN, false, null, List.of(
					TestTrees.field("1", "10"), TestTrees.criterion("1.1", "1", "10"),
					TestTrees.component("1.1.1", "1.1", "2", AS), TestTrees.component("1.1.2", "1.1", "2", AS),
					TestTrees.component("1.1.3", "1.1", "6", AS)),
			Instant.EPOCH, List.of());

	@Test
	void aSplitAMergeAndARenumberingPass() {
		assertThat(validate(crosswalk("OLD-2019", mapping(List.of("1.1.1", "1.1.2"), List.of("1.1.1"), null),
				mapping(List.of("1.1.3"), List.of("1.1.2", "1.1.3"), List.of("0.25", "0.75"))))).isEmpty();
	}

	@Test
	void unknownComponentsTwiceMappedComponentsAndBadWeightsAreNamed() {
		List<UserError> errors = validate(crosswalk("OLD-2019",
				mapping(List.of("1.1.1", "9.9.9"), List.of("1.1.1"), null),
				mapping(List.of("1.1.1"), List.of("1.1.2", "1.1.3"), List.of("0.5", "0.6"))));
		assertThat(errors).extracting(UserError::message).containsExactly(
				"mapping 0: 9.9.9 is not a component of OLD-2019",
				"component 1.1.1 of OLD-2019 is in mappings 0 and 1; a component maps once (list several components in "
						+ "one mapping for a split or a merge)",
				"the weights share out all the earlier points: they must sum to 1, got 1.1");
		assertThat(errors.get(0).field()).containsExactly("input", "crosswalks", "0", "mappings", "0", "from", "1");
		assertThat(errors.get(2).field()).containsExactly("input", "crosswalks", "0", "mappings", "1", "weights");
	}

	@Test
	void theEarlierMethodologyMustBeStoredEarlierAndOfTheSameKind() {
		assertThat(validate(crosswalk("NOWHERE-2019", mapping(List.of("1.1.1"), List.of("1.1.1"), null))))
			.extracting(UserError::message)
			.containsExactly("crosswalk from NOWHERE-2019: no earlier methodology NOWHERE-2019 is stored; import it first");
		MethodologyInput ofDistricts = withCrosswalk(UnitKind.DISTRICT,
				crosswalk("OLD-2019", mapping(List.of("1.1.1"), List.of("1.1.1"), null)));
		assertThat(CrosswalkValidator.validate(ofDistricts, Map.of("OLD-2019", EARLIER))).extracting(UserError::message)
			.containsExactly("crosswalk from OLD-2019: it must map an earlier methodology (first year before 2022) of the "
					+ "same unit kind (DISTRICT); OLD-2019 scores PROVINCE from 2019");
	}

	@Test
	void aMappingNeedsBothSidesAndOneWeightPerTarget() {
		assertThat(validate(crosswalk("OLD-2019", mapping(List.of(), List.of("1.1.1"), null),
				mapping(List.of("1.1.3"), List.of("1.1.2", "1.1.3"), List.of("1")))))
			.extracting(UserError::message)
			.containsExactly("mapping 0 needs at least one component in 'from'",
					"weights give each 'to' component its share of the earlier points: 2 expected, got 1");
	}

	private static List<UserError> validate(CrosswalkInput crosswalk) {
		return CrosswalkValidator.validate(withCrosswalk(UnitKind.PROVINCE, crosswalk), Map.of("OLD-2019", EARLIER));
	}

	/** The new tree: 1.1.1 (3), 1.1.2 (3), 1.1.3 (4). */
	private static MethodologyInput withCrosswalk(UnitKind kind, CrosswalkInput crosswalk) {
		return new MethodologyInput("NEW-2022", null, "Mới", null, 2022, null, kind, null, null, BigDecimal.TEN, false,
				null, null, List.of(node("1", "10", node("1.1", "10", component("1.1.1", "3", AS),
						component("1.1.2", "3", AS), component("1.1.3", "4", AS)))),
				List.of(crosswalk));
	}

	private static CrosswalkInput crosswalk(String from, MappingInput... mappings) {
		return new CrosswalkInput(from, List.of(mappings), null);
	}

	private static MappingInput mapping(List<String> from, List<String> to, List<String> weights) {
		return new MappingInput(from, to, weights == null ? null : weights.stream().map(BigDecimal::new).toList());
	}

}
