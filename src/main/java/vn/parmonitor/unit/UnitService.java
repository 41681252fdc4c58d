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
import org.springframework.context.ApplicationEventPublisher;
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
import vn.parmonitor.system.store.InChunks;

/** Reads and writes administrative units. Other features look units up through this service. */
@Service
public class UnitService {

	private final UnitRepository repository;

	private final UnitQueries queries;

	private final MongoTemplate mongo;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	UnitService(UnitRepository repository, UnitQueries queries, MongoTemplate mongo, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
		this.repository = repository;
		this.queries = queries;
		this.mongo = mongo;
	}

	/** The unit with this key (the identity every record names units by). */
	public Optional<Unit> find(String key) {
		return key == null ? Optional.empty() : repository.findById(key);
	}

	/**
	 * The unit that a code given by a user names on {@code day}: the unit holding that code on that day; else the unit
	 * with that key (keys never change, so ids and stored references keep working); else, of the units that held the
	 * code, the last one before the day, or the first after it.
	 */
	public Optional<Unit> named(String reference, LocalDate day) {
		return reference == null ? Optional.empty() : Optional.ofNullable(named(List.of(reference), day).get(reference));
	}

	/**
	 * The key of the unit a code given by a user names on {@code day} ({@link #named(String, LocalDate)}): what the
	 * records about it are stored under. A reference that names no unit is answered unchanged, so that the caller's
	 * own "does not exist" error names what the user gave.
	 */
	public String keyOn(String reference, LocalDate day) {
		return named(reference, day).map(Unit::key).orElse(reference);
	}

	/** {@link #keyOn} for data about a year: the unit that the code names on its last day (today without a year). */
	public String keyInYear(String reference, Integer year) {
		return keyOn(reference, dayOfYear(year));
	}

	/** The day a code is read on for data about {@code year}: its last day, or today without a (sane) year. */
	public static LocalDate dayOfYear(Integer year) {
		// A year no calendar holds names no day: the code is read today and the caller's own check refuses the year.
		boolean sane = year != null && year >= 1 && year <= 9999;
		return sane ? LocalDate.of(year, 12, 31) : LocalDate.now(VietnamTime.ZONE);
	}

	/** Of the units with these keys, those that exist on {@code day}; one query reading keys and dates only. */
	public Set<String> existingOn(Collection<String> keys, LocalDate day) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		Set<String> existing = new HashSet<>();
		for (List<String> chunk : InChunks.of(keys)) {
			Query query = Query.query(Criteria.where("_id").in(chunk));
			query.fields().include("_id", "validFrom", "validTo");
			mongo.find(query, Unit.class).stream().filter(unit -> unit.activeOn(day)).forEach(unit -> existing.add(unit.key()));
		}
		return existing;
	}

	/**
	 * {@link #keyOn} for many references, each read on its own day, in one look-up: what a batch of inputs is keyed
	 * by (one look-up per item cost a scan of the units each on the embedded store). A reference that names no unit
	 * is answered unchanged.
	 */
	public Map<DatedReference, String> keysOn(Collection<DatedReference> references) {
		Map<DatedReference, Unit> named = namedOn(
				references.stream().filter(reference -> reference.reference() != null).distinct().toList());
		Map<DatedReference, String> keys = new HashMap<>();
		references.forEach(reference -> keys.put(reference,
				named.containsKey(reference) ? named.get(reference).key() : reference.reference()));
		return keys;
	}

	/** {@link #keyOn} for data about now: the unit the code names today. */
	public String keyToday(String reference) {
		return keyOn(reference, LocalDate.now(VietnamTime.ZONE));
	}

	/** {@link #named(String, LocalDate)} for many references; one query. */
	public Map<String, Unit> named(Collection<String> references, LocalDate day) {
		Map<String, Unit> named = new HashMap<>();
		namedOn(references.stream().map(reference -> new DatedReference(reference, day)).toList())
			.forEach((dated, unit) -> named.put(dated.reference(), unit));
		return named;
	}

	/**
	 * {@link #named(String, LocalDate)} for references each read on its own day (a file's rows about different
	 * periods); one query for all.
	 */
	public Map<DatedReference, Unit> namedOn(Collection<DatedReference> references) {
		Map<DatedReference, Unit> named = new HashMap<>();
		if (references.isEmpty()) {
			return named;
		}
		Map<String, List<Unit>> holders = new HashMap<>();
		Map<String, Unit> byKey = new HashMap<>();
		for (Unit unit : findByKeyOrCode(references.stream().map(DatedReference::reference).collect(Collectors.toSet()))) {
			holders.computeIfAbsent(unit.officialCode(), code -> new ArrayList<>()).add(unit);
			byKey.put(unit.key(), unit);
		}
		for (DatedReference dated : references) {
			List<Unit> holding = holders.getOrDefault(dated.reference(), List.of());
			LocalDate day = dated.day();
			Unit chosen = holding.stream().filter(unit -> unit.activeOn(day)).findFirst()
				.or(() -> Optional.ofNullable(byKey.get(dated.reference())))
				.or(() -> holding.stream()
					.filter(unit -> unit.validTo() != null && unit.validTo().isBefore(day))
					.max(java.util.Comparator.comparing(Unit::validTo)))
				.or(() -> holding.stream().findFirst())
				.orElse(null);
			if (chosen != null) {
				named.put(dated, chosen);
			}
		}
		return named;
	}

	/** A code (or key) given by a user, to be read on a day. */
	public record DatedReference(String reference, LocalDate day) {
	}

	/** Every unit that held the code of each of {@code units} at another time, by the unit's key; one query. */
	public Map<String, List<Unit>> sharingTheirCode(Collection<Unit> units) {
		Set<String> codes = units.stream().map(Unit::officialCode).collect(Collectors.toSet());
		List<Unit> holders = findByKeyOrCode(codes);
		Map<String, List<Unit>> sharing = new HashMap<>();
		for (Unit unit : units) {
			sharing.put(unit.key(), holders.stream()
				.filter(other -> other.officialCode().equals(unit.officialCode()) && !other.key().equals(unit.key()))
				.sorted(java.util.Comparator.comparing(Unit::validFrom, java.util.Comparator.nullsFirst(
						java.util.Comparator.naturalOrder())))
				.toList());
		}
		return sharing;
	}

	/** The stored units among {@code codes}, by code; one query. */
	public Map<String, Unit> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return InChunks.find(mongo, "_id", codes, Unit.class)
			.stream()
			.collect(Collectors.toMap(Unit::key, Function.identity()));
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

	/**
	 * Every unit above each of {@code units} on {@code day}, from the top down to the parent of that day (though they may
	 * have moved since): one query per level, at most a few levels.
	 */
	public Map<String, List<Unit>> ancestorsOn(Collection<Unit> units, LocalDate day) {
		Map<String, List<Unit>> ancestors = new HashMap<>();
		Map<String, Unit> climbing = new HashMap<>();
		units.forEach(unit -> {
			ancestors.put(unit.key(), new ArrayList<>());
			climbing.put(unit.key(), unit);
		});
		Set<String> seen = new HashSet<>();
		for (int level = 0; !climbing.isEmpty() && level <= UnitInputValidator.MAX_SUCCESSION_STEPS; level++) {
			Map<String, String> parentOf = new HashMap<>();
			climbing.forEach((origin, unit) -> {
				String parent = unit.parentOn(day);
				if (parent != null && seen.add(origin + ">" + parent)) {
					parentOf.put(origin, parent);
				}
			});
			Map<String, Unit> parents = findAll(new HashSet<>(parentOf.values()));
			climbing.clear();
			parentOf.forEach((origin, parentKey) -> {
				Unit parent = parents.get(parentKey);
				if (parent != null) {
					ancestors.get(origin).add(0, parent);
					climbing.put(origin, parent);
				}
			});
		}
		return ancestors;
	}

	/** The direct children of each parent, ordered by code; one query for all parents. */
	public Map<String, List<Unit>> childrenOf(Collection<String> parentCodes, UnitKind kind) {
		List<Unit> children = kind == null ? repository.findByParentCodeInOrderByKey(parentCodes)
				: repository.findByParentCodeInAndKindOrderByKey(parentCodes, kind);
		return children.stream().collect(Collectors.groupingBy(Unit::parentCode, LinkedHashMap::new, Collectors.toList()));
	}

	/** The units that took over from each of {@code ceased}, in the order it names them, by its key; one query. */
	public Map<String, List<Unit>> successorsOf(Collection<Unit> ceased) {
		Set<String> keys = new HashSet<>();
		ceased.forEach(unit -> keys.addAll(unit.successorCodes()));
		Map<String, Unit> found = findAll(keys);
		Map<String, List<Unit>> successors = new HashMap<>();
		for (Unit unit : ceased) {
			successors.put(unit.key(), unit.successorCodes().stream().map(found::get).filter(java.util.Objects::nonNull)
				.toList());
		}
		return successors;
	}

	/** The units each of {@code successorCodes} took over from; one query. */
	public Map<String, List<Unit>> predecessorsOf(Collection<String> successorCodes) {
		Set<String> asked = new HashSet<>(successorCodes);
		Map<String, List<Unit>> predecessors = new LinkedHashMap<>();
		for (Unit unit : repository.findBySuccessorCodesInOrderByKey(asked)) {
			unit.successorCodes()
				.stream()
				.filter(asked::contains)
				.forEach(successor -> predecessors.computeIfAbsent(successor, key -> new ArrayList<>()).add(unit));
		}
		return predecessors;
	}

	/** The codes of {@code code} and of every unit below it. */
	public List<String> selfAndDescendantCodes(String code) {
		Query query = new Query(new Criteria().orOperator(Criteria.where("_id").is(code),
				Criteria.where("ancestorCodes").is(code)));
		query.fields().include("_id");
		return mongo.find(query, Unit.class).stream().map(Unit::key).toList();
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
		Checked checked = check(inputs);
		if (!checked.errors().isEmpty()) {
			return new UpsertUnitsResult(List.of(), checked.errors());
		}
		Map<String, Unit> written = resolveAncestors(checked.keyed(), checked.stored());
		List<Unit> moved = descendantsToMove(written, checked.stored());
		List<AuditTrail.Upsert<Unit>> upserts = new ArrayList<>();
		written.values().forEach(unit -> upserts.add(unitUpsert(unit, checked.stored().get(unit.key()), "UNIT_CHANGED")));
		moved.forEach(unit -> upserts.add(unitUpsert(unit, checked.stored().get(unit.key()), "UNIT_MOVED")));
		int changed = audit.upsertAll(Unit.class, AuditedEntity.UNIT, upserts, Set.of());
		if (changed > 0) {
			events.publishEvent(new UnitsChanged(changed));
		}
		return new UpsertUnitsResult(checked.keyed().stream().map(input -> written.get(input.key())).toList(), List.of(),
				changed);
	}

	/**
	 * The problems {@link #upsert} would refuse the batch for, with its paths ({@code input.units.<i>.<field>});
	 * nothing is stored. The spreadsheet import checks its rows with this.
	 */
	public List<UserError> validate(List<UnitInput> inputs) {
		return check(inputs).errors();
	}

	private Checked check(List<UnitInput> inputs) {
		List<UserError> shape = UnitInputValidator.validateShape(inputs);
		if (!shape.isEmpty()) {
			return new Checked(shape, null, null);
		}
		Set<String> referenced = new HashSet<>();
		for (UnitInput input : inputs) {
			addIfPresent(referenced, input.code());
			addIfPresent(referenced, input.key());
			addIfPresent(referenced, input.parentCode());
			input.successors().forEach(code -> addIfPresent(referenced, code));
		}
		List<Unit> named = findByKeyOrCode(referenced);
		UnitBatchKeys.Result keyed = new UnitBatchKeys(inputs, named, LocalDate.now(VietnamTime.ZONE)).resolve();
		if (!keyed.errors().isEmpty()) {
			return new Checked(keyed.errors(), null, null);
		}
		Map<String, Unit> stored = new HashMap<>();
		named.forEach(unit -> stored.put(unit.key(), unit));
		loadSuccessorChains(stored);
		return new Checked(new UnitInputValidator(keyed.keyed(), stored).validate(), keyed.keyed(), stored);
	}

	/** A batch checked against itself and the store: its problems, or its inputs with keys and the units it touches. */
	private record Checked(List<UserError> errors, List<UnitInput> keyed, Map<String, Unit> stored) {
	}

	/** The largest batch {@link #upsert} and {@link #validate} take. */
	public static int maxBatch() {
		return UnitInputValidator.MAX_BATCH;
	}

	/**
	 * The stored units whose key or code is one of {@code references}: two queries, one by {@code _id} and one by
	 * code, rather than one {@code $or}, which the embedded store answers by scanning even for the keys.
	 */
	private List<Unit> findByKeyOrCode(Collection<String> references) {
		Map<String, Unit> found = new LinkedHashMap<>();
		InChunks.find(mongo, "_id", references, Unit.class).forEach(unit -> found.put(unit.key(), unit));
		InChunks.find(mongo, "officialCode", references, Unit.class).forEach(unit -> found.putIfAbsent(unit.key(), unit));
		return new ArrayList<>(found.values());
	}

	private static AuditTrail.Upsert<Unit> unitUpsert(Unit unit, Unit before, String action) {
		return new AuditTrail.Upsert<>(unit, unit.key(), before, "UNIT_CREATED", action, unit.key(), null);
	}

	/**
	 * Adds the stored successors of the stored units, and theirs, so that the validator can follow every succession
	 * chain the batch touches (one query per step; chains are a few mergers long).
	 */
	private void loadSuccessorChains(Map<String, Unit> stored) {
		for (int step = 0; step < UnitInputValidator.MAX_SUCCESSION_STEPS; step++) {
			Set<String> missing = stored.values()
				.stream()
				.flatMap(unit -> unit.successorCodes().stream())
				.filter(code -> !stored.containsKey(code))
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
		Map<String, UnitInput> byKey = inputs.stream().collect(Collectors.toMap(UnitInput::key, Function.identity()));
		Map<String, Unit> built = new LinkedHashMap<>();
		for (UnitInput input : inputs) {
			build(input, byKey, stored, built);
		}
		return built;
	}

	private static Unit build(UnitInput input, Map<String, UnitInput> batch, Map<String, Unit> stored,
			Map<String, Unit> built) {
		Unit done = built.get(input.key());
		if (done != null) {
			return done;
		}
		List<String> ancestors = new ArrayList<>();
		if (input.parentCode() != null) {
			UnitInput parentInBatch = batch.get(input.parentCode());
			Unit parent = parentInBatch != null ? build(parentInBatch, batch, stored, built)
					: stored.get(input.parentCode());
			ancestors.addAll(parent.ancestorCodes());
			ancestors.add(parent.key());
		}
		String shortName = input.shortName() == null || input.shortName().isBlank() ? input.name() : input.shortName();
		// A unit that moves keeps who its parent was, until yesterday; the new parent is its parent from today.
		Unit before = stored.get(input.key());
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
		List<String> successors = input.successors();
		SuccessionKind succession = successors.isEmpty() ? null
				: input.successionKind() != null ? input.successionKind()
						: successors.size() > 1 ? SuccessionKind.SPLIT_INTO : SuccessionKind.MERGED_INTO;
		Unit unit = new Unit(input.key(), input.code(), input.name().strip(), shortName.strip(),
				blankToNull(input.nameEn()), input.kind(), input.parentCode(), ancestors, input.validFrom(),
				input.validTo(), successors, succession,
				SearchText.tokens(input.name(), shortName, input.nameEn(), input.code()), blankToNull(input.source()),
				history, since);
		built.put(unit.key(), unit);
		return unit;
	}

	/**
	 * Stored units below a unit of the batch whose ancestor path changed, with their paths rewritten from the closest
	 * moved ancestor down.
	 */
	private List<Unit> descendantsToMove(Map<String, Unit> written, Map<String, Unit> stored) {
		Map<String, List<String>> changedPaths = new HashMap<>();
		for (Unit unit : written.values()) {
			Unit before = stored.get(unit.key());
			if (before != null && !before.ancestorCodes().equals(unit.ancestorCodes())) {
				changedPaths.put(unit.key(), unit.ancestorCodes());
			}
		}
		if (changedPaths.isEmpty()) {
			return List.of();
		}
		List<Unit> moved = new ArrayList<>();
		for (Unit descendant : mongo.find(Query.query(Criteria.where("ancestorCodes").in(changedPaths.keySet())),
				Unit.class)) {
			if (written.containsKey(descendant.key())) {
				continue;
			}
			stored.put(descendant.key(), descendant);
			List<String> old = descendant.ancestorCodes();
			int closest = old.size() - 1;
			while (!changedPaths.containsKey(old.get(closest))) {
				closest--;
			}
			List<String> path = new ArrayList<>(changedPaths.get(old.get(closest)));
			path.addAll(old.subList(closest, old.size()));
			moved.add(descendant.withAncestors(path));
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
