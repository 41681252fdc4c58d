package vn.parmonitor.assessment;

import java.util.List;

import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.system.graphql.PagedConnection;

/**
 * GraphQL {@code RankingConnection}: a page of a ranking and what was ranked. The name ends in {@code Connection},
 * so Spring for GraphQL passes it through as it is.
 */
public record RankingConnection(List<PagedConnection.Edge<RankingEntry>> edges, PagedConnection.PageInfo pageInfo,
		long totalCount, Methodology methodology, int year, ScoreStage stage, String parentCode) {
}
