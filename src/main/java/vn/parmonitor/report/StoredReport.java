package vn.parmonitor.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report the monthly job generated and kept for download: one per unit, year and month, replaced if the month's
 * job runs again.
 *
 * @param month the month it was generated for, e.g. {@code 2023-11}
 * @param pdf the document (a few tens of kilobytes)
 */
@Document("steering_reports")
@CompoundIndex(name = "unit_generated", def = "{'unitCode': 1, 'generatedAt': -1}")
record StoredReport(@Id String id, String unitCode, String unitName, int year, String month, Instant generatedAt,
		long size, byte[] pdf) {

	static String idOf(String unitKey, int year, String month) {
		return unitKey + ":" + year + ":" + month;
	}

	String downloadUrl() {
		return "/reports/" + id;
	}

}
