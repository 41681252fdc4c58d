package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

import vn.parmonitor.unit.UnitKind;

/**
 * What scores depend on in a methodology: the tree's codes, shape, levels, maxima and methods, its years and unit
 * kind. Names, agencies and notes are not part of it. Two methodologies with equal structures score the same way.
 */
record ScoringStructure(int year, int lastYear, UnitKind unitKind, BigDecimal totalMaximum, List<Node> nodes) {

	static ScoringStructure of(Methodology methodology) {
		return new ScoringStructure(methodology.year(), methodology.lastYear(), methodology.unitKind(),
				methodology.totalMaximum().stripTrailingZeros(),
				methodology.nodes()
					.stream()
					.map(node -> new Node(node.code(), node.parentCode(), node.level(),
							node.maxPoints().stripTrailingZeros(), node.method()))
					.toList());
	}

	record Node(String code, String parentCode, NodeLevel level, BigDecimal maxPoints, AssessmentMethod method) {
	}

}
