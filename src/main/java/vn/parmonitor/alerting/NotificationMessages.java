package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.parmonitor.plan.Target;
import vn.parmonitor.unit.Unit;

/** Writes the e-mail text and the webhook JSON of alert events and digests, in Vietnamese and English. */
@Component
class NotificationMessages {

	private final JsonMapper json;

	NotificationMessages(JsonMapper json) {
		this.json = json;
	}

	Message event(Alert alert, AlertEvent event, Target target, Unit unit, String notificationId) {
		String verb = switch (event.type()) {
			case OPENED -> "lagging / chậm tiến độ";
			case ESCALATED -> "escalated to " + event.severity() + " / mức độ tăng";
			case RESOLVED -> "back on track / đã đạt tiến độ";
			default -> event.type().name().toLowerCase();
		};
		String subject = "[PAR Monitor] " + (event.type() == AlertEventType.RESOLVED ? "RESOLVED" : event.severity())
				+ " " + target.name() + " (" + unit.shortName() + "): " + verb;
		String body = String.join("\n",
				"Đơn vị / Unit: " + unit.name() + " (" + unit.officialCode() + ")",
				"Chỉ tiêu / Target: " + target.name() + " [" + target.code() + "], hạn / deadline " + target.deadline(),
				"Giá trị mục tiêu / Target value: " + plain(target.targetValue()),
				"Hiện tại / Actual: " + plain(event.actual()) + "   Kỳ vọng đến nay / Expected by now: "
						+ plain(event.expected()) + "   Dự báo đến hạn / Projected: " + plain(event.projected()),
				"Trạng thái / Status: " + event.status() + "   Mức độ / Severity: " + event.severity(),
				"", alert.summary(), "", "Alert " + alert.id() + ", event " + event.seq() + " " + event.type());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", notificationId);
		payload.put("type", "alert." + event.type().name().toLowerCase());
		payload.put("occurredAt", event.at().toString());
		payload.put("alert", Map.of("id", alert.id(), "severity", event.severity().name(), "state", alert.state().name(),
				"seq", event.seq(), "summary", alert.summary()));
		payload.put("unit", Map.of("code", unit.officialCode(), "key", unit.key(), "name", unit.name()));
		payload.put("target", targetJson(target));
		payload.put("evaluation", evaluationJson(event.status().name(), event.actual(), event.expected(),
				event.projected(), alert.gap(), alert.lastEvaluationId()));
		return new Message(subject, body, json.writeValueAsString(payload));
	}

	Message digest(String runId, Instant evaluatedAt, Unit unit, List<Alert> lagging, List<Alert> changed,
			Map<String, Target> targets, String notificationId) {
		String subject = "[PAR Monitor] " + unit.shortName() + ": " + lagging.size()
				+ " chỉ tiêu chậm tiến độ / lagging targets";
		List<String> lines = new ArrayList<>();
		lines.add("Đơn vị / Unit: " + unit.name() + " (" + unit.officialCode() + "), đánh giá / evaluated as of " + evaluatedAt);
		lines.add("");
		List<Map<String, Object>> items = new ArrayList<>();
		for (Alert alert : lagging) {
			Target target = targets.get(alert.targetCode());
			String name = target == null ? alert.targetCode() : target.name();
			String ofUnit = alert.unitCode().equals(unit.key()) ? "" : " [" + alert.unitCode() + "]";
			lines.add("- " + alert.severity() + ofUnit + " " + name + ": " + alert.summary());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("alertId", alert.id());
			item.put("unitCode", alert.unitCode());
			item.put("severity", alert.severity().name());
			item.put("target", target == null ? Map.of("code", alert.targetCode()) : targetJson(target));
			item.put("evaluation", evaluationJson(alert.lastStatus().name(), alert.actual(), alert.expected(),
					alert.projected(), alert.gap(), alert.lastEvaluationId()));
			items.add(item);
		}
		if (lagging.isEmpty()) {
			lines.add("Không còn chỉ tiêu chậm tiến độ / No target is lagging any more.");
		}
		List<Map<String, Object>> changes = changed.stream()
			.map(alert -> Map.<String, Object>of("alertId", alert.id(), "type", alert.lastEvent().type().name(),
					"targetCode", alert.targetCode()))
			.toList();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", notificationId);
		payload.put("type", "digest");
		payload.put("runId", runId);
		payload.put("evaluatedAt", evaluatedAt.toString());
		payload.put("unit", Map.of("code", unit.officialCode(), "key", unit.key(), "name", unit.name()));
		payload.put("lagging", items);
		payload.put("changes", changes);
		return new Message(subject, String.join("\n", lines), json.writeValueAsString(payload));
	}

	private static Map<String, Object> targetJson(Target target) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", target.code());
		map.put("name", target.name());
		map.put("kind", target.kind().name());
		map.put("targetValue", plain(target.targetValue()));
		map.put("deadline", target.deadline().toString());
		return map;
	}

	private static Map<String, Object> evaluationJson(String status, BigDecimal actual, BigDecimal expected,
			BigDecimal projected, BigDecimal gap, String evaluationId) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("status", status);
		map.put("actual", plain(actual));
		map.put("expected", plain(expected));
		map.put("projected", plain(projected));
		map.put("gap", plain(gap));
		map.put("evaluationId", evaluationId);
		return map;
	}

	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	/** A message: e-mail subject and text, webhook JSON. */
	record Message(String subject, String body, String json) {
	}

}
