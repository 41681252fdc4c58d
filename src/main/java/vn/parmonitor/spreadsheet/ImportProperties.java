package vn.parmonitor.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spreadsheet imports.
 *
 * @param workers imports that run at once; each reads its file twice (check, then store), so more than the cores
 *     only makes each slower
 * @param queue imports that may wait for a worker; beyond that a new file is refused (503 with Retry-After)
 * @param maxRows the most data rows a file may have
 */
@ConfigurationProperties("par.imports")
public record ImportProperties(Integer workers, Integer queue, Integer maxRows) {

	public ImportProperties {
		workers = workers == null ? 2 : workers;
		queue = queue == null ? 8 : queue;
		maxRows = maxRows == null ? 100_000 : maxRows;
	}

}
