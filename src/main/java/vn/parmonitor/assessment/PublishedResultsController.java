package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * {@code Unit.publishedResults}: a unit's published results with its predecessors', through one data loader keyed by
 * unit and years, so a page of units costs the queries of one.
 */
@Controller
class PublishedResultsController {

	/** Years a history may ask for: the PAR INDEX began in 2012; nothing is published ahead of now. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final UnitService units;

	PublishedResultsController(BatchLoaderRegistry registry, PublishedResults results, UnitService units) {
		this.units = units;
		registry.<Key, List<PublishedResult>>forName("publishedResults")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> {
				Map<Key, List<PublishedResult>> answered = new HashMap<>();
				Map<List<Integer>, Set<Key>> byYears = keys.stream()
					.collect(Collectors.groupingBy(key -> java.util.Arrays.asList(key.fromYear(), key.toYear()),
							Collectors.toSet()));
				byYears.forEach((years, group) -> {
					Map<String, List<PublishedResult>> found = results
						.of(group.stream().map(Key::unit).toList(), years.get(0), years.get(1));
					group.forEach(key -> answered.put(key, found.getOrDefault(key.unit().key(), List.of())));
				});
				return answered;
			}));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<List<PublishedResult>> publishedResults(Unit unit, @Argument Integer fromYear,
			@Argument Integer toYear, DataLoader<Key, List<PublishedResult>> publishedResults) {
		checkYear("fromYear", fromYear);
		checkYear("toYear", toYear);
		if (fromYear != null && toYear != null && toYear < fromYear) {
			throw new InvalidArgumentException("toYear", "toYear " + toYear + " is before fromYear " + fromYear);
		}
		return publishedResults.load(new Key(unit, fromYear, toYear));
	}

	private static void checkYear(String argument, Integer year) {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new InvalidArgumentException(argument,
					argument + " must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", got " + year);
		}
	}

	@BatchMapping(typeName = "PublishedResult")
	Map<PublishedResult, Unit> unit(List<PublishedResult> list) {
		return units.unitsNamedBy(list, PublishedResult::unitCode);
	}

	@SchemaMapping(typeName = "PublishedResult")
	AssessmentView assessment(PublishedResult result) {
		return result.view();
	}

	@SchemaMapping(typeName = "PublishedResult")
	Methodology methodology(PublishedResult result) {
		return result.view().methodology();
	}

	@SchemaMapping(typeName = "PublishedResult")
	BigDecimal indexPercent(PublishedResult result) {
		return result.view().indexPercent();
	}

	@SchemaMapping(typeName = "PublishedResult")
	BigDecimal points(PublishedResult result) {
		return Points.shown(result.view().points());
	}

	record Key(Unit unit, Integer fromYear, Integer toYear) {
	}

}
