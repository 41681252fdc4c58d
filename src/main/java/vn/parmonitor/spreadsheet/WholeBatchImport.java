package vn.parmonitor.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * A kind of file whose rows are one batch of a mutation (units, targets): read in full (at most the batch's size),
 * each row parsed into the mutation's input, the batch checked by the mutation's own validator, each problem reported
 * on its row and column, then stored in one call.
 *
 * @param <T> the mutation's input of one row
 */
abstract class WholeBatchImport<T> implements SpreadsheetImporter {

	/** The input of one row, read from its cells at the located columns (a wrong cell is reported by {@link Cells}). */
	abstract T parse(Cells cells, int[] columns);

	/** The mutation's batch size. */
	abstract int maxRows();

	/** The mutation's name, for messages, e.g. {@code upsertUnits}. */
	abstract String mutation();

	abstract List<UserError> validate(List<T> inputs);

	/** The column a validator's field names ({@code path.get(3)} and below), e.g. {@code baseline.date}. */
	String column(List<String> field) {
		return field.get(0);
	}

	/** Stores the batch; answers how many were new or different. */
	abstract int store(List<T> inputs);

	@Override
	public void run(ImportRun run) {
		List<Cells> rows = new ArrayList<>();
		List<T> inputs = new ArrayList<>();
		int[][] located = new int[1][];
		run.read(new SpreadsheetReader.RowHandler() {

			private Header header;

			@Override
			public void header(String sheet, Header header) {
				this.header = header;
				located[0] = ImportColumn.locate(columns(), header);
				List<String> missing = ImportColumn.missing(columns(), located[0]);
				if (!missing.isEmpty()) {
					run.fileError(sheet, "the header row has no column " + String.join(", ", missing) + " (the columns are "
							+ String.join(", ", columns().stream().map(ImportColumn::name).toList()) + ")",
							UserErrorCode.REQUIRED);
					throw new SpreadsheetReader.StopReading();
				}
			}

			@Override
			public void row(SheetRow row) {
				if (inputs.size() == maxRows()) {
					run.error(new RowError(row.sheet(), row.number(), null, null, null, "a file of " + kind().path()
							+ " holds at most " + maxRows() + " rows, one " + mutation() + " batch: split it",
							UserErrorCode.TOO_MANY));
					throw new SpreadsheetReader.StopReading();
				}
				Cells cells = new Cells(row, header, run);
				T input = parse(cells, located[0]);
				if (!cells.wrong()) {
					rows.add(cells);
					inputs.add(input);
				}
			}

		});
		if (run.hasErrors() || inputs.isEmpty()) {
			return;
		}
		for (UserError error : validate(inputs)) {
			List<String> path = error.field();
			if (path.size() >= 4) {
				rows.get(Integer.parseInt(path.get(2))).error(ImportColumn.indexOf(columns(), located[0],
						column(path.subList(3, path.size()))), error.message(), error.code());
			}
			else {
				rows.get(0).error(-1, error.message(), error.code());
			}
		}
		if (run.hasErrors() || run.dryRun()) {
			return;
		}
		run.storing();
		run.stored(inputs.size(), store(inputs));
	}

}
