package vn.parmonitor.audit;

/** The kinds of data whose every change leaves an audit entry, with the collection that holds them. */
public enum AuditedEntity {

	/** A unit's assessment: its scores and its workflow (submission, appraisal, publication, reopening). */
	ASSESSMENT("assessments");

	private final String collection;

	AuditedEntity(String collection) {
		this.collection = collection;
	}

	/** The collection whose documents carry {@code lastChangeId}. */
	String collection() {
		return collection;
	}

}
