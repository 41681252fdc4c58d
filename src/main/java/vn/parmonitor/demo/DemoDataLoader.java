package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import vn.parmonitor.alerting.ContactService;
import vn.parmonitor.assessment.AssessmentCalendars;
import vn.parmonitor.assessment.AssessmentService;
import vn.parmonitor.assessment.CalendarInput;
import vn.parmonitor.assessment.RecordScoresResult;
import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.indicator.IndicatorInput;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.ImportMethodologyResult;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.plan.PlanInput;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.startup.StartupTasks;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

/**
 * Loads the demo data (see {@code demo/README.md}) through the same services as the API, so it passes the same
 * validation: on the first start of an empty store, or on every start with {@code par.demo-data.reload=true}.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** Every methodology of the demo, in the order they are imported. */
	static final List<String> METHODOLOGIES = List.of("PROVINCE-2018", "PROVINCE-2019", "PROVINCE-2020",
			"PROVINCE-2021", "PROVINCE-2022", "PROVINCE-2023", "PROVINCE-2024", "LS-DISTRICT-2022", "LS-DISTRICT-2023");

	/** Published and synthetic results, all stages, each recorded on its stage date (results/stage-dates.csv). */
	static final List<String> SCORED = List.of("PROVINCE-2018", "PROVINCE-2019", "PROVINCE-2020", "PROVINCE-2021",
			"PROVINCE-2022", "PROVINCE-2023", "PROVINCE-2024", "LS-DISTRICT-2022");

	/**
	 * Self-assessments as they stood in November 2023, the demo's evaluation time: Lạng Sơn's (its SELF scores replace
	 * those derived from its synthetic 2023 result) and its districts'.
	 */
	static final List<String> SELF_ASSESSED = List.of("PROVINCE-2023", "LS-DISTRICT-2023");

	/** Every collection the demo fills; a reload empties them (deleting, not dropping: see below). */
	static final List<String> COLLECTIONS = List.of("notifications", "alerts", "unit_contacts", "target_evaluations",
			"evaluation_runs", "leases", "targets", "plans", "observations", "indicators", "assessments", "methodologies",
			"units", "audit_log", "assessment_calendars", "rankings", "collection_versions");

	/** Who the audit log names for the demo's data. */
	private static final Actor DEMO = Actor.system("demo data");

	private final DemoDataProperties properties;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final AssessmentService assessments;

	private final AssessmentCalendars calendars;

	private final IndicatorService indicators;

	private final TargetService targets;

	private final ContactService contacts;

	private final MongoTemplate mongo;

	private final JsonMapper json;

	/** Requests wait (503) until the demo data is in: a half-loaded ranking would be wrong, not just incomplete. */
	private final StartupTasks.Task loading;

	DemoDataLoader(DemoDataProperties properties, UnitService units, MethodologyService methodologies,
			AssessmentService assessments, AssessmentCalendars calendars,
			IndicatorService indicators, TargetService targets, ContactService contacts, MongoTemplate mongo,
			JsonMapper json, StartupTasks startup) {
		this.calendars = calendars;
		this.properties = properties;
		this.units = units;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.indicators = indicators;
		this.targets = targets;
		this.contacts = contacts;
		this.mongo = mongo;
		this.json = json;
		this.loading = properties.enabled() || properties.reload() ? startup.register("demo data", true) : null;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			load();
		}
		finally {
			if (loading != null) {
				loading.end();
			}
		}
	}

	private void load() {
		if (properties.reload()) {
			log.warn("par.demo-data.reload=true: wiping {}", COLLECTIONS);
			// Delete rather than drop: a shared production store should never see drops, and the embedded store logs
			// an error for every missing collection it is asked to drop.
			COLLECTIONS.forEach(collection -> mongo.remove(new Query(), collection));
		}
		else if (!properties.enabled() || !units.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		check(units.upsert(DemoUnits.load(json)).userErrors(), "units");
		DemoPlan plan = DemoPlan.load(json);
		// Indicators before methodologies: the trees' scoring rubrics name them.
		for (IndicatorInput indicator : plan.indicators()) {
			check(indicators.upsert(indicator).userErrors(), "indicator " + indicator.code());
		}
		Map<String, Methodology> loaded = new LinkedHashMap<>();
		METHODOLOGIES.forEach(code -> loaded.put(code, loadMethodology(code)));
		List<Map<String, String>> subtotals = CsvRows.read("demo/results/subtotals.csv");
		List<Map<String, String>> stageDates = CsvRows.read("demo/results/stage-dates.csv");
		int batches = 0;
		List<ScoreBatch> published = new ArrayList<>();
		for (String code : SCORED) {
			Methodology methodology = loaded.get(code);
			String results = methodology.unitKind() == UnitKind.PROVINCE ? "demo/results/provinces.csv"
					: "demo/results/lang-son-districts.csv";
			published.addAll(DemoAssessments.batches(CriterionTree.of(methodology), CsvRows.read(results), subtotals,
					stageDates));
		}
		for (ScoreBatch batch : published) {
			// The published years are published as they are loaded; the self-assessments of years without results
			// (below) stay OPEN.
			check(assessments.loadPublished(batch, DEMO).userErrors(), "scores of " + batch.unitCode() + " under "
					+ batch.methodologyCode());
		}
		batches += published.size();
		List<Map<String, String>> selfRows = CsvRows.read("demo/results/self-assessments-2023.csv");
		for (String code : SELF_ASSESSED) {
			batches += record(DemoAssessments.selfAssessments(CriterionTree.of(loaded.get(code)), selfRows, subtotals));
		}
		loadPlan(plan);
		// Lạng Sơn's districts were to hand in their 2023 self-assessments by 6 November: as of the demo's 10 November
		// they are overdue (reminded, ParSelfAssessmentOverdue), so the walk of the README starts late, as years do.
		check(calendars.set(new CalendarInput("LS-DISTRICT-2023", 2023, LocalDate.of(2023, 11, 6),
				LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 31), 10)).userErrors(), "calendar of LS-DISTRICT-2023");
		log.info("Demo data loaded: {} methodologies, {} score batches, Lạng Sơn's PAR plan 2023 in {} ms",
				METHODOLOGIES.size(), batches, (System.nanoTime() - started) / 1_000_000);
	}

	private int record(List<ScoreBatch> batches) {
		for (ScoreBatch batch : batches) {
			RecordScoresResult result = assessments.load(batch, DEMO);
			check(result.userErrors(), "scores of " + batch.unitCode() + " under " + batch.methodologyCode());
		}
		return batches.size();
	}

	private void loadPlan(DemoPlan plan) {
		check(indicators.record(DemoPlan.observations(), false).userErrors(), "observations");
		for (PlanInput input : plan.plans()) {
			check(targets.upsertPlan(input).userErrors(), "plan " + input.code());
		}
		check(targets.upsertTargets(plan.targets()).userErrors(), "targets");
		for (DemoPlan.Contacts contact : plan.contacts()) {
			check(contacts.set(contact.unitCode(), contact.emails(), contact.webhookUrl(), contact.digest()).userErrors(),
					"contacts of " + contact.unitCode());
		}
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
		check(result.userErrors(), "methodology " + code);
		return result.methodology();
	}

	private static void check(List<?> errors, String what) {
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Demo data rejected (" + what + "): " + errors);
		}
	}

}
