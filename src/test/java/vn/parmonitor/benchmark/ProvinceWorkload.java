package vn.parmonitor.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;

/**
 * A province's monitoring year at full breadth: every department, district and commune of the province gets a
 * target on each of the four monthly dossier indicators of the demo plan, with ten months of year-to-date
 * observations (January to October). The numbers are synthetic but shaped like the real reports: cumulative
 * numerators and denominators, a rate that drifts month by month, volumes by level of government. A fixed seed
 * makes every run load the same data.
 */
final class ProvinceWorkload {

	static final String PLAN_CODE = "BM-2023";

	static final int MONTHS = 10;

	/** Indicator code and the 2023 target value the province set for every unit. */
	static final Map<String, String> INDICATOR_TARGETS = Map.of("ONLINE_DOSSIER_RATE", "100", "ONLINE_PAYMENT_RATE",
			"100", "ON_TIME_SETTLEMENT_RATE", "99.8", "DIGITISED_DOSSIER_RATE", "75");

	private final List<Unit> units;

	ProvinceWorkload(List<Unit> units) {
		this.units = units.stream().filter(unit -> unit.kind() != UnitKind.PROVINCE).toList();
	}

	List<Unit> units() {
		return units;
	}

	long communes() {
		return units.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).count();
	}

	Map<String, Object> plan(String provinceCode) {
		return Map.of("code", PLAN_CODE, "name", "Benchmark: every unit's dossier indicators 2023", "ownerUnitCode",
				provinceCode, "year", 2023, "status", "ACTIVE");
	}

	List<Map<String, Object>> targets() {
		List<Map<String, Object>> targets = new ArrayList<>();
		Random random = new Random(2023);
		for (Unit unit : units) {
			for (String indicator : INDICATOR_TARGETS.keySet().stream().sorted().toList()) {
				Map<String, Object> target = new LinkedHashMap<>();
				target.put("code", "BM-" + indicator.replace("_RATE", "") + "-" + unit.key());
				target.put("planCode", PLAN_CODE);
				target.put("name", indicator + " of " + unit.key());
				target.put("kind", "INDICATOR");
				target.put("subjectUnitCode", unit.key());
				target.put("responsibleUnitCode", unit.key());
				target.put("importance", "NORMAL");
				target.put("indicatorCode", indicator);
				target.put("targetValue", INDICATOR_TARGETS.get(indicator));
				target.put("baseline", Map.of("value", percent(40 + random.nextInt(50), 1), "date", "2022-12-31"));
				target.put("deadline", "2023-12-31");
				targets.add(target);
			}
		}
		return targets;
	}

	List<Map<String, Object>> observations() {
		List<Map<String, Object>> observations = new ArrayList<>();
		Random random = new Random(2024);
		for (Unit unit : units) {
			for (String indicator : INDICATOR_TARGETS.keySet().stream().sorted().toList()) {
				double rate = 0.55 + random.nextDouble() * 0.4;
				double drift = -0.005 + random.nextDouble() * 0.035;
				long numerator = 0;
				long denominator = 0;
				for (int month = 1; month <= MONTHS; month++) {
					long received = monthlyVolume(unit.kind(), random);
					denominator += received;
					numerator += Math.round(Math.min(1.0, rate) * received);
					rate += drift;
					observations.add(Map.of("indicatorCode", indicator, "unitCode", unit.key(), "period",
							"2023-%02d".formatted(month), "numerator", numerator, "denominator", denominator, "source",
							"benchmark"));
				}
			}
		}
		return observations;
	}

	private static long monthlyVolume(UnitKind kind, Random random) {
		return switch (kind) {
			case COMMUNE -> 20 + random.nextInt(180);
			case DISTRICT -> 300 + random.nextInt(2700);
			default -> 100 + random.nextInt(1900);
		};
	}

	private static String percent(int whole, int decimals) {
		return new BigDecimal(whole).setScale(decimals).toPlainString();
	}

}
