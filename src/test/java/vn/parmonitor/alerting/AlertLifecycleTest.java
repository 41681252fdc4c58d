package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.evaluation.TargetStatus;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetKind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parmonitor.alerting.AlertLifecycle.Change;

class AlertLifecycleTest {

	static TargetEvaluation evaluation(TargetStatus status) {
		return new TargetEvaluation("r:T", "r", "T", "P", TargetKind.INDICATOR, "20", "20-VP", TargetComparator.AT_LEAST,
				Instant.EPOCH, status, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, null, null, null, null, "", true);
	}

	static Alert open(AlertSeverity severity) {
		return new Alert("a", "T", "P", "20-VP", "20", "T", severity, AlertState.OPEN, TargetStatus.AT_RISK, "e", null,
				null, null, null, null, "", Instant.EPOCH, Instant.EPOCH, null, null, null, List.of(), 0L, null);
	}

	@Test
	void laggingOpensWarningOrCriticalAndMovesTheSeverityWhileItLasts() {
		assertThat(AlertLifecycle.decide(null, evaluation(TargetStatus.AT_RISK))).isEqualTo(Change.OPEN);
		assertThat(AlertLifecycle.decide(null, evaluation(TargetStatus.OFF_TRACK))).isEqualTo(Change.OPEN);
		assertThat(AlertSeverity.of(TargetStatus.AT_RISK)).isEqualTo(AlertSeverity.WARNING);
		assertThat(AlertSeverity.of(TargetStatus.OFF_TRACK)).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(AlertLifecycle.decide(open(AlertSeverity.WARNING), evaluation(TargetStatus.OFF_TRACK)))
			.isEqualTo(Change.ESCALATE);
		assertThat(AlertLifecycle.decide(open(AlertSeverity.CRITICAL), evaluation(TargetStatus.AT_RISK)))
			.isEqualTo(Change.DEESCALATE);
		assertThat(AlertLifecycle.decide(open(AlertSeverity.CRITICAL), evaluation(TargetStatus.OFF_TRACK)))
			.isEqualTo(Change.REFRESH);
	}

	@Test
	void backOnTrackOrAchievedResolvesAndMissingDataChangesNothing() {
		assertThat(AlertLifecycle.decide(open(AlertSeverity.WARNING), evaluation(TargetStatus.ON_TRACK)))
			.isEqualTo(Change.RESOLVE);
		assertThat(AlertLifecycle.decide(open(AlertSeverity.CRITICAL), evaluation(TargetStatus.ACHIEVED)))
			.isEqualTo(Change.RESOLVE);
		assertThat(AlertLifecycle.decide(open(AlertSeverity.CRITICAL), evaluation(TargetStatus.NO_DATA)))
			.isEqualTo(Change.REFRESH);
		assertThat(AlertLifecycle.decide(null, evaluation(TargetStatus.NO_DATA))).isEqualTo(Change.NONE);
		assertThat(AlertLifecycle.decide(null, evaluation(TargetStatus.ON_TRACK))).isEqualTo(Change.NONE);
	}

	@Test
	void retriesWaitLongerEachTimeUpToTheMaximum() {
		NotificationProperties properties = new NotificationProperties(null, java.time.Duration.ofSeconds(30),
				java.time.Duration.ofMinutes(5), null, null, null, 0, null);
		assertThat(properties.retryDelay(1)).hasSeconds(30);
		assertThat(properties.retryDelay(2)).hasSeconds(60);
		assertThat(properties.retryDelay(4)).hasSeconds(240);
		assertThat(properties.retryDelay(5)).hasMinutes(5);
		assertThat(properties.retryDelay(50)).hasMinutes(5);
	}

}
