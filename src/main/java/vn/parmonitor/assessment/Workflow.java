package vn.parmonitor.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's workflow, stored in the assessment document so that a transition and the scores it locks change
 * in one atomic write.
 *
 * @param transitions every step so far, oldest first
 * @param returnComments the council's comments of the latest return (empty unless RETURNED or resubmitted)
 * @param publications every publication, oldest first; all but a standing one carry their reopening
 * @param published the FINAL total of the latest publication (kept through a reopening until the next one): what
 *     the public ranking ranks, stored flat so that the ranking's one query can read it
 */
public record Workflow(AssessmentState state, List<WorkflowTransition> transitions, List<ReturnComment> returnComments,
		List<Publication> publications, StageTotal published) {

	public Workflow {
		transitions = transitions == null ? List.of() : List.copyOf(transitions);
		returnComments = returnComments == null ? List.of() : List.copyOf(returnComments);
		publications = publications == null ? List.of() : List.copyOf(publications);
	}

	static Workflow open() {
		return new Workflow(AssessmentState.OPEN, List.of(), List.of(), List.of(), null);
	}

	Workflow moved(WorkflowTransition step, List<ReturnComment> comments) {
		List<WorkflowTransition> steps = new ArrayList<>(transitions);
		steps.add(step);
		return new Workflow(step.to(), steps, comments, publications, published);
	}

	Workflow published(WorkflowTransition step, Publication publication, StageTotal total) {
		List<Publication> all = new ArrayList<>(publications);
		all.add(publication);
		return new Workflow(step.to(), moved(step, List.of()).transitions(), List.of(), all, total);
	}

	Workflow reopened(WorkflowTransition step) {
		List<Publication> all = new ArrayList<>(publications);
		if (!all.isEmpty() && all.get(all.size() - 1).reopenedAt() == null) {
			all.set(all.size() - 1, all.get(all.size() - 1).reopened(step.at(), step.by(), step.reason()));
		}
		return new Workflow(step.to(), moved(step, List.of()).transitions(), List.of(), all, published);
	}

	/** The latest publication, standing or reopened, if any. */
	public Publication latestPublication() {
		return publications.isEmpty() ? null : publications.get(publications.size() - 1);
	}

	/** The publication that stands (the latest, not reopened), if any. */
	public Publication standingPublication() {
		if (publications.isEmpty()) {
			return null;
		}
		Publication latest = publications.get(publications.size() - 1);
		return latest.reopenedAt() == null ? latest : null;
	}

}
