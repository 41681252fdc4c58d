package vn.parmonitor.methodology;

/**
 * Tells the methodology feature how many assessments are scored under a methodology, without depending on the
 * assessment feature: replacing a tree that already has scores is limited to changes that leave scores valid.
 */
public interface MethodologyUsage {

	long assessmentCount(String methodologyCode);

}
