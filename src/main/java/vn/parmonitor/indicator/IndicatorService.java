package vn.parmonitor.indicator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.system.store.InChunks;

/** Indicators and their observations. */
@Service
public class IndicatorService {


	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");

	private final IndicatorRepository indicators;

	private final MongoTemplate mongo;

	private final UnitService units;

	private final AuditTrail audit;

	private final Clock clock;

	IndicatorService(IndicatorRepository indicators, MongoTemplate mongo, UnitService units, AuditTrail audit,
			Optional<Clock> clock) {
		this.audit = audit;
		this.indicators = indicators;
		this.mongo = mongo;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Indicator> find(String code) {
		return code == null ? Optional.empty() : indicators.findById(code);
	}

	public Map<String, Indicator> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return indicators.findAllById(new HashSet<>(codes))
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	public PagedConnection<Indicator> list(PageRequest page) {
		return Pages.find(mongo, new Query(), Sort.by("_id"), page, Indicator.class);
	}

	/**
	 * Creates or replaces an indicator. Once observations exist, its measure, reporting period and ratio flag are
	 * fixed: changing them would make the stored values mean something else.
	 */
	public IndicatorResult upsert(IndicatorInput input) {
		List<UserError> errors = validate(input);
		Optional<Indicator> existing = find(input.code());
		if (errors.isEmpty() && existing.isPresent() && hasObservations(input.code())) {
			Indicator before = existing.get();
			if (before.measure() != input.measure() || before.period() != input.period()
					|| before.ratio() != Boolean.TRUE.equals(input.ratio())) {
				errors.add(UserError.of(UserErrorCode.CONFLICT, "indicator " + input.code()
						+ " already has observations: its measure, period and ratio cannot change", "input", "measure"));
			}
		}
		if (!errors.isEmpty()) {
			return new IndicatorResult(null, errors);
		}
		Indicator indicator = new Indicator(input.code(), input.name().strip(), blankToNull(input.nameEn()),
				blankToNull(input.description()), input.measure(), input.direction(), input.period(),
				Boolean.TRUE.equals(input.ratio()), Boolean.TRUE.equals(input.cumulative()), input.upperBound(),
				blankToNull(input.numeratorLabel()), blankToNull(input.denominatorLabel()), Instant.now(clock));
		AuditDraft draft = audit.draft(AuditedEntity.INDICATOR, indicator.code(), existing.orElse(null), indicator,
				"INDICATOR_CREATED", "INDICATOR_CHANGED", null, null, Set.of("updatedAt"));
		if (draft == null) {
			return new IndicatorResult(existing.get(), List.of()); // the same definition again changes nothing
		}
		audit.write(draft, changeId -> mongo.save(audit.stamped(indicator, changeId),
				AuditedEntity.INDICATOR.collection()));
		return new IndicatorResult(indicator, List.of());
	}

	private static List<UserError> validate(IndicatorInput input) {
		List<UserError> errors = new ArrayList<>();
		if (input.code() == null || !CODE.matcher(input.code()).matches()) {
			errors.add(UserError.of(UserErrorCode.INVALID, "indicator code '" + input.code()
					+ "' must be 1 to 48 letters, digits, '.', '_' or '-'", "input", "code"));
		}
		if (input.name() == null || input.name().isBlank()) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "the indicator needs a name", "input", "name"));
		}
		if (Boolean.TRUE.equals(input.ratio()) && input.measure() != IndicatorMeasure.PERCENT) {
			errors.add(UserError.of(UserErrorCode.INVALID, "a ratio indicator is measured in PERCENT, not "
					+ input.measure(), "input", "measure"));
		}
		if (input.upperBound() != null && input.upperBound().signum() <= 0) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "upperBound " + input.upperBound().toPlainString()
					+ " must be greater than 0", "input", "upperBound"));
		}
		return errors;
	}

	private boolean hasObservations(String indicatorCode) {
		return mongo.exists(Query.query(Criteria.where("indicatorCode").is(indicatorCode)), Observation.class);
	}

	/**
	 * Records observations all or nothing: the batch is checked as a whole first. Each is stored under
	 * {@code indicator:unit:period}, so re-sending replaces. Writes are idempotent upserts, so a batch interrupted by
	 * a store failure is completed by sending it again.
	 */
	public ObservationsResult record(List<ObservationInput> inputs, boolean single) {
		Checked checked = check(inputs, single);
		if (!checked.errors().isEmpty()) {
			return ObservationsResult.refused(checked.errors());
		}
		List<Observation> observations = inputs.stream()
			.map(input -> toObservation(checked.indicators().get(input.indicatorCode()), input, checked.now()))
			.toList();
		Map<String, Observation> stored = findObservations(observations.stream().map(Observation::id).toList());
		int changed = audit.upsertAll(Observation.class, AuditedEntity.OBSERVATION, observations.stream()
			.map(observation -> new AuditTrail.Upsert<>(observation, observation.id(), stored.get(observation.id()),
					"OBSERVATION_RECORDED", "OBSERVATION_CHANGED", observation.unitCode(),
					observation.periodStart().getYear()))
			.toList(), Set.of("recordedAt"));
		return new ObservationsResult(observations, List.of(), changed);
	}

	/**
	 * The problems {@link #record} would refuse a batch (of at most {@value ObservationValidator#MAX_BATCH}) for, with
	 * the paths of the batch form ({@code input.observations.<i>.<field>}); nothing is stored. The spreadsheet import
	 * checks its rows with this, so that a file and a mutation are held to the same rules and messages.
	 */
	public List<UserError> validate(List<ObservationInput> inputs) {
		return check(inputs, false).errors();
	}

	/** The largest batch {@link #record} and {@link #validate} take. */
	public static int maxBatch() {
		return ObservationValidator.MAX_BATCH;
	}

	private Checked check(List<ObservationInput> inputs, boolean single) {
		Map<String, Indicator> known = findAll(inputs.stream().map(ObservationInput::indicatorCode)
			.filter(Objects::nonNull).toList());
		var knownUnits = units.findAll(inputs.stream().map(ObservationInput::unitCode).filter(Objects::nonNull).toList());
		Instant now = Instant.now(clock);
		return new Checked(known, now, new ObservationValidator(known, knownUnits, now).validate(inputs, single));
	}

	private record Checked(Map<String, Indicator> indicators, Instant now, List<UserError> errors) {
	}

	private static Observation toObservation(Indicator indicator, ObservationInput input, Instant now) {
		ReportingPeriod.Period period = indicator.period().parse(input.period()).orElseThrow();
		var value = indicator.ratio() ? ObservationValidator.ratioPercent(input.numerator(), input.denominator())
				: input.value();
		Instant observedAt = input.observedAt() != null ? input.observedAt()
				: period.end().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		return new Observation(Observation.idOf(indicator.code(), input.unitCode(), period.key()), indicator.code(),
				input.unitCode(), period.key(), period.start(), period.end(), value, input.numerator(), input.denominator(),
				blankToNull(input.source()), observedAt, now);
	}

	/** Observations of a series ordered by period, optionally of one unit and within a time range. */
	public PagedConnection<Observation> observations(String indicatorCode, String unitCode, LocalDate from,
			LocalDate to, PageRequest page) {
		Criteria criteria = Criteria.where("indicatorCode").is(indicatorCode);
		if (unitCode != null) {
			criteria.and("unitCode").is(unitCode);
		}
		if (from != null || to != null) {
			Criteria end = criteria.and("periodEnd");
			if (from != null) {
				end.gte(from);
			}
			if (to != null) {
				end.lte(to);
			}
		}
		return Pages.find(mongo, Query.query(criteria), Sort.by("periodEnd", "unitCode"), page, Observation.class);
	}

	/**
	 * The observations of each (indicator, unit) series whose period ended on or before {@code asOf} and after
	 * {@code since}, oldest first. Read by {@code _id}: an observation's id is its indicator, unit and period, so the
	 * ids of every period in the range are known beforehand and the store finds them in its primary index
	 * ({@link InChunks}); the cost follows the observations asked for, not those stored. A filter on indicator and
	 * unit codes would make the embedded store read the whole collection and check each observation against every
	 * unit code of the batch.
	 */
	public Map<SeriesKey, List<Observation>> series(Collection<SeriesKey> keys, LocalDate since, LocalDate asOf) {
		Map<SeriesKey, List<Observation>> series = new HashMap<>();
		if (keys.isEmpty() || !asOf.isAfter(since)) {
			return series;
		}
		Map<String, Indicator> byCode = findAll(keys.stream().map(SeriesKey::indicatorCode).collect(Collectors.toSet()));
		Map<String, List<String>> periodsByIndicator = new HashMap<>();
		byCode.values().forEach(indicator -> periodsByIndicator.put(indicator.code(), periodKeys(indicator, since, asOf)));
		List<String> ids = new ArrayList<>();
		for (SeriesKey key : keys) {
			periodsByIndicator.getOrDefault(key.indicatorCode(), List.of())
				.forEach(period -> ids.add(Observation.idOf(key.indicatorCode(), key.unitCode(), period)));
		}
		for (Observation observation : InChunks.find(mongo, "_id", ids, Observation.class)) {
			series.computeIfAbsent(new SeriesKey(observation.indicatorCode(), observation.unitCode()),
					k -> new ArrayList<>()).add(observation);
		}
		series.values().forEach(observations -> observations.sort(Comparator.comparing(Observation::periodEnd)));
		return series;
	}

	/** The keys of the indicator's periods that end after {@code since} and on or before {@code asOf}. */
	private static List<String> periodKeys(Indicator indicator, LocalDate since, LocalDate asOf) {
		List<String> keys = new ArrayList<>();
		for (int year = since.getYear(); year <= asOf.getYear(); year++) {
			for (String key : indicator.period().keysIn(year)) {
				LocalDate end = ReportingPeriod.lastDayOf(key);
				if (end.isAfter(since) && !end.isAfter(asOf)) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	public Map<String, Observation> findObservations(Collection<String> ids) {
		Map<String, Observation> found = new HashMap<>();
		if (!ids.isEmpty()) {
			InChunks.find(mongo, "_id", ids, Observation.class).forEach(o -> found.put(o.id(), o));
		}
		return found;
	}

	public Optional<Observation> findObservation(String id) {
		return Optional.ofNullable(mongo.findById(id, Observation.class));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One unit's series of one indicator. */
	public record SeriesKey(String indicatorCode, String unitCode) {
	}

}
