package vn.parmonitor.assessment;

/**
 * Where an assessment stands in its year (README, "The assessment year"). Which scores may change in each state:
 * <ul>
 * <li>{@link #OPEN}, {@link #RETURNED}: the unit's SELF scores (and the Department's FINAL survey scores);</li>
 * <li>{@link #SUBMITTED}: the council's APPRAISED scores (and FINAL ones); SELF scores are locked;</li>
 * <li>{@link #APPRAISED}: FINAL scores only, while the Department prepares the publication;</li>
 * <li>{@link #PUBLISHED}: nothing, until an ADMIN reopens it with a reason.</li>
 * </ul>
 */
public enum AssessmentState {

	/** The unit is self-assessing. */
	OPEN,
	/** The unit submitted its self-assessment; the council appraises it. */
	SUBMITTED,
	/** The council sent it back with comments; the unit corrects and submits again. */
	RETURNED,
	/** The council has appraised every self-assessed score; the Department publishes. */
	APPRAISED,
	/** The Department published the FINAL scores; they are locked. */
	PUBLISHED;

	/** Whether scores of {@code stage} may be recorded in this state. */
	public boolean accepts(ScoreStage stage) {
		return switch (stage) {
			case SELF -> this == OPEN || this == RETURNED;
			case APPRAISED -> this == SUBMITTED;
			case FINAL -> this != PUBLISHED;
		};
	}

	/** The states in which {@code stage} scores may be recorded, for error messages. */
	static String acceptingStates(ScoreStage stage) {
		StringBuilder names = new StringBuilder();
		for (AssessmentState state : values()) {
			if (state.accepts(stage)) {
				names.append(names.isEmpty() ? "" : ", ").append(state);
			}
		}
		return names.toString();
	}

}
