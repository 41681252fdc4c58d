package vn.parmonitor.spreadsheet;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.parmonitor.plan.Importance;
import vn.parmonitor.plan.Plan;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.SuccessionKind;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

/**
 * The Department's templates: a unit and every unit below it (the units of a province, at any time), and the targets
 * of a plan; each prefilled with what is stored, so that a template sent back unchanged changes nothing, with lists
 * for the enumerations. References to other units are their keys, which the imports read as the mutations do.
 */
@Component
class StructureTemplates {

	private final UnitService units;

	private final TargetService targets;

	StructureTemplates(UnitService units, TargetService targets) {
		this.units = units;
		this.targets = targets;
	}

	byte[] units(Unit top) {
		List<Unit> below = units.findAll(units.selfAndDescendantCodes(top.key())).values().stream()
			.sorted(Comparator.comparing((Unit unit) -> unit.ancestorCodes().size()).thenComparing(Unit::officialCode)
				.thenComparing(Unit::key))
			.toList();
		TemplateWorkbook book = new TemplateWorkbook("units", UnitImport.COLUMNS);
		for (Unit unit : below) {
			book.row(unit.officialCode(), unit.name(), unit.shortName(), unit.nameEn(), unit.kind().name(),
					unit.parentCode(), unit.validFrom() == null ? null : unit.validFrom().toString(),
					unit.validTo() == null ? null : unit.validTo().toString(),
					unit.successorCodes().isEmpty() ? null : String.join("; ", unit.successorCodes()),
					unit.successionKind() == null ? null : unit.successionKind().name(), unit.source(),
					unit.key().equals(unit.officialCode()) ? null : unit.key());
		}
		book.oneOf("kind", "kind", names(UnitKind.values()), "Loại đơn vị", "the kind of unit");
		book.oneOf("successionKind", "successionKind", names(SuccessionKind.values()), "Hình thức kế thừa",
				"the kind of succession");
		return book.write("Biểu mẫu đơn vị / Units template: " + top.name() + " (" + top.officialCode() + ") và các đơn vị "
				+ "trực thuộc / and the units below it: " + below.size(), List.of(
						"Sửa hoặc thêm dòng rồi gửi lại: POST /imports/units (tối đa 1.000 dòng).",
						"Change or add rows, then send the file back: POST /imports/units (at most 1,000 rows)."));
	}

	byte[] targets(Plan plan) {
		List<Target> ofPlan = targets.targetsOfPlans(List.of(plan.code())).getOrDefault(plan.code(), List.of());
		TemplateWorkbook book = new TemplateWorkbook("targets", TargetImport.COLUMNS);
		for (Target target : ofPlan) {
			book.row(target.code(), target.planCode(), target.name(), target.kind().name(), target.subjectUnitCode(),
					target.responsibleUnitCode(), target.importance() == null ? null : target.importance().name(),
					target.year(), target.methodologyCode(), target.nodeCode(),
					target.rankScope() == null ? null : target.rankScope().name(), target.indicatorCode(),
					target.comparator() == null ? null : target.comparator().name(), target.targetValue(),
					target.baseline() == null ? null : target.baseline().value(),
					target.baseline() == null || target.baseline().date() == null ? null : target.baseline().date().toString(),
					target.deadline() == null ? null : target.deadline().toString(),
					target.milestones().isEmpty() ? null : target.milestones().stream()
						.map(milestone -> milestone.date() + "=" + milestone.value().stripTrailingZeros().toPlainString())
						.collect(Collectors.joining("; ")),
					target.active() ? "TRUE" : "FALSE", target.notes());
		}
		book.oneOf("kind", "kind", names(TargetKind.values()), "Loại mục tiêu", "the kind of target");
		book.oneOf("importance", "importance", names(Importance.values()), "Mức độ quan trọng", "the importance");
		book.oneOf("comparator", "comparator", names(TargetComparator.values()), "So sánh", "the comparison");
		book.decimalBetween("targetValue", "0", null, "Chỉ tiêu không âm", "a target value, 0 or more");
		return book.write("Biểu mẫu mục tiêu / Targets template: " + plan.code() + " (" + plan.name() + "), " + plan.year()
				+ ": " + ofPlan.size() + " targets", List.of(
						"Sửa hoặc thêm dòng rồi gửi lại: POST /imports/targets (tối đa 500 dòng).",
						"Change or add rows, then send the file back: POST /imports/targets (at most 500 rows)."));
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

}
