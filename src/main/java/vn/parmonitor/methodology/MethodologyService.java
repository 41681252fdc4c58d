package vn.parmonitor.methodology;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.MethodologyInput.CriterionInput;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

/** Imports and reads criteria trees. */
@Service
public class MethodologyService {

	private final MethodologyRepository repository;

	private final MongoTemplate mongo;

	private final UnitService units;

	private final IndicatorService indicators;

	private final ObjectProvider<MethodologyUsage> usage;

	private final AuditTrail audit;

	private final Clock clock;

	MethodologyService(MethodologyRepository repository, MongoTemplate mongo, UnitService units,
			IndicatorService indicators, ObjectProvider<MethodologyUsage> usage, AuditTrail audit,
			Optional<Clock> clock) {
		this.audit = audit;
		this.repository = repository;
		this.mongo = mongo;
		this.units = units;
		this.indicators = indicators;
		this.usage = usage;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Methodology> find(String code) {
		return code == null ? Optional.empty() : repository.findById(code);
	}

	/** The stored methodologies among {@code codes}, by code; one query. */
	public Map<String, Methodology> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return repository.findAllById(new HashSet<>(codes))
			.stream()
			.collect(Collectors.toMap(Methodology::code, Function.identity()));
	}

	/**
	 * The methodologies of the given families that apply to {@code year}; one query. Used to find the previous
	 * year's tree of each family.
	 */
	public List<Methodology> findApplying(Collection<String> families, int year) {
		return repository.findByFamilyInAndYearLessThanEqual(families, year)
			.stream()
			.filter(methodology -> methodology.appliesTo(year))
			.toList();
	}

	/** Methodologies, newest first, optionally of one unit kind and applying to one year. */
	public PagedConnection<Methodology> find(UnitKind unitKind, Integer year, PageRequest page) {
		List<Criteria> parts = new ArrayList<>();
		if (unitKind != null) {
			parts.add(Criteria.where("unitKind").is(unitKind));
		}
		if (year != null) {
			parts.add(Criteria.where("year").lte(year));
			parts.add(Criteria.where("lastYear").gte(year));
		}
		Query query = new Query(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts));
		return Pages.find(mongo, query, Sort.by(Sort.Order.desc("year"), Sort.Order.asc("_id")), page, Methodology.class);
	}

	/**
	 * Validates the whole tree (its rubrics against the indicators they name) and stores it in one write, or stores
	 * nothing and returns every problem found. An existing methodology is replaced only when asked to, and, once scores
	 * exist under it, only when the scoring structure (codes, levels, maxima, methods, years, unit kind) is unchanged:
	 * names, agencies, rubrics and notes may change.
	 */
	public ImportMethodologyResult importMethodology(MethodologyInput input) {
		List<UserError> errors = new ArrayList<>(MethodologyValidator.validate(input));
		errors.addAll(unknownUnits(input));
		errors.addAll(RubricValidator.validate(input.fields(),
				indicators.findAll(RubricValidator.indicatorCodes(input.fields()))));
		if (errors.isEmpty()) {
			errors.addAll(CrosswalkValidator.validate(input, findAll(input.crosswalksOrEmpty()
				.stream()
				.map(MethodologyInput.CrosswalkInput::fromMethodologyCode)
				.filter(java.util.Objects::nonNull)
				.toList())));
		}
		if (!errors.isEmpty()) {
			return new ImportMethodologyResult(null, errors);
		}
		Methodology methodology = toMethodology(input, Instant.now(clock));
		Optional<Methodology> existing = repository.findById(methodology.code());
		if (existing.isPresent()) {
			Optional<UserError> conflict = replacementConflict(input, existing.get(), methodology);
			if (conflict.isPresent()) {
				return new ImportMethodologyResult(null, List.of(conflict.get()));
			}
		}
		AuditDraft draft = audit.draft(AuditedEntity.METHODOLOGY, methodology.code(), existing.orElse(null), methodology,
				"METHODOLOGY_IMPORTED", "METHODOLOGY_REPLACED", methodology.issuerCode(), methodology.year(),
				Set.of("importedAt"));
		if (draft == null) {
			return new ImportMethodologyResult(existing.get(), List.of()); // the same tree again changes nothing
		}
		audit.write(draft, changeId -> mongo.save(audit.stamped(methodology, changeId),
				AuditedEntity.METHODOLOGY.collection()));
		return new ImportMethodologyResult(methodology, List.of());
	}

	private Optional<UserError> replacementConflict(MethodologyInput input, Methodology existing, Methodology incoming) {
		if (!Boolean.TRUE.equals(input.replace())) {
			return Optional.of(UserError.of(UserErrorCode.CONFLICT, "methodology " + existing.code()
					+ " already exists; set replace: true to replace it", "input", "code"));
		}
		long scored = usage.getIfAvailable(() -> code -> 0L).assessmentCount(existing.code());
		if (scored > 0 && !ScoringStructure.of(existing).equals(ScoringStructure.of(incoming))) {
			return Optional.of(UserError.of(UserErrorCode.CONFLICT, scored + " assessments are scored under "
					+ existing.code() + ": a replacement may change names, agencies and notes only, not codes, levels,"
					+ " maxima, methods, years or unit kind; import the changed tree under a new code", "input", "fields"));
		}
		return Optional.empty();
	}

	private List<UserError> unknownUnits(MethodologyInput input) {
		Set<String> named = new HashSet<>();
		if (input.issuerCode() != null) {
			named.add(input.issuerCode());
		}
		collectAgencies(input.fields() == null ? List.of() : input.fields(), named);
		Set<String> known = units.findAll(named).keySet();
		List<UserError> errors = new ArrayList<>();
		if (input.issuerCode() != null && !known.contains(input.issuerCode())) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "issuer unit " + input.issuerCode() + " does not exist",
					"input", "issuerCode"));
		}
		reportUnknownAgencies(input.fields() == null ? List.of() : input.fields(), known,
				new ArrayList<>(List.of("input", "fields")), errors);
		return errors;
	}

	private static void collectAgencies(List<CriterionInput> nodes, Set<String> into) {
		for (CriterionInput node : nodes) {
			into.addAll(node.agenciesOrEmpty());
			collectAgencies(node.childrenOrEmpty(), into);
		}
	}

	private static void reportUnknownAgencies(List<CriterionInput> nodes, Set<String> known, List<String> path,
			List<UserError> errors) {
		for (int i = 0; i < nodes.size(); i++) {
			CriterionInput node = nodes.get(i);
			List<String> here = new ArrayList<>(path);
			here.add(String.valueOf(i));
			for (String agency : node.agenciesOrEmpty()) {
				if (!known.contains(agency)) {
					List<String> field = new ArrayList<>(here);
					field.add("responsibleUnitCodes");
					errors.add(new UserError(field, "node " + node.code() + " names responsible unit " + agency
							+ ", which does not exist", UserErrorCode.NOT_FOUND));
				}
			}
			here.add("children");
			reportUnknownAgencies(node.childrenOrEmpty(), known, here, errors);
		}
	}

	private static Methodology toMethodology(MethodologyInput input, Instant now) {
		List<CriterionDefinition> nodes = new ArrayList<>();
		flatten(input.fields(), null, 1, nodes);
		String family = input.family() == null || input.family().isBlank() ? defaultFamily(input.code(), input.year())
				: input.family().strip();
		return new Methodology(input.code(), family, input.name().strip(), blankToNull(input.nameEn()), input.year(),
				input.lastYear() == null ? input.year() : input.lastYear(), input.unitKind(), input.issuerCode(),
				blankToNull(input.sourceDecision()), input.totalMaximum(), Boolean.TRUE.equals(input.illustrative()),
				blankToNull(input.notes()), nodes, now, input.crosswalksOrEmpty()
					.stream()
					.map(crosswalk -> new Crosswalk(crosswalk.fromMethodologyCode(), crosswalk.mappingsOrEmpty()
						.stream()
						.map(mapping -> new Crosswalk.Mapping(mapping.fromOrEmpty(), mapping.toOrEmpty(),
								mapping.weightsOrEmpty()))
						.toList(), blankToNull(crosswalk.notes())))
					.toList());
	}

	private static void flatten(List<CriterionInput> inputs, String parentCode, int depth, List<CriterionDefinition> into) {
		for (CriterionInput node : inputs) {
			NodeLevel level = NodeLevel.atDepth(depth);
			boolean component = level == NodeLevel.COMPONENT;
			into.add(new CriterionDefinition(node.code(), parentCode, node.name().strip(), blankToNull(node.nameEn()),
					level, node.maxPoints(), component ? node.method() : null, node.agenciesOrEmpty(),
					component && node.rubric() != null ? node.rubric().toRubric() : null));
			flatten(node.childrenOrEmpty(), node.code(), depth + 1, into);
		}
	}

	/** {@code PROVINCE-2022} of year 2022 continues the family {@code PROVINCE}. */
	static String defaultFamily(String code, int year) {
		String suffix = "-" + year;
		return code.endsWith(suffix) && code.length() > suffix.length() ? code.substring(0, code.length() - suffix.length())
				: code;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
