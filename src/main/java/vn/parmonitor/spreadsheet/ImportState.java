package vn.parmonitor.spreadsheet;

/** Where an import stands. */
public enum ImportState {

	/** Waiting for a worker. */
	QUEUED,
	/** Reading the file and checking every row; nothing is stored yet. */
	VALIDATING,
	/** Every row is valid; storing them. */
	STORING,
	/** Done: every row stored (or, for a dry run, every row valid and nothing stored). */
	SUCCEEDED,
	/** Some rows are invalid (see the errors): nothing was stored. */
	REFUSED,
	/** The file could not be read or the server failed (see the message); nothing was stored. */
	FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == REFUSED || this == FAILED;
	}

}
