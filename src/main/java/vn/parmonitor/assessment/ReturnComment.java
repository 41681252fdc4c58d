package vn.parmonitor.assessment;

/** The council's request for a change of one component's self-assessment, when it returns an assessment. */
public record ReturnComment(String componentCode, String comment) {
}
