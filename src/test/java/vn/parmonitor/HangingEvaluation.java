package vn.parmonitor;

import java.util.concurrent.CountDownLatch;

import org.springframework.context.event.EventListener;

import vn.parmonitor.evaluation.EvaluationCompleted;

/**
 * Added to a server started for a crash trial ({@code --spring.main.sources}): holds every evaluation open, with its
 * run RUNNING and the evaluation lease held, until the process is killed. It prints a line when it starts holding.
 * It waits on {@link EvaluationCompleted}, which every run publishes before it is marked finished, even one with no
 * targets (a trial server has none, so no batch is ever evaluated).
 */
public class HangingEvaluation {

	public static final String HOLDING = "CRASH TRIAL: holding evaluation ";

	@EventListener
	void hold(EvaluationCompleted evaluated) throws InterruptedException {
		System.out.println(HOLDING + evaluated.run().id());
		System.out.flush();
		new CountDownLatch(1).await();
	}

}
