package vn.parmonitor.assessment;

import java.math.BigDecimal;

/** The published groups of the PAR index: A from 90%, B from 80%, C from 70%, D below. */
public enum IndexGroup {

	A, B, C, D;

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

	private static final BigDecimal SEVENTY = BigDecimal.valueOf(70);

	public static IndexGroup of(BigDecimal indexPercent) {
		if (indexPercent.compareTo(NINETY) >= 0) {
			return A;
		}
		if (indexPercent.compareTo(EIGHTY) >= 0) {
			return B;
		}
		return indexPercent.compareTo(SEVENTY) >= 0 ? C : D;
	}

}
