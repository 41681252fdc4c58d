package vn.parmonitor.spreadsheet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Imports as GraphQL reads them: a client that sent a file polls its job here or at {@code GET /imports/<id>}. */
@Controller
class ImportGraphQlController {

	private final SpreadsheetImports imports;

	ImportGraphQlController(SpreadsheetImports imports) {
		this.imports = imports;
	}

	@QueryMapping
	ImportJob importJob(@Argument String id) {
		return imports.find(id).orElse(null);
	}

}
