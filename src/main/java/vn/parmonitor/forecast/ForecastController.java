package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/** GraphQL {@code forecast} and the fields of its answer. */
@Controller
class ForecastController {

	private final ForecastService forecasts;

	private final UnitService units;

	private final IndicatorService indicators;

	private final UnitReadAccess access;

	ForecastController(ForecastService forecasts, UnitService units, IndicatorService indicators,
			UnitReadAccess access) {
		this.access = access;
		this.forecasts = forecasts;
		this.units = units;
		this.indicators = indicators;
	}

	@QueryMapping
	IndexForecast forecast(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument Boolean withinParent, @Argument ScoreStage knownStage, @Argument Instant asOf) {
		String asked = unitCode;
		unitCode = units.keyInYear(asked, year);
		access.require(unitCode, "the forecast of unit " + asked);
		return forecasts.forecast(new ForecastRequest(unitCode, year, methodologyCode, knownStage,
				Boolean.TRUE.equals(withinParent)), asOf).orElse(null);
	}

	@BatchMapping(typeName = "IndexForecast")
	Map<IndexForecast, Unit> unit(List<IndexForecast> list) {
		return units.unitsNamedBy(list, IndexForecast::unitCode);
	}

	@SchemaMapping(typeName = "IndexForecast")
	List<IndexForecast.BasisShare> basisMix(IndexForecast forecast) {
		return List.copyOf(forecast.basisMix().values());
	}

	@SchemaMapping(typeName = "IndexForecast")
	List<ComponentView> components(IndexForecast forecast, @Argument ForecastBasis basis) {
		return forecast.components()
			.stream()
			.filter(component -> basis == null || component.basis() == basis)
			.map(component -> new ComponentView(forecast, component))
			.toList();
	}

	@SchemaMapping(typeName = "IndexForecast")
	List<NodeView> fields(IndexForecast forecast) {
		return forecast.tree().fields().stream().map(field -> NodeView.of(forecast, field)).toList();
	}

	@SchemaMapping(typeName = "IndexForecast")
	NodeView node(IndexForecast forecast, @Argument String code) {
		return forecast.tree().node(code).map(node -> NodeView.of(forecast, node)).orElse(null);
	}

	@BatchMapping(typeName = "IndicatorProjection")
	Map<ProjectionView, Indicator> indicator(List<ProjectionView> list) {
		return BatchLookup.namedBy(list, ProjectionView::indicatorCode, indicators::findAll);
	}

	@BatchMapping(typeName = "RankForecast")
	Map<RankForecast, Unit> parent(List<RankForecast> list) {
		return units.unitsNamedBy(list, RankForecast::parentCode);
	}

	@SchemaMapping(typeName = "RankForecast")
	RankForecast.Cutoff cutoff(RankForecast rank, @Argument("rank") int wanted) {
		return rank.cutoff(wanted);
	}

	@SchemaMapping(typeName = "RankForecast")
	BigDecimal chanceOfRank(RankForecast rank, @Argument("rank") int wanted) {
		return rank.chanceOfRank(wanted);
	}

	@SchemaMapping(typeName = "RankForecast")
	List<PeerOutlook> peers(RankForecast rank, @Argument Integer first) {
		int size = first == null ? 100 : first;
		if (size < 0 || size > 100) {
			throw new InvalidArgumentException("first", "first must be between 0 and 100, got " + size);
		}
		return rank.peers().subList(0, Math.min(size, rank.peers().size()));
	}

	@BatchMapping(typeName = "RankCutoff", field = "peer")
	Map<RankForecast.Cutoff, Unit> cutoffPeer(List<RankForecast.Cutoff> list) {
		return units.unitsNamedBy(list, RankForecast.Cutoff::peerUnitCode);
	}

	@BatchMapping(typeName = "PeerForecast", field = "unit")
	Map<PeerOutlook, Unit> peerUnit(List<PeerOutlook> list) {
		return units.unitsNamedBy(list, PeerOutlook::unitCode);
	}

	@SchemaMapping(typeName = "PeerForecast")
	BigDecimal spread(PeerOutlook peer) {
		return BigDecimal.valueOf(peer.sigma()).setScale(2, RoundingMode.HALF_UP);
	}

	/** GraphQL {@code ComponentForecast}. */
	record ComponentView(IndexForecast forecast, ComponentForecast part) {

		public CriterionNodeView component() {
			return new CriterionNodeView(forecast.tree(), part.component());
		}

		public ForecastBasis basis() {
			return part.basis();
		}

		public Range points() {
			return part.points();
		}

		public BigDecimal maximumPoints() {
			return part.component().maxPoints().stripTrailingZeros();
		}

		public String explanation() {
			return part.explanation();
		}

		public ProjectionView indicatorProjection() {
			return part.projection() == null ? null
					: new ProjectionView(part.indicatorCode(), part.projection());
		}

	}

	/** GraphQL {@code IndicatorProjection}. */
	record ProjectionView(String indicatorCode, YearEndProjection.Projection projection) {

		public Range value() {
			return projection.value();
		}

		public String method() {
			return projection.method();
		}

		public int observations() {
			return projection.observations();
		}

	}

	/** GraphQL {@code NodeForecast}. */
	record NodeView(CriterionNodeView criterion, Range points, BigDecimal maximumPoints, Range index) {

		static NodeView of(IndexForecast forecast, CriterionDefinition node) {
			Range points = forecast.nodes().get(node.code());
			return new NodeView(new CriterionNodeView(forecast.tree(), node), points, node.maxPoints().stripTrailingZeros(),
					points.asIndexOf(node.maxPoints()));
		}

	}

}
