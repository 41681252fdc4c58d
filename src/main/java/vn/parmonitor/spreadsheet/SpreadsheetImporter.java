package vn.parmonitor.spreadsheet;

import java.util.List;

/**
 * Imports one kind of file. {@link #run} reads the file through {@link ImportRun#read}: first checking every row with
 * the rules of the mutation the rows stand for, reporting each problem with {@link ImportRun#error}; then, when no row
 * is wrong and it is no dry run, reading it again to store it.
 */
public interface SpreadsheetImporter {

	ImportKind kind();

	/** The columns it reads, in the order of its template. */
	List<ImportColumn> columns();

	void run(ImportRun run);

}
