package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.MethodologyInput.CriterionInput;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

class MethodologyValidatorTest {

	static CriterionInput component(String code, String max, AssessmentMethod method) {
		return new CriterionInput(code, "Thành phần " + code, null, null, new BigDecimal(max), method, null, null, null);
	}

	static CriterionInput node(String code, String max, CriterionInput... children) {
		return new CriterionInput(code, "Nút " + code, null, null, new BigDecimal(max), null, null, List.of(children), null);
	}

	static MethodologyInput methodology(String total, CriterionInput... fields) {
		return new MethodologyInput("TEST-2022", null, "Thử nghiệm", null, 2022, null, UnitKind.PROVINCE, null, null,
				new BigDecimal(total), false, null, null, List.of(fields), null);
	}

	static final AssessmentMethod AS = AssessmentMethod.APPRAISED_SELF_ASSESSMENT;

	@Test
	void aConsistentTreePasses() {
		assertThat(MethodologyValidator.validate(methodology("10",
				node("1", "6", node("1.1", "6", component("1.1.1", "2.5", AS), component("1.1.2", "3.5", AS))),
				node("2", "4", node("2.1", "4", component("2.1.1", "4", AssessmentMethod.LEADERS_SURVEY))))))
			.isEmpty();
	}

	@Test
	void childrenThatDoNotSumAreNamedWithTheirSumAndTheParentsMaximum() {
		List<UserError> errors = MethodologyValidator.validate(methodology("10",
				node("1", "10", node("1.1", "10", component("1.1.1", "2.5", AS), component("1.1.2", "3", AS),
						component("1.1.3", "4", AS)))));
		assertThat(errors).extracting(UserError::message)
			.containsExactly("the children of criterion 1.1 sum to 9.5 points but its maxPoints is 10");
		assertThat(errors.get(0).field()).containsExactly("input", "fields", "0", "children", "0", "maxPoints");
		assertThat(errors.get(0).code()).isEqualTo(UserErrorCode.SUM_MISMATCH);
	}

	@Test
	void everyStructuralProblemIsReportedInOnePass() {
		CriterionInput tooDeep = new CriterionInput("2.1.1", "Quá sâu", null, null, new BigDecimal(3), null, null,
				List.of(component("2.1.1.1", "3", AS)), null);
		CriterionInput duplicateWithMethod = new CriterionInput("1", "Trùng mã", null, null, new BigDecimal("2"), AS,
				null, List.of(node("3.1", "2", component("3.1.1", "2.0001", AS))), null);
		List<UserError> errors = MethodologyValidator.validate(methodology("12",
				node("1", "4", node("1.1", "4", component("1.1.1", "4", null))), node("2", "3", node("2.1", "3", tooDeep)),
				node("3", "2"), duplicateWithMethod));
		assertThat(errors).extracting(UserError::message)
			.contains("component 1.1.1 needs an assessment method (one of [APPRAISED_SELF_ASSESSMENT, STATISTICS, "
					+ "LEADERS_SURVEY, CITIZENS_SURVEY])",
					"node 2.1.1.1 is nested 4 levels deep; a tree has three levels: field, criterion, component",
					"field 3 has no criteria; only components are scored, so every field needs criteria and every "
							+ "criterion components",
					"code 1 is used by more than one node",
					"field 1 has a method, but only components are assessed: move it to its components",
					"component 3.1.1's maxPoints 2.0001 has more than 3 decimal places",
					"the fields' maxima sum to 11 but totalMaximum is 12");
	}

	@Test
	void headerFieldsAreChecked() {
		MethodologyInput input = new MethodologyInput("bad code!", null, " ", null, 1800, null, null, null, null,
				BigDecimal.ZERO, false, null, null, List.of(), null);
		assertThat(MethodologyValidator.validate(input)).extracting(UserError::message)
			.containsExactlyInAnyOrder(
					"methodology code 'bad code!' must be 1 to 48 letters, digits, '.', '_' or '-', e.g. PROVINCE-2022",
					"the methodology needs a name", "unitKind is required: the kind of unit the methodology scores",
					"year 1800 must be between 1990 and 2100", "the methodology's totalMaximum 0 must be greater than 0",
					"the methodology needs at least one field");
	}

	@Test
	void familyDefaultsToTheCodeWithoutItsYear() {
		assertThat(MethodologyService.defaultFamily("PROVINCE-2022", 2022)).isEqualTo("PROVINCE");
		assertThat(MethodologyService.defaultFamily("LS-DISTRICT-2022", 2022)).isEqualTo("LS-DISTRICT");
		assertThat(MethodologyService.defaultFamily("PROVINCE", 2022)).isEqualTo("PROVINCE");
	}

}
