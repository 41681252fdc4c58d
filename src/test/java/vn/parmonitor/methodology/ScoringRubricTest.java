package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How each kind of rubric turns a measured value into points, where more is better and where less is. */
class ScoringRubricTest {

	static final BigDecimal MAX = new BigDecimal("1.5");

	@Test
	void linearIsZeroAtOneEndFullAtTheOtherAndStraightBetween() {
		ScoringRubric online = new ScoringRubric("ONLINE_DOSSIER_RATE", RubricKind.LINEAR, bd("50"), bd("100"), null, null,
				null, true);
		assertThat(online.points(bd("69.24"), MAX, true)).isEqualByComparingTo("0.577");
		assertThat(online.points(bd("93.58"), MAX, true)).isEqualByComparingTo("1.307");
		assertThat(online.points(bd("40"), MAX, true)).isEqualByComparingTo("0");
		assertThat(online.points(bd("100"), MAX, true)).isEqualByComparingTo("1.5");
		ScoringRubric overdue = new ScoringRubric("OVERDUE", RubricKind.LINEAR, bd("10"), bd("0"), null, null, null, false);
		assertThat(overdue.points(bd("2.5"), MAX, false)).isEqualByComparingTo("1.125");
	}

	@Test
	void bandsGiveThePointsOfTheFirstBandReached() {
		ScoringRubric payment = new ScoringRubric("ONLINE_PAYMENT_RATE", RubricKind.BANDS, null, null,
				List.of(new ScoringRubric.Band(bd("95"), bd("1.5")), new ScoringRubric.Band(bd("80"), bd("1")),
						new ScoringRubric.Band(bd("50"), bd("0.5"))), bd("0"), null, true);
		assertThat(payment.points(bd("95"), MAX, true)).isEqualByComparingTo("1.5");
		assertThat(payment.points(bd("94.99"), MAX, true)).isEqualByComparingTo("1");
		assertThat(payment.points(bd("62"), MAX, true)).isEqualByComparingTo("0.5");
		assertThat(payment.points(bd("12"), MAX, true)).isEqualByComparingTo("0");
		ScoringRubric lateDays = new ScoringRubric("LATE_DAYS", RubricKind.BANDS, null, null,
				List.of(new ScoringRubric.Band(bd("1"), bd("1.5")), new ScoringRubric.Band(bd("5"), bd("0.5"))), null, null,
				false);
		assertThat(lateDays.points(bd("3"), MAX, false)).isEqualByComparingTo("0.5");
		assertThat(lateDays.points(bd("9"), MAX, false)).isEqualByComparingTo("0");
	}

	@Test
	void proportionalIsTheShareOfTheTargetAtMostTheMaximum() {
		ScoringRubric systems = new ScoringRubric("CONNECTED_INFORMATION_SYSTEMS", RubricKind.PROPORTIONAL, null, null,
				null, null, bd("17"), true);
		assertThat(systems.points(bd("14"), BigDecimal.ONE, true)).isEqualByComparingTo("0.824");
		assertThat(systems.points(bd("20"), BigDecimal.ONE, true)).isEqualByComparingTo("1");
		assertThat(systems.points(bd("0"), BigDecimal.ONE, true)).isEqualByComparingTo("0");
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
