package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import vn.parmonitor.indicator.IndicatorInput;
import vn.parmonitor.indicator.ObservationInput;
import vn.parmonitor.plan.PlanInput;
import vn.parmonitor.plan.TargetInput;

/**
 * Lạng Sơn's PAR plan 2023 as demo data: indicators, plans with tasks, targets and units' contacts in one JSON file
 * (each section in the shape of its GraphQL input), and the year's observations in a CSV file.
 */
record DemoPlan(List<IndicatorInput> indicators, List<PlanInput> plans, List<TargetInput> targets,
		List<Contacts> contacts) {

	static final String PLAN_FILE = "demo/plans/lang-son-par-plan-2023.json";

	static final String OBSERVATIONS_FILE = "demo/plans/lang-son-observations-2023.csv";

	static DemoPlan load(JsonMapper json) {
		try (InputStream in = new ClassPathResource(PLAN_FILE).getInputStream()) {
			return json.readerFor(DemoPlan.class)
				.without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo file " + PLAN_FILE, ex);
		}
	}

	static List<ObservationInput> observations() {
		return CsvRows.read(OBSERVATIONS_FILE).stream().map(DemoPlan::observation).toList();
	}

	private static ObservationInput observation(Map<String, String> row) {
		return new ObservationInput(row.get("indicatorCode"), row.get("unitCode"), row.get("period"),
				decimal(row.get("value")), decimal(row.get("numerator")), decimal(row.get("denominator")),
				row.get("source"), null);
	}

	private static BigDecimal decimal(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text);
	}

	/** A unit's contacts in the demo file. */
	record Contacts(String unitCode, List<String> emails, String webhookUrl, Boolean digest) {
	}

}
