package vn.parmonitor.spreadsheet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.system.security.ApiPrincipal;

/**
 * One import at work: the spooled file, who sent it, and its progress and errors, written to its {@link ImportJob}
 * as it goes (at most once per {@link #REPORT_EVERY} rows) so that a client polling sees it move.
 */
public final class ImportRun {

	/** Rows between two progress writes. */
	static final int REPORT_EVERY = 1000;

	private final String jobId;

	private final Path file;

	private final SpreadsheetFormat format;

	private final boolean dryRun;

	private final java.util.Map<String, String> parameters;

	private final ApiPrincipal caller;

	private final int maxRows;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final List<RowError> errors = new ArrayList<>();

	private int errorCount;

	private int rowsRead;

	private int rowsStored;

	private int rowsChanged;

	ImportRun(String jobId, Path file, SpreadsheetFormat format, boolean dryRun, java.util.Map<String, String> parameters,
			ApiPrincipal caller, int maxRows, MongoTemplate mongo, Clock clock) {
		this.parameters = parameters;
		this.jobId = jobId;
		this.file = file;
		this.format = format;
		this.dryRun = dryRun;
		this.caller = caller;
		this.maxRows = maxRows;
		this.mongo = mongo;
		this.clock = clock;
	}

	public boolean dryRun() {
		return dryRun;
	}

	/** A form field sent with the file for every row, or null. */
	public String parameter(String name) {
		String value = parameters.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Who sent the file; empty only for the server's own imports. */
	public Optional<ApiPrincipal> caller() {
		return Optional.ofNullable(caller);
	}

	/**
	 * Reads the file's data rows in order (blank rows skipped), counting them; a file with more than the row limit
	 * stops with an error at the first row over it.
	 */
	public void read(SpreadsheetReader.RowHandler handler) {
		rowsRead = 0;
		SpreadsheetReader.read(file, format, new SpreadsheetReader.RowHandler() {

			@Override
			public void header(String sheet, Header header) {
				handler.header(sheet, header);
			}

			@Override
			public void row(SheetRow row) {
				if (row.blank()) {
					return;
				}
				if (rowsRead == maxRows) {
					error(new RowError(row.sheet(), row.number(), null, null, null, "the file has more than " + maxRows
							+ " data rows, the most one import takes (par.imports.max-rows): split it", UserErrorCode.TOO_MANY));
					throw new SpreadsheetReader.StopReading();
				}
				rowsRead++;
				handler.row(row);
				if (rowsRead % REPORT_EVERY == 0) {
					report(Update.update("rowsRead", rowsRead).set("errorCount", errorCount));
				}
			}

			@Override
			public void end() {
				handler.end();
			}

		});
	}

	public void error(RowError error) {
		errorCount++;
		if (errors.size() < ImportJob.MAX_ERRORS_KEPT) {
			errors.add(error);
		}
	}

	/** An error with the file as a whole (a missing column), reported on its header row. */
	public void fileError(String sheet, String message, UserErrorCode code) {
		error(new RowError(sheet, 1, null, null, null, message, code));
	}

	public boolean hasErrors() {
		return errorCount > 0;
	}

	/** Every row was read and checked: the exact count replaces the estimate, and storing begins. */
	public void storing() {
		report(Update.update("state", ImportState.STORING).set("rowsRead", rowsRead).set("rowsTotal", rowsRead));
	}

	/** A batch of rows stored, of which {@code changed} were new or different. */
	public void stored(int rows, int changed) {
		rowsStored += rows;
		rowsChanged += changed;
		report(Update.update("rowsStored", rowsStored).set("rowsChanged", rowsChanged));
	}

	void validating(Integer estimatedRows) {
		report(Update.update("state", ImportState.VALIDATING).set("startedAt", Instant.now(clock))
			.set("rowsTotal", estimatedRows));
	}

	/** The end: refused when rows were invalid, else succeeded. */
	void finish() {
		ImportState state = hasErrors() ? ImportState.REFUSED : ImportState.SUCCEEDED;
		Update update = Update.update("state", state).set("rowsRead", rowsRead).set("rowsStored", rowsStored)
			.set("rowsChanged", rowsChanged).set("errorCount", errorCount).set("errors", errors)
			.set("rowsTotal", rowsRead).set("finishedAt", Instant.now(clock));
		report(update);
	}

	void fail(String message) {
		report(Update.update("state", ImportState.FAILED).set("message", message).set("rowsRead", rowsRead)
			.set("rowsStored", rowsStored).set("rowsChanged", rowsChanged).set("errorCount", errorCount)
			.set("errors", errors).set("finishedAt", Instant.now(clock)));
	}

	private void report(Update update) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), update, ImportJob.class);
	}

}
