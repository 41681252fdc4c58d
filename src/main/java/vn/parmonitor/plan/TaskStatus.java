package vn.parmonitor.plan;

/** Progress of a plan task. */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

	boolean finished() {
		return this == DONE || this == CANCELLED;
	}

}
