package vn.parmonitor.methodology;

/** The three levels of a criteria tree: fields (lĩnh vực), criteria (tiêu chí), components (tiêu chí thành phần). */
public enum NodeLevel {

	FIELD, CRITERION, COMPONENT;

	/** The level of a node at {@code depth} (1 for fields), or {@code null} below the third level. */
	static NodeLevel atDepth(int depth) {
		return depth >= 1 && depth <= values().length ? values()[depth - 1] : null;
	}

}
