package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;
import vn.parmonitor.unit.UnitKind;

/**
 * A versioned criteria set: what is scored, how many points each part is worth and how it is assessed, for one
 * kind of unit over a span of years. The whole tree is one document, so an import is stored all at once or not at
 * all.
 *
 * @param code e.g. {@code PROVINCE-2022}
 * @param family the series it continues from year to year (e.g. {@code PROVINCE}); year-on-year comparisons look
 *     for the same family one year earlier
 * @param year the first assessment year it applies to
 * @param lastYear the last assessment year it applies to (same as {@code year} for a one-year set)
 * @param unitKind the kind of unit it scores
 * @param issuerCode the unit that issued it (e.g. {@code BNV}, the Ministry of Home Affairs), optional
 * @param sourceDecision the legal act, e.g. {@code 876/QĐ-BNV}
 * @param totalMaximum the sum of the fields' maxima
 * @param illustrative whether parts of the tree are illustrative rather than official (demo data)
 * @param nodes fields, criteria and components in document order
 * @param crosswalks how earlier methodologies' components map onto this one's, for like-for-like comparisons
 */
@Document("methodologies")
@CompoundIndex(name = "family_year", def = "{'family': 1, 'year': 1}")
@CompoundIndex(name = "kind_year", def = "{'unitKind': 1, 'year': -1}")
@CompoundIndex(name = "year_span", def = "{'year': -1, 'lastYear': 1}")
public record Methodology(@Id String code, String family, String name, String nameEn, int year, int lastYear,
		UnitKind unitKind, String issuerCode, String sourceDecision, BigDecimal totalMaximum, boolean illustrative,
		String notes, List<CriterionDefinition> nodes, Instant importedAt, List<Crosswalk> crosswalks)
		implements NodeObject {

	public Methodology {
		nodes = List.copyOf(nodes);
		crosswalks = crosswalks == null ? List.of() : List.copyOf(crosswalks);
	}

	/** The crosswalk from {@code earlierCode} to this methodology, if it has one. */
	public java.util.Optional<Crosswalk> crosswalkFrom(String earlierCode) {
		return crosswalks.stream().filter(crosswalk -> crosswalk.fromMethodologyCode().equals(earlierCode)).findFirst();
	}

	public boolean appliesTo(int assessmentYear) {
		return assessmentYear >= year && assessmentYear <= lastYear;
	}

	@Override
	public String nodeType() {
		return "Methodology";
	}

	@Override
	public String nodeKey() {
		return code;
	}

}
