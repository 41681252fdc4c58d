package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.AssessmentService;
import vn.parmonitor.assessment.RecordScoresResult;
import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.ImportMethodologyResult;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.unit.UpsertUnitsResult;

/**
 * Loads the demo data (see {@code demo/README.md}) through the same services as the API, so it passes the same
 * validation: on the first start of an empty store, or on every start with {@code par.demo-data.reload=true}.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final List<String> METHODOLOGIES = List.of("PROVINCE-2021", "PROVINCE-2022", "LS-DISTRICT-2022");

	private final DemoDataProperties properties;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final AssessmentService assessments;

	private final MongoTemplate mongo;

	private final JsonMapper json;

	DemoDataLoader(DemoDataProperties properties, UnitService units, MethodologyService methodologies,
			AssessmentService assessments, MongoTemplate mongo, JsonMapper json) {
		this.properties = properties;
		this.units = units;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.mongo = mongo;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.reload()) {
			log.warn("par.demo-data.reload=true: wiping units, methodologies and assessments");
			// Delete rather than drop: dropping is not what a shared production store should see, and the embedded
			// store logs an error for a missing collection.
			List.of(Assessment.class, Methodology.class, Unit.class).forEach(type -> mongo.remove(new Query(), type));
		}
		else if (!properties.enabled() || !units.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		loadUnits();
		List<Map<String, String>> subtotals = CsvRows.read("demo/results/subtotals.csv");
		int count = 0;
		for (String code : METHODOLOGIES) {
			Methodology methodology = loadMethodology(code);
			String results = methodology.unitKind() == UnitKind.PROVINCE ? "demo/results/provinces.csv"
					: "demo/results/lang-son-districts.csv";
			for (ScoreBatch batch : DemoAssessments.batches(CriterionTree.of(methodology), CsvRows.read(results),
					subtotals)) {
				RecordScoresResult result = assessments.record(batch);
				check(result.userErrors().isEmpty(), "scores of " + batch.unitCode() + " " + code, result.userErrors());
				count++;
			}
		}
		log.info("Demo data loaded: units, {} methodologies, {} assessments in {} ms", METHODOLOGIES.size(), count,
				(System.nanoTime() - started) / 1_000_000);
	}

	private void loadUnits() {
		UpsertUnitsResult result = units.upsert(DemoUnits.load(json));
		check(result.userErrors().isEmpty(), "units", result.userErrors());
	}

	private Methodology loadMethodology(String code) {
		MethodologyInput input;
		try (InputStream in = new ClassPathResource("demo/methodologies/" + code + ".json").getInputStream()) {
			input = json.readValue(in, MethodologyInput.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportMethodologyResult result = methodologies.importMethodology(input);
		check(result.userErrors().isEmpty(), "methodology " + code, result.userErrors());
		return result.methodology();
	}

	private static void check(boolean ok, String what, List<?> errors) {
		if (!ok) {
			throw new IllegalStateException("Demo data rejected (" + what + "): " + errors);
		}
	}

}
