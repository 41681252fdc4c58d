package vn.parmonitor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import vn.parmonitor.assessment.AssessmentService;
import vn.parmonitor.assessment.AssessmentWorkflow;
import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.assessment.ScoreInput;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.WorkflowStep;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input against every mutation: each scalar of each mutation's input (present in a valid example or
 * not) is replaced, one at a time, by values out of range, huge or malformed for its type. None may answer a 5xx or
 * an INTERNAL_ERROR, none may cost the server more than a second of CPU, and none may store anything. Each valid
 * example is then sent and must be accepted: the refusals were the bad values' doing. Last come odd values that may
 * be valid (empty, quotes, injection-like text, the edges of the ranges): they must not break anything either.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Duration CPU_BUDGET = Duration.ofSeconds(1);

	/** Values no field of the type accepts. */
	static final Map<String, List<Object>> REFUSED = Map.of(
			"Decimal", List.of("1e99999999", "1e9999", "-1e9999", "9".repeat(400),
					"1.234567890123456789012345678901234567890", "1e16", "not a number", 1e308, -1.7976931348623157e308,
					"NaN", "Infinity", true),
			"Int", List.of(2_147_483_648L, -2_147_483_649L, "12", 1.5, 1e20, false),
			"Date", List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2200-01-01",
					"2023-02-30", "31/12/2023", 20231231),
			"DateTime", List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
					"2023-06-30T17:00:00", "tomorrow", 1700000000),
			"String", List.of("x".repeat(100_000), 42, List.of("a", "b")),
			"Boolean", List.of("true", 1),
			"ENUM", List.of("NOT_A_VALUE", 7));

	/** Mutations that change no data of anyone's: the evaluation computes statuses and alerts from the data. */
	static final Set<String> UNAUDITED = Set.of("evaluateTargets");

	/** Values that are odd but may be valid somewhere: they must not break anything, and may be stored. */
	static final Map<String, List<Object>> ODD = Map.of(
			"String", List.of("", " ", "\u0000\uFFFF", "' OR 1=1 --", "{\"$gt\": \"\"}", "$where", "ký tự đặc biệt ✓",
					"x".repeat(9_999)),
			"Decimal", List.of("-0", "0.0000000001", "999999999999999", "-999999999999999"),
			"Int", List.of(-1, 0, 2_147_483_647, -2_147_483_648),
			"Date", List.of("1900-01-01", "2199-12-31"),
			"DateTime", List.of("1900-01-01T00:00:00Z", "2199-12-31T23:59:59+07:00"));

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RequestCpuTimes cpu;

	@Autowired
	UnitService units;

	@Autowired
	MethodologyService methodologies;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TargetService targets;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentWorkflow workflow;

	RawHttp http;

	String alertKey;

	String evidenceId;

	@BeforeAll
	void fixtures() {
		http = new RawHttp(port);
		// The fixtures: T-BAD-PROV, its department T-BAD-SO and plan T-BAD-PLAN, an open alert of its own for
		// acknowledgeAlert (the demo's alerts are left alone), a second province and a small methodology.
		LaggingTarget.create("T-BAD", units, targets, indicators);
		assertThat(units.upsert(List.of(new UnitInput("T-BAD2-PROV", "Tỉnh Nhập Sai Hai", null, null, UnitKind.PROVINCE,
				null, null, null, null, null, null, null, null))).userErrors()).isEmpty();
		MethodologyInput methodology = JSON.convertValue(methodology("T-BAD-M"), MethodologyInput.class);
		assertThat(methodologies.importMethodology(methodology).userErrors()).isEmpty();
		assessmentsAtEveryStep();
		evidenceId = uploadEvidence();
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		alertKey = http.graphQl("{ alerts(filter: { targetCode: \"T-BAD-TARGET\" }) { edges { node { key } } } }")
			.json()
			.at("/data/alerts/edges/0/node/key")
			.asString();
		assertThat(alertKey).isNotBlank();
	}

	/**
	 * One assessment of T-BAD-M in the state each workflow mutation starts from: T-BAD3 open with its self-assessment
	 * (to submit), T-BAD4 submitted (to return), T-BAD5 submitted and appraised score by score (to appraise), T-BAD6
	 * appraised (to publish), T-BAD7 published (to reopen).
	 */
	private void assessmentsAtEveryStep() {
		for (int i = 3; i <= 7; i++) {
			String unit = "T-BAD" + i + "-PROV";
			assertThat(units.upsert(List.of(new UnitInput(unit, "Tỉnh Nhập Sai " + i, null, null, UnitKind.PROVINCE,
					null, null, null, null, null, null, null, null))).userErrors()).isEmpty();
			assertThat(assessments.record(ScoreBatch.of(unit, "T-BAD-M", 2023, List.of(
					new ScoreInput("1.1.1", ScoreStage.SELF,
							new BigDecimal("8"), "Báo cáo")), "test")).userErrors()).isEmpty();
			WorkflowStep step = new WorkflowStep(unit, "T-BAD-M", 2023,
					null, List.of(), null);
			if (i >= 4) {
				assertThat(workflow.submit(step).userErrors()).isEmpty();
			}
			if (i >= 5) {
				assertThat(assessments.record(ScoreBatch.of(unit, "T-BAD-M", 2023, List.of(
						new ScoreInput("1.1.1", ScoreStage.APPRAISED,
								new BigDecimal("7"), null)), "test")).userErrors()).isEmpty();
			}
			if (i >= 6) {
				assertThat(workflow.appraise(step).userErrors()).isEmpty();
			}
			if (i >= 7) {
				assertThat(workflow.publish(step).userErrors()).isEmpty();
			}
		}
	}

	/** An evidence file of T-BAD-PROV's open self-assessment, for removeEvidence (uploaded over real HTTP). */
	private String uploadEvidence() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("unitCode", "T-BAD-PROV");
		form.add("methodologyCode", "T-BAD-M");
		form.add("year", "2023");
		form.add("componentCode", "1.1.1");
		form.add("file", new ByteArrayResource(
				"%PDF-1.4\n% minh chứng\n%%EOF\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "minh-chung.pdf";
			}
		});
		String body = RestClient.create("http://127.0.0.1:" + port).post()
			.uri("/evidence")
			.header("Authorization", "Bearer " + ParMonitorIntegrationTest.ADMIN_TOKEN)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.body(String.class);
		return JSON.readTree(body).get("id").asString();
	}

	private static Map<String, Object> step(int unit, Object... more) {
		Map<String, Object> step = map("unitCode", "T-BAD" + unit + "-PROV", "methodologyCode", "T-BAD-M", "year", 2023);
		step.putAll(map(more));
		return step;
	}

	/** A valid input of every mutation, naming only the fixtures and codes nobody else uses. */
	Map<String, Map<String, Object>> examples() {
		Map<String, Map<String, Object>> examples = new TreeMap<>();
		examples.put("upsertUnits", Map.of("units", List.of(map("code", "T-BAD-NEW-UNIT", "key", "T-BAD-NEW-UNIT",
				"name", "Tỉnh Mới", "shortName", "Mới", "nameEn", "New", "kind", "PROVINCE", "validFrom", "2020-01-01",
				"validTo", "2030-12-31", "source", "test"),
				map("code", "T-BAD-NEW-UNIT2", "name", "Tỉnh Mới Hai", "kind", "PROVINCE", "validFrom", "2020-01-01"),
				map("code", "T-BAD-OLD-UNIT", "name", "Tỉnh Tách", "kind", "PROVINCE", "validTo", "2019-12-31",
						"successorCodes", List.of("T-BAD-NEW-UNIT", "T-BAD-NEW-UNIT2"), "successionKind", "SPLIT_INTO"))));
		examples.put("importMethodology", methodology("T-BAD-NEW-M"));
		examples.put("recordComponentScore", map("unitCode", "T-BAD-PROV", "methodologyCode", "T-BAD-M", "year", 2023,
				"componentCode", "1.1.1", "stage", "SELF", "points", "7.5", "note", "Báo cáo số 1", "sourceNote", "test"));
		examples.put("recordComponentScores", map("unitCode", "T-BAD2-PROV", "methodologyCode", "T-BAD-M", "year", 2023,
				"scores", List.of(map("componentCode", "1.1.1", "stage", "SELF", "points", "7.5", "note", "Báo cáo")),
				"sourceNote", "test"));
		examples.put("submitAssessment", step(3, "note", "Nộp báo cáo tự đánh giá"));
		examples.put("returnAssessment", step(4, "reason", "Thiếu minh chứng", "comments",
				List.of(map("componentCode", "1.1.1", "comment", "Bổ sung báo cáo"))));
		examples.put("appraiseAssessment", step(5, "note", "Hội đồng thẩm định"));
		examples.put("publishAssessment", step(6, "note", "Công bố"));
		examples.put("reopenAssessment", step(7, "reason", "Khiếu nại được chấp nhận", "toState", "APPRAISED"));
		examples.put("setAssessmentCalendar", map("methodologyCode", "T-BAD-M", "year", 2023, "selfAssessmentDue",
				"2023-12-01", "appraisalDue", "2023-12-20", "publicationDue", "2024-03-01", "reminderLeadDays", 14));
		examples.put("removeEvidence", map("id", evidenceId, "reason", "tải nhầm tệp"));
		examples.put("upsertIndicator", map("code", "T_BAD_INDICATOR", "name", "Chỉ số thử", "nameEn", "Test",
				"description", "d", "measure", "PERCENT", "direction", "HIGHER_IS_BETTER", "period", "MONTHLY", "ratio", true,
				"cumulative", false, "upperBound", "100", "numeratorLabel", "a", "denominatorLabel", "b"));
		examples.put("recordObservation", map("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "T-BAD2-PROV",
				"period", "2023-04", "numerator", "90", "denominator", "100", "source", "test", "observedAt",
				"2023-05-01T00:00:00Z"));
		examples.put("recordObservations", Map.of("observations", List.of(map("indicatorCode", "ONLINE_DOSSIER_RATE",
				"unitCode", "T-BAD2-PROV", "period", "2023-03", "numerator", "80", "denominator", "100", "source", "test",
				"observedAt",
				"2023-04-01T00:00:00Z"))));
		examples.put("upsertPlan", map("code", "T-BAD-NEW-PLAN", "name", "Kế hoạch mới", "ownerUnitCode", "T-BAD2-PROV",
				"year", 2023, "decision", "01/KH", "issuedOn", "2023-01-01", "status", "CLOSED", "description", "d",
				"tasks", List.of(map("code", "T1", "title", "Việc", "responsibleUnitCode", "T-BAD-SO", "deadline",
						"2023-12-31", "status", "NOT_STARTED"))));
		examples.put("upsertTargets", Map.of("targets", List.of(map("code", "T-BAD-NEW-TARGET", "planCode", "T-BAD-PLAN",
				"name", "Mục tiêu", "kind", "INDICATOR", "subjectUnitCode", "T-BAD-PROV", "responsibleUnitCode", "T-BAD-SO",
				"importance", "NORMAL", "indicatorCode", "ONLINE_DOSSIER_RATE", "targetValue", "100",
				"baseline", map("value", "60", "date", "2022-12-31"), "deadline", "2023-12-31",
				"milestones", List.of(map("date", "2023-06-30", "value", "80")), "active", false, "notes", "n"))));
		examples.put("evaluateTargets", map("asOf", "2023-11-10T02:00:00Z"));
		examples.put("acknowledgeAlert", map("alertKey", alertKey, "note", "Đã nhận"));
		examples.put("setUnitContacts", map("unitCode", "T-BAD-SO", "emails", List.of("so@langson.invalid"),
				"webhookUrl", "https://hooks.langson.invalid/par", "digest", false));
		return examples;
	}

	@Test
	void noBadInputBreaksTheServerCostsItASecondOrStoresAnything() {
		Map<String, Map<String, Object>> examples = examples();
		GraphQLObjectType mutation = graphQlSource.schema().getMutationType();
		assertThat(mutation.getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
			.as("every mutation has an example input here")
			.containsExactlyInAnyOrderElementsOf(examples.keySet());
		List<String> problems = new ArrayList<>();
		int sent = 0;
		for (GraphQLFieldDefinition field : mutation.getFieldDefinitions()) {
			long started = System.nanoTime();
			Map<String, Object> example = examples.get(field.getName());
			GraphQLInputObjectType inputType = (GraphQLInputObjectType) GraphQLTypeUtil
				.unwrapAll(field.getArgument("input").getType());
			Map<String, Long> before = documentCounts();
			List<Variant> variants = new ArrayList<>();
			variants.add(new Variant("input", "a string", true, "not an object"));
			variants.add(new Variant("input", "a list", true, List.of()));
			collect(inputType, example, List.of(), variants);
			for (Variant variant : variants) {
				Object input = variant.path().equals("input") ? variant.value() : with(example, variant);
				problems.addAll(send(field, input, variant));
				sent++;
			}
			Map<String, Long> after = documentCounts();
			if (!after.equals(before)) {
				problems.add(field.getName() + ": refused input changed the store: " + difference(before, after));
			}
			// The example itself is accepted: what was refused was the bad value.
			long entries = committedAuditEntries();
			var accepted = request(field, example, "example");
			assertThat(accepted.json().has("errors")).as("%s accepts its example: %s", field.getName(), accepted.body())
				.isFalse();
			assertThat(accepted.json().at("/data/" + field.getName() + "/userErrors").size())
				.as("%s accepts its example: %s", field.getName(), accepted.body())
				.isZero();
			if (!UNAUDITED.contains(field.getName())) {
				assertThat(committedAuditEntries()).as("%s leaves an audit entry", field.getName()).isGreaterThan(entries);
			}
			List<Variant> odd = odd(inputType, example);
			for (Variant variant : odd) {
				problems.addAll(send(field, with(example, variant), variant));
				sent++;
			}
			System.out.printf("%s: %d bad and %d odd inputs in %d ms%n", field.getName(), variants.size(), odd.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		assertThat(problems).as("problems among %d bad requests", sent).isEmpty();
		assertThat(sent).as("bad requests sent").isGreaterThan(1000);
	}

	/** Every scalar position of {@code type}, present in {@code example} or not, with the values it must refuse. */
	private void collect(GraphQLInputObjectType type, Map<String, Object> example, List<Object> path,
			List<Variant> variants) {
		for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
			List<Object> at = new ArrayList<>(path);
			at.add(field.getName());
			GraphQLInputType fieldType = field.getType();
			GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(fieldType);
			boolean list = GraphQLTypeUtil.unwrapNonNull(fieldType) instanceof GraphQLList;
			Object present = example == null ? null : example.get(field.getName());
			if (named instanceof GraphQLInputObjectType nested) {
				if (list && present instanceof List<?> items && !items.isEmpty()) {
					List<Object> first = new ArrayList<>(at);
					first.add(0);
					collect(nested, asMap(items.get(0)), first, variants);
				}
				else if (present instanceof Map<?, ?> object) {
					collect(nested, asMap(object), at, variants);
				}
				continue;
			}
			for (Object bad : REFUSED.get(kind(named))) {
				if (list && bad instanceof List) {
					continue; // a list of strings is what a list field takes
				}
				variants.add(new Variant(describe(at), kind(named), true, list ? List.of(bad) : bad, at));
			}
		}
	}

	private List<Variant> odd(GraphQLInputObjectType type, Map<String, Object> example) {
		List<Variant> odd = new ArrayList<>();
		collectOdd(type, example, List.of(), odd);
		return odd;
	}

	private void collectOdd(GraphQLInputObjectType type, Map<String, Object> example, List<Object> path,
			List<Variant> variants) {
		for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
			List<Object> at = new ArrayList<>(path);
			at.add(field.getName());
			GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
			boolean list = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
			Object present = example == null ? null : example.get(field.getName());
			if (named instanceof GraphQLInputObjectType nested) {
				if (present instanceof List<?> items && !items.isEmpty()) {
					List<Object> first = new ArrayList<>(at);
					first.add(0);
					collectOdd(nested, asMap(items.get(0)), first, variants);
				}
				else if (present instanceof Map<?, ?> object) {
					collectOdd(nested, asMap(object), at, variants);
				}
				continue;
			}
			for (Object value : ODD.getOrDefault(kind(named), List.of())) {
				variants.add(new Variant(describe(at), kind(named), false, list ? List.of(value) : value, at));
			}
		}
	}

	private List<String> send(GraphQLFieldDefinition field, Object input, Variant variant) {
		List<String> problems = new ArrayList<>();
		String id = UUID.randomUUID().toString();
		RawHttp.Response response = request(field, input, id);
		String what = field.getName() + " " + variant.path() + " = " + abbreviate(variant.value());
		if (response.status() >= 500) {
			problems.add(what + ": HTTP " + response.status());
		}
		if (response.body().contains("INTERNAL_ERROR")) {
			problems.add(what + ": INTERNAL_ERROR " + abbreviate(response.body()));
		}
		Duration spent = cpu.awaitCpuTime(id);
		if (spent.compareTo(CPU_BUDGET) > 0) {
			problems.add(what + ": " + spent.toMillis() + " ms of server CPU");
		}
		if (variant.mustRefuse() && response.status() < 500 && !refused(field, response)) {
			problems.add(what + ": accepted: " + abbreviate(response.body()));
		}
		return problems;
	}

	private RawHttp.Response request(GraphQLFieldDefinition field, Object input, String id) {
		GraphQLObjectType payload = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(field.getType());
		String selection = payload.getFieldDefinition("userErrors") != null ? "userErrors { field message code }"
				: "__typename";
		String inputType = GraphQLTypeUtil.simplePrint(field.getArgument("input").getType());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", "mutation($input: " + inputType + ") { " + field.getName() + "(input: $input) { " + selection
				+ " } }");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("input", input);
		body.put("variables", variables);
		return http.post("/graphql", "application/json", JSON.writeValueAsString(body), "Authorization",
				"Bearer " + ParMonitorIntegrationTest.ADMIN_TOKEN, RequestCpuTimes.HEADER, id);
	}

	/** Refused: a request error (no data), or user errors in the payload. */
	private static boolean refused(GraphQLFieldDefinition field, RawHttp.Response response) {
		JsonNode json = response.json();
		JsonNode data = json.get("data");
		if (data == null || data.isNull() || data.get(field.getName()) == null || data.get(field.getName()).isNull()) {
			return json.has("errors");
		}
		JsonNode userErrors = data.get(field.getName()).get("userErrors");
		return userErrors != null && !userErrors.isEmpty();
	}

	private long committedAuditEntries() {
		return mongo.count(Query.query(Criteria.where("state").is("COMMITTED")), "audit_log");
	}

	private Map<String, Long> documentCounts() {
		return StoreCounts.of(mongo);
	}

	private static String difference(Map<String, Long> before, Map<String, Long> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((collection, count) -> {
			if (!count.equals(before.getOrDefault(collection, 0L))) {
				changed.add(collection + " " + before.getOrDefault(collection, 0L) + " -> " + count);
			}
		});
		return String.join(", ", changed);
	}

	@SuppressWarnings("unchecked")
	private static Object with(Map<String, Object> example, Variant variant) {
		Object copy = JSON.convertValue(example, Object.class);
		Object node = copy;
		List<Object> path = variant.at();
		for (int i = 0; i < path.size() - 1; i++) {
			Object key = path.get(i);
			node = key instanceof Integer index ? ((List<Object>) node).get(index) : ((Map<String, Object>) node).get(key);
		}
		((Map<String, Object>) node).put((String) path.get(path.size() - 1), variant.value());
		return copy;
	}

	private static String kind(GraphQLNamedType type) {
		if (type instanceof GraphQLEnumType) {
			return "ENUM";
		}
		String name = ((GraphQLScalarType) type).getName();
		return name.equals("ID") ? "String" : name; // an ID is taken as a string
	}

	private static String describe(List<Object> path) {
		StringBuilder text = new StringBuilder("input");
		for (Object part : path) {
			text.append(part instanceof Integer ? "[" + part + "]" : "." + part);
		}
		return text.toString();
	}

	private static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return text.length() <= 120 ? text : text.substring(0, 100) + "…(" + text.length() + " characters)";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> methodology(String code) {
		return map("code", code, "name", "Bộ chỉ số thử", "nameEn", "Test index", "year", 2023, "lastYear", 2023,
				"unitKind", "PROVINCE", "totalMaximum", "10", "illustrative", true, "notes", "test", "sourceDecision", "x",
				"fields", List.of(map("code", "1", "name", "Lĩnh vực", "maxPoints", "10", "level", "FIELD",
						"children", List.of(map("code", "1.1", "name", "Tiêu chí", "maxPoints", "10",
								"children", List.of(map("code", "1.1.1", "name", "Thành phần", "maxPoints", "10",
										"method", "APPRAISED_SELF_ASSESSMENT", "rubric", map("indicatorCode",
												"ONLINE_DOSSIER_RATE", "kind", "BANDS", "bands", List.of(map("threshold",
														"90", "points", "10")), "otherwise", "0", "zeroAt", "50", "fullAt",
												"100", "target", "100", "illustrative", true))))))),
				"crosswalks", List.of(map("fromMethodologyCode", "PROVINCE-2022", "notes", "test", "mappings",
						List.of(map("from", List.of("1.1.1", "1.1.2"), "to", List.of("1.1.1"), "weights", List.of("1"))))));
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * One bad request: {@code value} in place of what {@code at} holds in the example.
	 *
	 * @param mustRefuse whether no field may accept it
	 */
	record Variant(String path, String type, boolean mustRefuse, Object value, List<Object> at) {

		Variant(String path, String type, boolean mustRefuse, Object value) {
			this(path, type, mustRefuse, value, List.of());
		}

	}

}
