package vn.parmonitor.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.AssessmentCalendar;
import vn.parmonitor.assessment.AssessmentCalendars;
import vn.parmonitor.assessment.SubmissionProgress;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.system.time.VietnamTime;

/**
 * The self-assessments against their calendars, for the Steering Committee and the alert
 * {@code ParSelfAssessmentOverdue}: per calendar of this year and the last (a handful of series: one methodology
 * and year each), how many units have submitted, are pending and are overdue, and the due date.
 */
@Component
public class SubmissionGauges {

	private static final Logger log = LoggerFactory.getLogger(SubmissionGauges.class);

	private final AssessmentCalendars calendars;

	private final EvaluationTime time;

	private final MultiGauge units;

	private final MultiGauge due;

	SubmissionGauges(AssessmentCalendars calendars, EvaluationTime time, MeterRegistry registry) {
		this.calendars = calendars;
		this.time = time;
		this.units = MultiGauge.builder("par.self.assessments")
			.description("Units expected to self-assess under a calendar, by progress: submitted, pending (not "
					+ "submitted) and overdue (not submitted after the due date)")
			.register(registry);
		this.due = MultiGauge.builder("par.self.assessment.due.timestamp")
			.baseUnit("seconds")
			.description("When the self-assessments of a calendar are due (end of the due day, Vietnam time)")
			.register(registry);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${par.metrics.refresh-interval:PT60S}", initialDelayString = "${par.metrics.refresh-interval:PT60S}")
	void periodically() {
		refresh();
	}

	/** Reads the calendars and their progress now (the scheduler does so every refresh interval). */
	public synchronized void refresh() {
		try {
			LocalDate today = time.today();
			List<MultiGauge.Row<?>> unitRows = new ArrayList<>();
			List<MultiGauge.Row<?>> dueRows = new ArrayList<>();
			for (AssessmentCalendar calendar : calendars.all()) {
				if (calendar.year() < today.getYear() - 1) {
					continue;
				}
				SubmissionProgress progress = calendars.progress(calendar, today);
				Tags tags = Tags.of("methodology", calendar.methodologyCode(), "year", String.valueOf(calendar.year()));
				unitRows.add(MultiGauge.Row.of(tags.and("progress", "submitted"), progress.submitted()));
				unitRows.add(MultiGauge.Row.of(tags.and("progress", "pending"), progress.pending()));
				unitRows.add(MultiGauge.Row.of(tags.and("progress", "overdue"), progress.overdue()));
				dueRows.add(MultiGauge.Row.of(tags, calendar.selfAssessmentDue().plusDays(1)
					.atStartOfDay(VietnamTime.ZONE).toEpochSecond()));
			}
			units.register(unitRows, true);
			due.register(dueRows, true);
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh the self-assessment metrics: {}", ex.toString());
		}
	}

}
