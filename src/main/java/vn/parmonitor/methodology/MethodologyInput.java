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
		String notes, Boolean replace, List<CriterionInput> fields, List<CrosswalkInput> crosswalks) {

	public List<CrosswalkInput> crosswalksOrEmpty() {
		return crosswalks == null ? List.of() : crosswalks;
	}

	/** A {@link Crosswalk} to import with the methodology. */
	public record CrosswalkInput(String fromMethodologyCode, List<MappingInput> mappings, String notes) {

		public List<MappingInput> mappingsOrEmpty() {
			return mappings == null ? List.of() : mappings;
		}

	}

	/** One {@link Crosswalk.Mapping} to import. */
	public record MappingInput(List<String> from, List<String> to, List<BigDecimal> weights) {

		public List<String> fromOrEmpty() {
			return from == null ? List.of() : from;
		}

		public List<String> toOrEmpty() {
			return to == null ? List.of() : to;
		}

		public List<BigDecimal> weightsOrEmpty() {
			return weights == null ? List.of() : weights;
		}

	}

	/**
	 * One node of the tree to import; {@code level} is optional and, when given, must match its depth; a component
	 * may carry a {@code rubric}.
	 */
	public record CriterionInput(String code, String name, String nameEn, NodeLevel level, BigDecimal maxPoints,
			AssessmentMethod method, List<String> responsibleUnitCodes, List<CriterionInput> children,
			RubricInput rubric) {

		public List<CriterionInput> childrenOrEmpty() {
			return children == null ? List.of() : children;
		}

		public List<String> agenciesOrEmpty() {
			return responsibleUnitCodes == null ? List.of() : responsibleUnitCodes;
		}

	}

	/** A {@link ScoringRubric} to import; which values it needs depends on its kind. */
	public record RubricInput(String indicatorCode, RubricKind kind, BigDecimal zeroAt, BigDecimal fullAt,
			List<BandInput> bands, BigDecimal otherwise, BigDecimal target, Boolean illustrative) {

		public List<BandInput> bandsOrEmpty() {
			return bands == null ? List.of() : bands;
		}

		ScoringRubric toRubric() {
			return new ScoringRubric(indicatorCode, kind, zeroAt, fullAt,
					bandsOrEmpty().stream().map(band -> new ScoringRubric.Band(band.threshold(), band.points())).toList(),
					otherwise, target, Boolean.TRUE.equals(illustrative));
		}

	}

	/** One band of a {@code BANDS} rubric. */
	public record BandInput(BigDecimal threshold, BigDecimal points) {
	}

}
