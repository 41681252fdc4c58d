package vn.parmonitor.evaluation;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job that evaluates all active targets. Never two at once in one replica
 * ({@link DisallowConcurrentExecution}); across replicas the lease and the slot claim in MongoDB decide.
 */
@DisallowConcurrentExecution
class EvaluationJob extends QuartzJobBean {

	static final String TRIGGER_KEY = "trigger";

	private final EvaluationService evaluations;

	private final StartupEvaluation startup;

	EvaluationJob(EvaluationService evaluations, StartupEvaluation startup) {
		this.evaluations = evaluations;
		this.startup = startup;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		if (EvaluationTrigger.STARTUP.name().equals(context.getMergedJobDataMap().getString(TRIGGER_KEY))) {
			try {
				evaluations.runNow(EvaluationTrigger.STARTUP, null);
			}
			finally {
				startup.ended();
			}
		}
		else {
			evaluations.runScheduled(context.getScheduledFireTime().toInstant());
		}
	}

}
