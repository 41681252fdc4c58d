package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

import vn.parmonitor.unit.UnitKind;

/**
 * A criteria tree to import: the GraphQL {@code ImportMethodologyInput} and, field for field, the JSON import format
 * documented in the README. Fields hold criteria, criteria hold components.
 */
public record MethodologyInput(String code, String family, String name, String nameEn, Integer year, Integer lastYear,
		UnitKind unitKind, String issuerCode, String sourceDecision, BigDecimal totalMaximum, Boolean illustrative,
		String notes, Boolean replace, List<CriterionInput> fields) {

	/** One node of the tree to import; {@code level} is optional and, when given, must match its depth. */
	public record CriterionInput(String code, String name, String nameEn, NodeLevel level, BigDecimal maxPoints,
			AssessmentMethod method, List<String> responsibleUnitCodes, List<CriterionInput> children) {

		public List<CriterionInput> childrenOrEmpty() {
			return children == null ? List.of() : children;
		}

		public List<String> agenciesOrEmpty() {
			return responsibleUnitCodes == null ? List.of() : responsibleUnitCodes;
		}

	}

}
