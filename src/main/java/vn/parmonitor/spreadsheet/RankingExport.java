package vn.parmonitor.spreadsheet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.RankingConnection;
import vn.parmonitor.assessment.RankingEntry;
import vn.parmonitor.assessment.AssessmentReads;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * A ranking as a workbook: the rows of GraphQL's {@code ranking} (rank, ties, unit, points, index, group) with each
 * field's points, read page by page of the largest page size, so that the file and the API never disagree.
 */
@Component
class RankingExport {

	private final AssessmentReads rankings;

	private final UnitService units;

	private final Clock clock;

	RankingExport(AssessmentReads rankings, UnitService units, Optional<Clock> clock) {
		this.rankings = rankings;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	byte[] build(String methodologyCode, int year, String parentCode, ScoreStage stage) {
		try (ExportWorkbook book = new ExportWorkbook()) {
			RankingConnection page = rankings.ranking(methodologyCode, year, parentCode, stage,
					new PageRequest(PageRequest.MAX_PAGE_SIZE, null, null, null), true);
			CriterionTree tree = CriterionTree.of(page.methodology());
			List<String> headings = new ArrayList<>(List.of("rank", "tied", "of", "unitCode", "unit", "points",
					"maximumPoints", "indexPercent", "group"));
			tree.fields().forEach(field -> headings.add(field.code() + " " + field.name()));
			book.sheet("ranking", headings);
			while (true) {
				List<RankingEntry> entries = page.edges().stream().map(PagedConnection.Edge::node).toList();
				Map<String, Unit> named = units.findAll(entries.stream().map(RankingEntry::unitCode).toList());
				for (RankingEntry entry : entries) {
					Unit unit = named.get(entry.unitCode());
					List<Object> row = new ArrayList<>(List.of(entry.rank(), entry.tied(), entry.of(),
							unit == null ? entry.unitCode() : unit.officialCode(),
							unit == null ? "" : unit.name()));
					row.add(entry.points());
					row.add(entry.assessment().maximumPoints());
					row.add(entry.indexPercent());
					row.add(entry.group() == null ? null : entry.group().name());
					for (CriterionDefinition field : tree.fields()) {
						row.add(entry.assessment().result().node(field.code()).points());
					}
					book.row(row);
				}
				if (!page.pageInfo().hasNextPage()) {
					break;
				}
				page = rankings.ranking(methodologyCode, year, parentCode, stage,
						new PageRequest(PageRequest.MAX_PAGE_SIZE, page.pageInfo().endCursor(), null, null), true);
			}
			return book.write(List.of(
					"Xếp hạng / Ranking: " + page.methodology().code() + " (" + page.methodology().name() + "), " + year
							+ (parentCode == null ? "" : ", đơn vị trực thuộc / under " + parentCode) + ", "
							+ (stage == null ? ScoreStage.FINAL : stage),
					"Thứ hạng cạnh tranh (1, 2, 2, 4): cùng điểm cùng hạng / competition ranking: equal points, equal rank.",
					"indexPercent = points ÷ maximumPoints × 100; the fields' points follow, one column each.",
					"Nguồn / Source: PAR Monitor, GraphQL ranking(methodologyCode: \"" + methodologyCode + "\", year: " + year
							+ "); " + Instant.now(clock)));
		}
	}

}
