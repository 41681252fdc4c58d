package vn.parmonitor.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.store.InChunks;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.KeptPageCounts;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.UnitService;

/** Plans, their tasks and their targets. */
@Service
public class TargetService {

	private final PlanRepository plans;

	private final TargetRepository targets;

	private final MongoTemplate mongo;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final IndicatorService indicators;

	private final AuditTrail audit;

	private final KeptPageCounts counts;

	private final Clock clock;

	TargetService(PlanRepository plans, TargetRepository targets, MongoTemplate mongo, UnitService units,
			MethodologyService methodologies, IndicatorService indicators, AuditTrail audit, KeptPageCounts counts,
			Optional<Clock> clock) {
		this.audit = audit;
		this.counts = counts;
		this.plans = plans;
		this.targets = targets;
		this.mongo = mongo;
		this.units = units;
		this.methodologies = methodologies;
		this.indicators = indicators;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Plan> findPlan(String code) {
		return code == null ? Optional.empty() : plans.findById(code);
	}

	public Map<String, Plan> findPlans(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return plans.findAllById(new HashSet<>(codes)).stream().collect(Collectors.toMap(Plan::code, Function.identity()));
	}

	public Optional<Target> findTarget(String code) {
		return code == null ? Optional.empty() : targets.findById(code);
	}

	public Map<String, Target> findTargets(Collection<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		return InChunks.find(mongo, "_id", codes, Target.class)
			.stream()
			.collect(Collectors.toMap(Target::code, Function.identity()));
	}

	/** Plans, newest first, optionally of one owner unit and year. */
	public PagedConnection<Plan> plans(String ownerUnitCode, Integer year, PageRequest page) {
		Criteria criteria = new Criteria();
		if (ownerUnitCode != null) {
			criteria.and("ownerUnitCode").is(ownerUnitCode);
		}
		if (year != null) {
			criteria.and("year").is(year);
		}
		return Pages.find(mongo, Query.query(criteria), Sort.by(Sort.Order.desc("year"), Sort.Order.asc("_id")), page,
				Plan.class);
	}

	/** Targets ordered by code. */
	public PagedConnection<Target> targets(TargetFilter filter, PageRequest page) {
		Criteria criteria = new Criteria();
		if (filter.planCode() != null) {
			criteria.and("planCode").is(filter.planCode());
		}
		if (filter.unitCode() != null) {
			criteria.and("responsibleUnitCode").in(units.selfAndDescendantCodes(filter.unitCode()));
		}
		if (filter.kind() != null) {
			criteria.and("kind").is(filter.kind());
		}
		if (filter.active() != null) {
			criteria.and("active").is(filter.active());
		}
		// Counted once per change of the targets, not per page: every board and front end reads these pages.
		return counts.find(Query.query(criteria), Sort.by("_id"), page, Target.class);
	}

	/** The targets of each plan, ordered by code; one query. */
	public Map<String, List<Target>> targetsOfPlans(Collection<String> planCodes) {
		return mongo.find(Query.query(Criteria.where("planCode").in(planCodes)).with(Sort.by("_id")), Target.class)
			.stream()
			.collect(Collectors.groupingBy(Target::planCode));
	}

	/** The codes of the active targets of the active plans, in order (a projection: no target is read whole). */
	public List<String> activeTargetCodes() {
		return activeTargetCodes(activePlanCodes());
	}

	private List<String> activeTargetCodes(List<String> activePlans) {
		if (activePlans.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(activeIn(activePlans)).with(Sort.by("_id"));
		query.fields().include("_id");
		return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Target.class))
			.stream()
			.map(document -> document.getString("_id"))
			.toList();
	}

	/**
	 * The active targets of the active plans, in code order, handed to {@code batch} {@code size} at a time: their
	 * codes read once (a projection), then each batch by {@code _id}, so a national plan is never held whole. (Each
	 * batch used to be one query for the codes after the last one handed: the embedded store answered each by reading
	 * and sorting the whole collection: 18 s of socket reads in a profiled national run of 75 s.) A target
	 * deactivated after the codes were read, or whose plan was, is left out.
	 */
	public void forEachActiveBatch(int size, Consumer<List<Target>> batch) {
		List<String> activePlans = activePlanCodes();
		List<String> codes = activeTargetCodes(activePlans);
		Set<String> plansToEvaluate = new HashSet<>(activePlans);
		for (List<String> slice : InChunks.of(codes, size)) {
			Map<String, Target> found = findTargets(slice);
			List<Target> next = slice.stream()
				.map(found::get)
				.filter(target -> target != null && target.active() && plansToEvaluate.contains(target.planCode()))
				.toList();
			if (!next.isEmpty()) {
				batch.accept(next);
			}
		}
	}

	/** The targets to evaluate: the active ones of these (active) plans. */
	private static Criteria activeIn(List<String> activePlans) {
		return Criteria.where("active").is(true).and("planCode").in(activePlans);
	}

	private List<String> activePlanCodes() {
		return mongo.find(Query.query(Criteria.where("status").is(PlanStatus.ACTIVE)), Plan.class).stream().map(Plan::code).toList();
	}

	/** Creates or replaces a plan with its tasks; a plan that replaces another marks that one SUPERSEDED. */
	public PlanResult upsertPlan(PlanInput input) {
		Set<String> named = new HashSet<>();
		named.add(input.ownerUnitCode());
		input.tasksOrEmpty().stream().map(PlanInput.PlanTaskInput::responsibleUnitCode).filter(Objects::nonNull)
			.forEach(named::add);
		named.remove(null);
		Set<String> knownUnits = units.findAll(named).keySet();
		Plan replaced = input.replacesCode() == null ? null : plans.findById(input.replacesCode()).orElse(null);
		CriterionTree tree = input.methodologyCode() == null ? null
				: methodologies.find(input.methodologyCode()).map(CriterionTree::of).orElse(null);
		List<UserError> errors = PlanValidator.validate(input, knownUnits, replaced, tree);
		if (!errors.isEmpty()) {
			return new PlanResult(null, errors);
		}
		List<PlanTask> tasks = input.tasksOrEmpty()
			.stream()
			.map(task -> new PlanTask(task.code().strip(), task.title().strip(), task.responsibleUnitCode(),
					task.deadline(), task.status() == null ? TaskStatus.NOT_STARTED : task.status(), task.criterionCodes()))
			.toList();
		Plan plan = new Plan(input.code(), input.name().strip(), input.ownerUnitCode(), input.year(),
				input.decision(), input.issuedOn(), input.replacesCode(),
				input.status() == null ? PlanStatus.ACTIVE : input.status(), input.methodologyCode(), input.description(),
				tasks, Instant.now(clock));
		List<AuditTrail.Upsert<Plan>> upserts = new ArrayList<>();
		upserts.add(planUpsert(plan, plans.findById(plan.code()).orElse(null), "PLAN_CHANGED"));
		if (replaced != null && replaced.status() != PlanStatus.SUPERSEDED) {
			upserts.add(planUpsert(new Plan(replaced.code(), replaced.name(), replaced.ownerUnitCode(), replaced.year(),
					replaced.decision(), replaced.issuedOn(), replaced.replacesCode(), PlanStatus.SUPERSEDED,
					replaced.methodologyCode(), replaced.description(), replaced.tasks(), replaced.updatedAt()), replaced,
					"PLAN_REPLACED"));
		}
		audit.upsertAll(Plan.class, AuditedEntity.PLAN, upserts, Set.of("updatedAt"));
		return new PlanResult(plan, List.of());
	}

	private static AuditTrail.Upsert<Plan> planUpsert(Plan plan, Plan before, String action) {
		return new AuditTrail.Upsert<>(plan, plan.code(), before, "PLAN_CREATED", action, plan.ownerUnitCode(),
				plan.year());
	}

	/** Creates or replaces targets, all or nothing: the batch is checked as a whole before anything is written. */
	public TargetsResult upsertTargets(List<TargetInput> inputs) {
		TargetReferences references = references(inputs);
		List<UserError> errors = TargetValidator.validate(inputs, references);
		if (!errors.isEmpty()) {
			return new TargetsResult(List.of(), errors);
		}
		Instant now = Instant.now(clock);
		List<Target> written = inputs.stream().map(input -> toTarget(input, references, now)).toList();
		Map<String, Target> stored = new HashMap<>();
		targets.findAllById(written.stream().map(Target::code).toList())
			.forEach(target -> stored.put(target.code(), target));
		int changed;
		try {
			changed = audit.upsertAll(Target.class, AuditedEntity.TARGET, written.stream()
				.map(target -> new AuditTrail.Upsert<>(target, target.code(), stored.get(target.code()), "TARGET_CREATED",
						"TARGET_CHANGED", target.subjectUnitCode(), target.year()))
				.toList(), Set.of("updatedAt"));
		}
		finally {
			counts.changed(Target.class);
		}
		return new TargetsResult(written, List.of(), changed);
	}

	/**
	 * The problems {@link #upsertTargets} would refuse the batch for, with its paths
	 * ({@code input.targets.<i>.<field>}); nothing is stored. The spreadsheet import checks its rows with this.
	 */
	public List<UserError> validateTargets(List<TargetInput> inputs) {
		return TargetValidator.validate(inputs, references(inputs));
	}

	/** The largest batch {@link #upsertTargets} takes. */
	public static int maxTargetBatch() {
		return TargetValidator.MAX_BATCH;
	}

	private TargetReferences references(List<TargetInput> inputs) {
		Set<String> planCodes = inputs.stream().map(TargetInput::planCode).filter(Objects::nonNull).collect(Collectors.toSet());
		Set<String> unitCodes = new HashSet<>();
		inputs.forEach(input -> {
			unitCodes.add(input.subjectUnitCode());
			unitCodes.add(input.responsibleUnitCode());
		});
		unitCodes.remove(null);
		return new TargetReferences(findPlans(planCodes).keySet(), units.findAll(unitCodes),
				methodologies.findAll(inputs.stream().map(TargetInput::methodologyCode).filter(Objects::nonNull).toList()),
				indicators.findAll(inputs.stream().map(TargetInput::indicatorCode).filter(Objects::nonNull).toList()));
	}

	private static Target toTarget(TargetInput input, TargetReferences references, Instant now) {
		TargetComparator comparator = switch (input.kind()) {
			case UNIT_RANK -> TargetComparator.AT_MOST;
			case INDICATOR -> references.indicators().get(input.indicatorCode()).direction()
					== vn.parmonitor.indicator.Direction.HIGHER_IS_BETTER ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
			default -> TargetComparator.AT_LEAST;
		};
		return new Target(input.code(), input.planCode(), input.name().strip(), input.kind(), input.subjectUnitCode(),
				input.responsibleUnitCode() == null ? input.subjectUnitCode() : input.responsibleUnitCode(),
				input.importance() == null ? Importance.NORMAL : input.importance(), input.year(), input.methodologyCode(),
				input.nodeCode(), input.kind() == TargetKind.UNIT_RANK && input.rankScope() == null ? RankScope.ALL
						: input.rankScope(),
				input.indicatorCode(), comparator, input.targetValue(),
				new Target.Baseline(input.baseline().value(), input.baseline().date()), input.deadline(),
				input.milestonesOrEmpty().stream().map(m -> new Target.Milestone(m.date(), m.value())).toList(),
				!Boolean.FALSE.equals(input.active()), input.notes(), now);
	}

}
