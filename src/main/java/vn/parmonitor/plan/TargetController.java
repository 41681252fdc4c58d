package vn.parmonitor.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/** GraphQL reads and writes of plans, tasks and targets. */
@Controller
class TargetController {

	private final TargetService targets;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final IndicatorService indicators;

	private final EvaluationTime evaluationTime;

	TargetController(TargetService targets, UnitService units, MethodologyService methodologies,
			IndicatorService indicators, EvaluationTime evaluationTime) {
		this.targets = targets;
		this.units = units;
		this.methodologies = methodologies;
		this.indicators = indicators;
		this.evaluationTime = evaluationTime;
	}

	@QueryMapping
	Plan plan(@Argument String code) {
		return targets.findPlan(code).orElse(null);
	}

	@QueryMapping(name = "plans")
	PagedConnection<Plan> planList(@Argument String ownerUnitCode, @Argument Integer year, @Argument Integer first,
			@Argument String after) {
		return targets.plans(ownerUnitCode, year, new PageRequest(first, after, null, null));
	}

	@QueryMapping
	Target target(@Argument String code) {
		return targets.findTarget(code).orElse(null);
	}

	@QueryMapping(name = "targets")
	PagedConnection<Target> targetList(@Argument TargetFilter filter, @Argument Integer first, @Argument String after) {
		return targets.targets(filter == null ? TargetFilter.ALL : filter, new PageRequest(first, after, null, null));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	PlanResult upsertPlan(@Argument PlanInput input) {
		return targets.upsertPlan(input == null ? null : input.keyed(units));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	TargetsResult upsertTargets(@Argument UpsertTargetsInput input) {
		return targets.upsertTargets(input.targets() == null ? null
				: TargetInput.keyedAll(input.targets(), units));
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, Unit> owner(List<Plan> plans) {
		return units.unitsNamedBy(plans, Plan::ownerUnitCode);
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, Plan> replaces(List<Plan> plans) {
		return BatchLookup.namedBy(plans, Plan::replacesCode, targets::findPlans);
	}

	@BatchMapping(typeName = "Plan", field = "methodology")
	Map<Plan, Methodology> planMethodology(List<Plan> plans) {
		return BatchLookup.namedBy(plans, Plan::methodologyCode, methodologies::findAll);
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, List<Target>> targets(List<Plan> plans) {
		Map<String, List<Target>> found = targets.targetsOfPlans(plans.stream().map(Plan::code).toList());
		Map<Plan, List<Target>> result = new LinkedHashMap<>();
		plans.forEach(p -> result.put(p, found.getOrDefault(p.code(), List.of())));
		return result;
	}

	/** Tasks are shown with their plan's methodology, for their criteria; one query for all plans. */
	@BatchMapping(typeName = "Plan")
	Map<Plan, List<TaskView>> tasks(List<Plan> plans) {
		Map<String, Methodology> found = methodologies
			.findAll(plans.stream().map(Plan::methodologyCode).filter(Objects::nonNull).toList());
		LocalDate today = evaluationTime.today();
		Map<Plan, List<TaskView>> result = new LinkedHashMap<>();
		for (Plan plan : plans) {
			Methodology methodology = found.get(plan.methodologyCode());
			CriterionTree tree = methodology == null ? null : CriterionTree.of(methodology);
			result.put(plan, plan.tasks().stream().map(task -> new TaskView(task, tree, task.overdueOn(today))).toList());
		}
		return result;
	}

	@BatchMapping(typeName = "PlanTask", field = "responsibleUnit")
	Map<TaskView, Unit> taskResponsibleUnit(List<TaskView> tasks) {
		return units.unitsNamedBy(tasks, task -> task.task().responsibleUnitCode());
	}

	@BatchMapping(typeName = "Target")
	Map<Target, Plan> plan(List<Target> list) {
		return BatchLookup.namedBy(list, Target::planCode, targets::findPlans);
	}

	/**
	 * A target's two units go through the request's one units-by-code loader rather than a batch each: a page asking
	 * for both reads the units once (they are mostly the same unit), in one query.
	 */
	@SchemaMapping(typeName = "Target")
	CompletableFuture<Unit> subjectUnit(Target target, DataLoader<String, Unit> unitByCode) {
		return unitNamed(target.subjectUnitCode(), unitByCode);
	}

	@SchemaMapping(typeName = "Target")
	CompletableFuture<Unit> responsibleUnit(Target target, DataLoader<String, Unit> unitByCode) {
		return unitNamed(target.responsibleUnitCode(), unitByCode);
	}

	private static CompletableFuture<Unit> unitNamed(String code, DataLoader<String, Unit> unitByCode) {
		return code == null ? CompletableFuture.completedFuture(null) : unitByCode.load(code);
	}

	@BatchMapping(typeName = "Target")
	Map<Target, Indicator> indicator(List<Target> list) {
		return BatchLookup.namedBy(list, Target::indicatorCode, indicators::findAll);
	}

	@BatchMapping(typeName = "Target")
	Map<Target, Methodology> methodology(List<Target> list) {
		return BatchLookup.namedBy(list, Target::methodologyCode, methodologies::findAll);
	}

	@BatchMapping(typeName = "Target")
	Map<Target, CriterionNodeView> node(List<Target> list) {
		Map<Target, Methodology> found = methodology(list);
		Map<Target, CriterionNodeView> result = new LinkedHashMap<>();
		found.forEach((target, methodology) -> {
			CriterionTree tree = CriterionTree.of(methodology);
			tree.node(target.nodeCode()).ifPresent(node -> result.put(target, new CriterionNodeView(tree, node)));
		});
		return result;
	}

	record UpsertTargetsInput(List<TargetInput> targets) {
	}

	/** GraphQL {@code PlanTask}: a task with its plan's tree (for its criteria) and whether it is overdue at the evaluation time. */
	record TaskView(PlanTask task, CriterionTree tree, boolean overdue) {

		public String code() {
			return task.code();
		}

		public String title() {
			return task.title();
		}

		public LocalDate deadline() {
			return task.deadline();
		}

		public TaskStatus status() {
			return task.status();
		}

		public List<CriterionNodeView> criteria() {
			if (tree == null) {
				return List.of();
			}
			return task.criterionCodes().stream()
				.map(code -> tree.node(code).map(node -> new CriterionNodeView(tree, node)).orElse(null))
				.filter(Objects::nonNull)
				.toList();
		}

	}

}
