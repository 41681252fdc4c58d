package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.time.VietnamTime;

/** Reads and writes administrative units. Other features look units up through this service. */
@Service
public class UnitService {

	private final UnitRepository repository;

	private final UnitQueries queries;

	private final MongoTemplate mongo;

	private final AuditTrail audit;

	UnitService(UnitRepository repository, UnitQueries queries, MongoTemplate mongo, AuditTrail audit) {
		this.audit = audit;
		this.repository = repository;
		this.queries = queries;
		this.mongo = mongo;
	}

	public Optional<Unit> find(String code) {
		return code == null ? Optional.empty() : repository.findById(code);
	}

	/** The stored units among {@code codes}, by code; one query. */
	public Map<String, Unit> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return repository.findAllById(new HashSet<>(codes))
			.stream()
			.collect(Collectors.toMap(Unit::code, Function.identity()));
	}

	/**
	 * The unit each source names (its parent, its agency, ...), looked up in one query; sources that name no unit,
	 * or an unknown one, are left out. The batch-mapping helper of every feature that points at units.
	 */
	public <S> Map<S, Unit> unitsNamedBy(Collection<S> sources, Function<S, String> code) {
		return BatchLookup.namedBy(sources, code, this::findAll);
	}

	/** The codes of every unit the filter matches (all of them, not a page), ordered. */
	public List<String> codes(UnitFilter filter) {
		return queries.codes(filter);
	}

	public PagedConnection<Unit> find(UnitFilter filter, PageRequest page) {
		return queries.find(filter, page);
	}

	/**
	 * The children each parent had on {@code day} (those under it then, though they may have moved since), ordered
	 * by code; one query for all parents.
	 */
	public Map<String, List<Unit>> childrenOn(Collection<String> parentCodes, UnitKind kind, LocalDate day) {
		Criteria criteria = new Criteria().orOperator(Criteria.where("parentCode").in(parentCodes),
				Criteria.where("parentHistory.parentCode").in(parentCodes));
		if (kind != null) {
			criteria = new Criteria().andOperator(criteria, Criteria.where("kind").is(kind));
		}
		Set<String> asked = new HashSet<>(parentCodes);
		Map<String, List<Unit>> children = new LinkedHashMap<>();
		for (Unit unit : mongo.find(Query.query(criteria).with(Sort.by("_id")), Unit.class)) {
			String parent = unit.parentOn(day);
			if (parent != null && asked.contains(parent)) {
				children.computeIfAbsent(parent, code -> new ArrayList<>()).add(unit);
			}
		}
		return children;
	}

	/** The direct children of each parent, ordered by code; one query for all parents. */
	public Map<String, List<Unit>> childrenOf(Collection<String> parentCodes, UnitKind kind) {
		List<Unit> children = kind == null ? repository.findByParentCodeInOrderByCode(parentCodes)
				: repository.findByParentCodeInAndKindOrderByCode(parentCodes, kind);
		return children.stream().collect(Collectors.groupingBy(Unit::parentCode, LinkedHashMap::new, Collectors.toList()));
	}

	/** The units each of {@code successorCodes} took over from; one query. */
	public Map<String, List<Unit>> predecessorsOf(Collection<String> successorCodes) {
		return repository.findBySuccessorCodeInOrderByCode(successorCodes)
			.stream()
			.collect(Collectors.groupingBy(Unit::successorCode, LinkedHashMap::new, Collectors.toList()));
	}

	/** The codes of {@code code} and of every unit below it. */
	public List<String> selfAndDescendantCodes(String code) {
		Query query = new Query(new Criteria().orOperator(Criteria.where("_id").is(code),
				Criteria.where("ancestorCodes").is(code)));
		query.fields().include("_id");
		return mongo.find(query, Unit.class).stream().map(Unit::code).toList();
	}

	public boolean isEmpty() {
		return repository.count() == 0;
	}

	/**
	 * Creates or replaces a batch of units, all or nothing: the batch is checked as a whole (against itself and the
	 * store) before anything is written. Units whose parent changes carry their stored descendants along. Each unit that
	 * changes leaves its audit entry; a unit sent again unchanged is not written.
	 */
	public UpsertUnitsResult upsert(List<UnitInput> inputs) {
		Set<String> referenced = new HashSet<>();
		for (UnitInput input : inputs) {
			addIfPresent(referenced, input.code());
			addIfPresent(referenced, input.parentCode());
			addIfPresent(referenced, input.successorCode());
		}
		Map<String, Unit> stored = new HashMap<>(findAll(referenced));
		loadSuccessorChains(stored);
		List<UserError> errors = new UnitInputValidator(inputs, stored).validate();
		if (!errors.isEmpty()) {
			return new UpsertUnitsResult(List.of(), errors);
		}
		Map<String, Unit> written = resolveAncestors(inputs, stored);
		List<Unit> moved = descendantsToMove(written, stored);
		List<AuditTrail.Upsert<Unit>> upserts = new ArrayList<>();
		written.values().forEach(unit -> upserts.add(unitUpsert(unit, stored.get(unit.code()), "UNIT_CHANGED")));
		moved.forEach(unit -> upserts.add(unitUpsert(unit, stored.get(unit.code()), "UNIT_MOVED")));
		audit.upsertAll(Unit.class, AuditedEntity.UNIT, upserts, Set.of());
		return new UpsertUnitsResult(inputs.stream().map(input -> written.get(input.code())).toList(), List.of());
	}

	private static AuditTrail.Upsert<Unit> unitUpsert(Unit unit, Unit before, String action) {
		return new AuditTrail.Upsert<>(unit, unit.code(), before, "UNIT_CREATED", action, unit.code(), null);
	}

	/**
	 * Adds the stored successors of the stored units, and theirs, so that the validator can follow every succession
	 * chain the batch touches (one query per step; chains are a few mergers long).
	 */
	private void loadSuccessorChains(Map<String, Unit> stored) {
		for (int step = 0; step < UnitInputValidator.MAX_SUCCESSION_STEPS; step++) {
			Set<String> missing = stored.values()
				.stream()
				.map(Unit::successorCode)
				.filter(code -> code != null && !stored.containsKey(code))
				.collect(Collectors.toSet());
			if (missing.isEmpty()) {
				return;
			}
			Map<String, Unit> found = findAll(missing);
			if (found.isEmpty()) {
				return;
			}
			stored.putAll(found);
		}
	}

	/** Builds the units of the batch with their ancestor paths, parents before children. */
	private static Map<String, Unit> resolveAncestors(List<UnitInput> inputs, Map<String, Unit> stored) {
		Map<String, UnitInput> byCode = inputs.stream().collect(Collectors.toMap(UnitInput::code, Function.identity()));
		Map<String, Unit> built = new LinkedHashMap<>();
		for (UnitInput input : inputs) {
			build(input, byCode, stored, built);
		}
		return built;
	}

	private static Unit build(UnitInput input, Map<String, UnitInput> batch, Map<String, Unit> stored,
			Map<String, Unit> built) {
		Unit done = built.get(input.code());
		if (done != null) {
			return done;
		}
		List<String> ancestors = new ArrayList<>();
		if (input.parentCode() != null) {
			UnitInput parentInBatch = batch.get(input.parentCode());
			Unit parent = parentInBatch != null ? build(parentInBatch, batch, stored, built)
					: stored.get(input.parentCode());
			ancestors.addAll(parent.ancestorCodes());
			ancestors.add(parent.code());
		}
		String shortName = input.shortName() == null || input.shortName().isBlank() ? input.name() : input.shortName();
		// A unit that moves keeps who its parent was, until yesterday; the new parent is its parent from today.
		Unit before = stored.get(input.code());
		List<ParentPeriod> history = before == null ? List.of() : before.parentHistory();
		LocalDate since = before == null ? null : before.parentSince();
		if (before != null && !java.util.Objects.equals(before.parentCode(), input.parentCode())) {
			LocalDate today = LocalDate.now(VietnamTime.ZONE);
			if (before.parentCode() != null && (since == null || since.isBefore(today))) {
				history = new ArrayList<>(history);
				history.add(new ParentPeriod(before.parentCode(), since, today.minusDays(1)));
			}
			since = today;
		}
		Unit unit = new Unit(input.code(), input.name().strip(), shortName.strip(), blankToNull(input.nameEn()),
				input.kind(), input.parentCode(), ancestors, input.validFrom(), input.validTo(), input.successorCode(),
				SearchText.tokens(input.name(), shortName, input.nameEn(), input.code()), blankToNull(input.source()),
				history, since);
		built.put(unit.code(), unit);
		return unit;
	}

	/**
	 * Stored units below a unit of the batch whose ancestor path changed, with their paths rewritten from the closest
	 * moved ancestor down.
	 */
	private List<Unit> descendantsToMove(Map<String, Unit> written, Map<String, Unit> stored) {
		Map<String, List<String>> changedPaths = new HashMap<>();
		for (Unit unit : written.values()) {
			Unit before = stored.get(unit.code());
			if (before != null && !before.ancestorCodes().equals(unit.ancestorCodes())) {
				changedPaths.put(unit.code(), unit.ancestorCodes());
			}
		}
		if (changedPaths.isEmpty()) {
			return List.of();
		}
		List<Unit> moved = new ArrayList<>();
		for (Unit descendant : mongo.find(Query.query(Criteria.where("ancestorCodes").in(changedPaths.keySet())),
				Unit.class)) {
			if (written.containsKey(descendant.code())) {
				continue;
			}
			stored.put(descendant.code(), descendant);
			List<String> old = descendant.ancestorCodes();
			int closest = old.size() - 1;
			while (!changedPaths.containsKey(old.get(closest))) {
				closest--;
			}
			List<String> path = new ArrayList<>(changedPaths.get(old.get(closest)));
			path.addAll(old.subList(closest, old.size()));
			moved.add(new Unit(descendant.code(), descendant.name(), descendant.shortName(), descendant.nameEn(),
					descendant.kind(), descendant.parentCode(), path, descendant.validFrom(), descendant.validTo(),
					descendant.successorCode(), descendant.searchTokens(), descendant.source(), descendant.parentHistory(),
					descendant.parentSince()));
		}
		return moved;
	}

	private static void addIfPresent(Set<String> codes, String code) {
		if (code != null) {
			codes.add(code);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
