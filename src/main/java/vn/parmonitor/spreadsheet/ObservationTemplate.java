package vn.parmonitor.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.IndicatorService.SeriesKey;
import vn.parmonitor.indicator.Observation;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * The observation template of one indicator and year for a unit and every unit below it: a row per unit and period
 * of the indicator's reporting form, with what is recorded already (a template sent back unchanged changes nothing),
 * and validation: units and periods from lists, values within what the indicator's measure allows.
 */
@Component
class ObservationTemplate {

	private final IndicatorService indicators;

	private final UnitService units;

	ObservationTemplate(IndicatorService indicators, UnitService units) {
		this.indicators = indicators;
		this.units = units;
	}

	byte[] build(Indicator indicator, Unit top, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<Unit> covered = new ArrayList<>(units.findAll(units.selfAndDescendantCodes(top.key())).values().stream()
			.filter(unit -> unit.notValidDuring(first, last).isEmpty())
			.sorted(Comparator.comparing((Unit unit) -> unit.ancestorCodes().size()).thenComparing(Unit::officialCode))
			.toList());
		List<String> periods = indicator.period().keysIn(year);
		Map<String, Observation> recorded = new HashMap<>();
		indicators.series(covered.stream().map(unit -> new SeriesKey(indicator.code(), unit.key())).toList(),
				first.minusDays(1), last).values().forEach(series -> series.forEach(o -> recorded.put(o.id(), o)));
		TemplateWorkbook book = new TemplateWorkbook("observations", ObservationImport.COLUMNS);
		for (Unit unit : covered) {
			for (String period : periods) {
				Observation o = recorded.get(Observation.idOf(indicator.code(), unit.key(), period));
				book.row(indicator.code(), unit.officialCode(), period, o == null || indicator.ratio() ? null : o.value(),
						o == null ? null : o.numerator(), o == null ? null : o.denominator(), o == null ? null : o.source());
			}
		}
		book.oneOf("unitCode", "unitCode", covered.stream().map(Unit::officialCode).toList(),
				"Mã đơn vị thuộc " + top.name(), "a unit of " + top.name());
		book.oneOf("period", "period", periods, "Kỳ của năm " + year, "a period of " + year);
		if (indicator.ratio()) {
			book.decimalBetween("numerator", "0", null, "Tử số không âm", "numerator, 0 or more");
			book.decimalBetween("denominator", "0", null, "Mẫu số lớn hơn 0", "denominator, greater than 0");
		}
		else if (indicator.minimumValue() != null) {
			String max = indicator.maximumValue() == null ? null : indicator.maximumValue().toPlainString();
			book.decimalBetween("value", indicator.minimumValue().toPlainString(), max,
					"Giá trị từ " + indicator.minimumValue().toPlainString() + (max == null ? "" : " đến " + max),
					"a value from " + indicator.minimumValue().toPlainString() + (max == null ? "" : " to " + max));
		}
		return book.write("Biểu mẫu số liệu / Observation template: " + indicator.code() + " (" + indicator.name() + "), "
				+ top.name() + " (" + top.officialCode() + "), " + year, List.of(
						indicator.ratio() ? "Chỉ số tỷ lệ: điền tử số (" + indicator.numeratorLabel() + ") và mẫu số ("
								+ indicator.denominatorLabel() + "); giá trị được tính."
								: "Điền cột value.",
						indicator.ratio() ? "A ratio: fill in numerator and denominator; the value is computed."
								: "Fill in value.",
						"Gửi lại tệp / Send the file back: POST /imports/observations (README, \"Spreadsheets\")."));
	}

}
