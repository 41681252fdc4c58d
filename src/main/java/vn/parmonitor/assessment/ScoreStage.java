package vn.parmonitor.assessment;

/** The stages a component's score goes through, in order. */
public enum ScoreStage {

	/** Entered by the unit itself, with evidence. */
	SELF,
	/** After the appraisal council accepted or cut the self-assessed score. */
	APPRAISED,
	/** The published result, surveys included. */
	FINAL

}
