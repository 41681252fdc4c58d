package vn.parmonitor.spreadsheet;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.audit.Actor;

/**
 * One file sent for import and what became of it, kept so that a client polls its progress and reads its errors.
 *
 * @param rowsRead data rows read so far (the header and blank rows do not count)
 * @param rowsTotal the file's data rows: estimated from the file before reading (its lines, the sheet's dimension),
 * exact once it has been read in full
 * @param rowsStored rows stored so far (0 for a dry run)
 * @param rowsChanged of the stored rows, those that were new or different; a file sent again changes none
 * @param errorCount every invalid cell or row found; {@code errors} holds the first {@link #MAX_ERRORS_KEPT}
 * @param message why the import failed (an unreadable file, a missing column), or null
 * @param parameters the form's fields that apply to every row (e.g. {@code methodologyCode}, {@code year} and
 * {@code stage} for scores), for the columns the file does not have
 * @param instance the replica working on it ({@code par.instance-id}; not shown to clients: it names a host)
 */
@Document("import_jobs")
public record ImportJob(@Id String id, ImportKind kind, String fileName, SpreadsheetFormat format, long size,
		String sha256, boolean dryRun, java.util.Map<String, String> parameters, ImportState state, int rowsRead, Integer rowsTotal, int rowsStored,
		int rowsChanged, int errorCount, List<RowError> errors, String message, Actor requestedBy,
		@com.fasterxml.jackson.annotation.JsonIgnore String instance,
		@Indexed(expireAfter = "30d") Instant submittedAt, Instant startedAt, Instant finishedAt) {

	/** Errors beyond these are counted, not listed: the first ones tell what to fix. */
	public static final int MAX_ERRORS_KEPT = 100;

	public ImportJob {
		errors = errors == null ? List.of() : List.copyOf(errors);
		parameters = parameters == null ? java.util.Map.of() : java.util.Map.copyOf(parameters);
	}

	/** The share of the work done, 0 to 1: reading and checking is the first half, storing the second. */
	@JsonProperty("progress")
	public double progress() {
		if (state.finished()) {
			return 1;
		}
		if (rowsTotal == null || rowsTotal == 0) {
			return 0;
		}
		double read = Math.min(1, (double) rowsRead / rowsTotal);
		if (dryRun) {
			return read;
		}
		return state == ImportState.STORING ? 0.5 + 0.5 * Math.min(1, (double) rowsStored / rowsTotal) : 0.5 * read;
	}

}
