package vn.parmonitor.unit;

/** How a unit that ceased was taken over (GraphQL {@code SuccessionKind}), seen from the unit that ceased. */
public enum SuccessionKind {

	/** It was merged, with others or alone, into one new unit (old Bắc Giang into the new Bắc Ninh, 2025). */
	MERGED_INTO,

	/** It was split: its territory went to several units, each of which was formed from (part of) it. */
	SPLIT_INTO,

	/** It continues under another name or code: the successor is the same territory. */
	RENAMED

}
