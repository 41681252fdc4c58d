package vn.parmonitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
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
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation × every role × its own unit, another unit, no token: allowed or refused as README "People and
 * roles" says. The inputs are built from the schema so that no mutation is forgotten; their values pass the
 * authorization (real units: Văn Quan 184 is the UNIT token's own, Cao Lộc 181 another) and then fail validation
 * (codes that do not exist), so an allowed call answers user errors and nothing in the store changes. A case is
 * refused when the answer is an UNAUTHORIZED or FORBIDDEN error.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The callers: a role and, for a unit officer, whether it acts for its own unit. */
	enum Caller {
		ADMIN(ParMonitorIntegrationTest.ADMIN_TOKEN, "184"), APPRAISER(ParMonitorIntegrationTest.APPRAISER_TOKEN, "184"),
		VIEWER(ParMonitorIntegrationTest.VIEWER_TOKEN, "184"), UNIT_OWN(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, "184"),
		UNIT_OTHER(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, "181"), NO_TOKEN(null, "184");

		final String token;

		final String unit;

		Caller(String token, String unit) {
			this.token = token;
			this.unit = unit;
		}
	}

	static final Set<Caller> DEPARTMENT = Set.of(Caller.ADMIN);

	static final Set<Caller> UNIT_OR_DEPARTMENT = Set.of(Caller.ADMIN, Caller.UNIT_OWN);

	static final Set<Caller> COUNCIL_OR_DEPARTMENT = Set.of(Caller.ADMIN, Caller.APPRAISER);

	/** Who may call each mutation (recordComponentScore(s) by stage). */
	static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(Map.entry("upsertUnits", DEPARTMENT),
			Map.entry("importMethodology", DEPARTMENT), Map.entry("setAssessmentCalendar", DEPARTMENT),
			Map.entry("upsertIndicator", DEPARTMENT), Map.entry("upsertPlan", DEPARTMENT),
			Map.entry("upsertTargets", DEPARTMENT), Map.entry("evaluateTargets", DEPARTMENT),
			Map.entry("recordComponentScore/SELF", UNIT_OR_DEPARTMENT),
			Map.entry("recordComponentScore/APPRAISED", COUNCIL_OR_DEPARTMENT),
			Map.entry("recordComponentScore/FINAL", DEPARTMENT),
			Map.entry("recordComponentScores/SELF", UNIT_OR_DEPARTMENT),
			Map.entry("recordComponentScores/APPRAISED", COUNCIL_OR_DEPARTMENT),
			Map.entry("recordComponentScores/FINAL", DEPARTMENT), Map.entry("recordObservation", UNIT_OR_DEPARTMENT),
			Map.entry("recordObservations", UNIT_OR_DEPARTMENT), Map.entry("setUnitContacts", UNIT_OR_DEPARTMENT),
			Map.entry("acknowledgeAlert", UNIT_OR_DEPARTMENT), Map.entry("submitAssessment", UNIT_OR_DEPARTMENT),
			Map.entry("returnAssessment", COUNCIL_OR_DEPARTMENT), Map.entry("appraiseAssessment", COUNCIL_OR_DEPARTMENT),
			Map.entry("publishAssessment", DEPARTMENT), Map.entry("reopenAssessment", DEPARTMENT),
			Map.entry("removeEvidence", UNIT_OR_DEPARTMENT));

	/** Fields that name the unit a call acts for. */
	static final Set<String> UNIT_FIELDS = Set.of("unitCode", "subjectUnitCode", "responsibleUnitCode", "ownerUnitCode",
			"parentCode");

	/** Optional fields without which an input would be valid (contacts without e-mails): given a value refused. */
	static final Map<String, Object> INVALID_OPTIONAL = Map.of("emails", List.of("T-MATRIX NONE ✗"));

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EvaluationService evaluations;

	RawHttp http;

	/** Keys of records of another unit than the UNIT token's: an alert of Lạng Sơn's agencies, an evidence file of 181. */
	final Map<String, String> otherUnitRecords = new LinkedHashMap<>();

	@BeforeAll
	void recordsOfAnotherUnit() {
		http = new RawHttp(port);
		// The demo's evaluation opens its alerts (as other tests' evaluations do), among them Lạng Sơn's agencies'.
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		JsonNode alerts = http.graphQl("{ alerts(filter: { unitCode: \"20-SNV\" }) { edges { node { key } } } }").json();
		otherUnitRecords.put("alertKey", alerts.at("/data/alerts/edges/0/node/key").asString());
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("unitCode", "181");
		form.add("methodologyCode", "LS-DISTRICT-2023");
		form.add("year", "2023");
		form.add("componentCode", "1.1.1");
		form.add("file", new ByteArrayResource("%PDF-1.4\n% Cao Lộc\n%%EOF\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "cao-loc.pdf";
			}
		});
		String file = RestClient.create("http://127.0.0.1:" + port).post().uri("/evidence")
			.header("Authorization", "Bearer " + ParMonitorIntegrationTest.ADMIN_TOKEN)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().body(String.class);
		otherUnitRecords.put("id", JSON.readTree(file).get("id").asString());
		assertThat(otherUnitRecords.values()).doesNotContainNull().allMatch(value -> !value.isBlank());
	}

	@Test
	void everyMutationIsAllowedToItsRolesOnlyAndAUnitOfficerOnlyForItsOwnUnits() {
		GraphQLObjectType mutation = graphQlSource.schema().getMutationType();
		List<String> names = mutation.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();
		assertThat(ALLOWED.keySet().stream().map(key -> key.split("/")[0]).distinct().sorted().toList())
			.as("every mutation is in the matrix").isEqualTo(names.stream().sorted().toList());
		Map<String, Long> before = documentCounts();
		List<String> wrong = new ArrayList<>();
		int cases = 0;
		for (Map.Entry<String, Set<Caller>> row : new TreeMap<>(ALLOWED).entrySet()) {
			String[] key = row.getKey().split("/");
			GraphQLFieldDefinition field = mutation.getFieldDefinition(key[0]);
			for (Caller caller : Caller.values()) {
				Map<String, Object> input = input(field, caller, key.length > 1 ? key[1] : null);
				String verdict = send(field, input, caller);
				boolean allowed = row.getValue().contains(caller);
				boolean refused = verdict.startsWith("UNAUTHORIZED") || verdict.startsWith("FORBIDDEN");
				if (caller == Caller.NO_TOKEN && !verdict.startsWith("UNAUTHORIZED")) {
					wrong.add(row.getKey() + " without a token: expected UNAUTHORIZED, got " + verdict);
				}
				else if (allowed == refused) {
					wrong.add(row.getKey() + " as " + caller + ": expected " + (allowed ? "allowed" : "refused")
							+ ", got " + verdict);
				}
				cases++;
			}
		}
		assertThat(wrong).as("wrong verdicts among %d cases", cases).isEmpty();
		Map<String, Long> after = documentCounts();
		// The Department's evaluateTargets is allowed, and evaluates (a run and its evaluations).
		List.of("evaluation_runs", "target_evaluations", "leases").forEach(collection -> {
			before.remove(collection);
			after.remove(collection);
		});
		// Every change leaves an audit entry: the audit log's count says that nothing was replaced either.
		assertThat(after).as("no call of the matrix changed the store").isEqualTo(before);
	}

	/** An input for the mutation that names the caller's unit and otherwise only codes that do not exist. */
	private Map<String, Object> input(GraphQLFieldDefinition field, Caller caller, String stage) {
		GraphQLInputObjectType type = (GraphQLInputObjectType) GraphQLTypeUtil
			.unwrapAll(field.getArgument("input").getType());
		Map<String, Object> input = object(type, caller, stage);
		if (caller == Caller.UNIT_OTHER) {
			otherUnitRecords.forEach((name, value) -> {
				if (input.containsKey(name)) {
					input.put(name, value);
				}
			});
		}
		return input;
	}

	private Map<String, Object> object(GraphQLInputObjectType type, Caller caller, String stage) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
			if (!(field.getType() instanceof GraphQLNonNull) && !UNIT_FIELDS.contains(field.getName())
					&& !INVALID_OPTIONAL.containsKey(field.getName())) {
				continue;
			}
			if (INVALID_OPTIONAL.containsKey(field.getName())) {
				object.put(field.getName(), INVALID_OPTIONAL.get(field.getName()));
				continue;
			}
			object.put(field.getName(), value(field.getName(), field.getType(), caller, stage));
		}
		return object;
	}

	private Object value(String name, GraphQLInputType type, Caller caller, String stage) {
		GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
		if (bare instanceof GraphQLList list) {
			return List.of(value(name, (GraphQLInputType) list.getWrappedType(), caller, stage));
		}
		GraphQLNamedType named = (GraphQLNamedType) bare;
		if (named instanceof GraphQLInputObjectType nested) {
			return object(nested, caller, stage);
		}
		if (named instanceof GraphQLEnumType enumType) {
			return name.equals("stage") && stage != null ? stage : enumType.getValues().get(0).getName();
		}
		if (UNIT_FIELDS.contains(name)) {
			return caller.unit;
		}
		return switch (((GraphQLScalarType) named).getName()) {
			case "Int" -> 2023;
			case "Decimal" -> "1";
			case "Boolean" -> false;
			case "Date" -> "2023-12-31";
			case "DateTime" -> "2023-11-10T02:00:00Z";
			default -> "T-MATRIX NONE ✗"; // no code has a space or a ✗: names nothing that exists, and is no valid code
		};
	}

	private String send(GraphQLFieldDefinition field, Map<String, Object> input, Caller caller) {
		GraphQLInputType argument = field.getArgument("input").getType();
		String document = "mutation($input: " + GraphQLTypeUtil.simplePrint(argument) + ") { " + field.getName()
				+ "(input: $input) { __typename } }";
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", Map.of("input", input)));
		RawHttp.Response response = caller.token == null ? http.post("/graphql", "application/json", body)
				: http.post("/graphql", "application/json", body, "Authorization", "Bearer " + caller.token);
		JsonNode errors = response.json().path("errors");
		if (errors.isEmpty()) {
			return "allowed";
		}
		String classification = errors.get(0).path("extensions").path("classification").asString("");
		return classification + ": " + errors.get(0).path("message").asString("");
	}

	private Map<String, Long> documentCounts() {
		return StoreCounts.of(mongo);
	}

}
