package vn.parmonitor.system.audit;

/** The kinds of data whose every change leaves an audit entry, with the collection that holds them. */
public enum AuditedEntity {

	/** A unit's assessment: its scores and its workflow (submission, appraisal, publication, reopening). */
	ASSESSMENT("assessments"),
	/** A unit: names, kind, parent, validity, succession. */
	UNIT("units"),
	/** A methodology: its tree, years, rubrics. */
	METHODOLOGY("methodologies"),
	/** A plan and its tasks. */
	PLAN("plans"),
	/** A target of a plan. */
	TARGET("targets"),
	/** An indicator's definition. */
	INDICATOR("indicators"),
	/** One observation of an indicator for a unit and period. */
	OBSERVATION("observations"),
	/** A unit's contacts: e-mail addresses, webhook, digest. */
	CONTACTS("unit_contacts"),
	/** The dates of a methodology's assessment year. */
	CALENDAR("assessment_calendars"),
	/** An evidence file of a self-assessment (GridFS; its stamp is in the file's metadata). */
	EVIDENCE("evidence.files", "metadata." + AuditTrail.STAMP),
	/** An alert, for its acknowledgements (its lifecycle is the evaluation's, recorded in its own history). */
	ALERT("alerts");

	private final String collection;

	private final String stamp;

	AuditedEntity(String collection) {
		this(collection, AuditTrail.STAMP);
	}

	AuditedEntity(String collection, String stamp) {
		this.collection = collection;
		this.stamp = stamp;
	}

	/** Where its documents carry the id of their latest change. */
	String stamp() {
		return stamp;
	}

	/** The collection whose documents carry {@code lastChangeId}. */
	public String collection() {
		return collection;
	}

}
