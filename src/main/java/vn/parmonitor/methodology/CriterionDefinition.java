package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a stored criteria tree, flattened: the tree is kept as a list in document order with parent codes.
 *
 * @param code dotted code, e.g. {@code 7.2.1}; unique within the methodology
 * @param parentCode code of the node above, {@code null} for fields
 * @param name Vietnamese name
 * @param nameEn English name, optional
 * @param level field, criterion or component
 * @param maxPoints maximum points
 * @param method how a component is assessed; {@code null} above components
 * @param responsibleUnitCodes agencies in charge, lead agency first; empty means inherited from the node above
 * @param rubric how a component's points follow from an indicator's value, when it is measured by one; {@code null}
 *     otherwise
 */
public record CriterionDefinition(String code, String parentCode, String name, String nameEn, NodeLevel level,
		BigDecimal maxPoints, AssessmentMethod method, List<String> responsibleUnitCodes, ScoringRubric rubric) {

	public CriterionDefinition {
		responsibleUnitCodes = responsibleUnitCodes == null ? List.of() : List.copyOf(responsibleUnitCodes);
	}

}
