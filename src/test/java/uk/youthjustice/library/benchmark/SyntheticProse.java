package uk.youthjustice.library.benchmark;

import java.util.Random;

/**
 * Prose for the search corpus: sentences built from youth justice word lists, so that
 * 200,000 attached pages and 100,000 descriptions have the vocabulary, term frequencies
 * and lengths of the real library's text rather than the same few sentences repeated. The
 * lists name the field's everyday subjects but none of the specific practices the
 * relevance set asks about ({@code relevance-needles.json}): a synthetic resource is
 * noise for those queries, so one ranked above a judged resource is a ranking error
 * rather than an unjudged right answer.
 */
final class SyntheticProse {

	private static final String[] OPENINGS = { "In practice,", "Where possible,", "As a rule,", "In most cases,",
			"From the outset,", "During the pilot,", "Since the review,", "At each stage,", "Over the year,",
			"For older children,", "For younger children,", "In the community,", "In custody,", "At court,",
			"Before any decision,", "After the first month,", "Where risks are high,", "When a child moves area,",
			"Within the partnership,", "On a day-to-day basis," };

	private static final String[] ACTORS = { "the case manager", "the team manager", "the police liaison officer",
			"the social worker", "the education officer", "the health practitioner", "the seconded probation officer",
			"the victim worker", "the volunteer panel member", "the court officer", "the performance analyst",
			"the head of service", "the management board", "the local authority", "the secure establishment",
			"the child's family", "the child and their carer", "the partnership", "the nurse in the team",
			"the careers adviser", "the housing officer", "the intervention worker", "the duty manager",
			"the clinical psychologist", "the youth worker", "the school's safeguarding lead",
			"the out-of-court disposal lead", "the bail and remand officer", "the reparation coordinator",
			"the parenting worker" };

	private static final String[] ACTIONS = { "reviews", "records", "agrees", "discusses", "checks", "updates",
			"shares", "explains", "monitors", "plans", "arranges", "confirms", "summarises", "escalates", "signs off",
			"revisits", "prioritises", "tracks", "considers", "writes up" };

	private static final String[] OBJECTS = { "the assessment", "the intervention plan", "the pre-sentence report",
			"the risk management plan", "the safety and wellbeing concerns", "the referral order contract",
			"the youth rehabilitation order requirements", "the conditions of bail", "the remand plan",
			"the sentence plan", "the reparation activity", "the victim's views", "the information-sharing agreement",
			"the attendance figures", "the quarterly performance data", "the out-of-court disposal",
			"the community resolution", "the youth caution", "the youth conditional caution", "the breach report",
			"the supervision schedule", "the child's education record", "the health screening",
			"the mental health referral", "the accommodation plan", "the transition plan",
			"the desistance-focused goals", "the strengths the child brings", "the child's own account",
			"the case recording", "the safeguarding referral", "the multi-agency plan", "the exit strategy",
			"the review of the order", "the complaints and compliments", "the training records",
			"the case audit findings", "the inspection action plan", "the court report template",
			"the intensive supervision timetable" };

	private static final String[] QUALIFIERS = { "with the child", "with the family", "with partners",
			"before the next review", "within five working days", "within ten working days", "every month",
			"every quarter", "at the end of the order", "at the start of the order", "in supervision",
			"in plain language", "in the case management system", "at the panel meeting", "at the strategy meeting",
			"with the management board", "with the court", "with the police", "with children's social care",
			"with health colleagues", "with the school", "with the college", "with the housing provider",
			"with the victim's agreement", "as soon as possible", "where it is safe to do so",
			"in line with national standards", "in line with local policy", "so that nothing is missed",
			"so that the child knows what happens next" };

	private static final String[] REFLECTIONS = {
			"Children told us that consistency mattered more than the number of sessions.",
			"Staff found that shorter, more frequent contact worked better for most children.",
			"Partners said that clear timescales made it easier to hold each other to account.",
			"Managers noticed fewer cases drifting without a plan.",
			"Families valued being told about changes before they happened.",
			"The data showed that outcomes differed by ethnicity, sex and care status.",
			"Where contact was missed, a phone call the same day usually put things right.",
			"Caseloads rose during the year, which made protected time for reflection harder.",
			"Feedback from magistrates was positive about the quality of reports.",
			"Some partners were slow to sign the agreement, which delayed the start.",
			"Volunteers brought local knowledge that staff did not have.",
			"The approach depends on stable staffing; turnover made it harder to sustain.",
			"Children with communication needs needed more time to understand their plans.",
			"Older children asked for more say in when and where sessions took place.",
			"Younger children responded best to activity-based sessions.",
			"Inspectors commented on the quality of joint working with children's services.",
			"Budgets were tight, so the team reused materials from earlier projects.",
			"A small number of children disengaged, and the team is looking at why.",
			"The model has since been adopted by two neighbouring services.",
			"Recording improved once the new fields were added to the case management system." };

	private static final String[] HEADINGS = { "Background", "Purpose", "Scope", "Principles",
			"Roles and " + "responsibilities", "Referral", "Assessment", "Planning", "Delivery", "Review",
			"Information sharing", "Escalation", "Quality assurance", "Monitoring", "Outcomes", "Lessons learned",
			"Next steps", "Governance", "Training", "Appendix" };

	private SyntheticProse() {
	}

	static String sentence(Random random) {
		if (random.nextInt(5) == 0) {
			return REFLECTIONS[random.nextInt(REFLECTIONS.length)];
		}
		StringBuilder sentence = new StringBuilder();
		if (random.nextBoolean()) {
			sentence.append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ');
		}
		sentence.append(ACTORS[random.nextInt(ACTORS.length)])
			.append(' ')
			.append(ACTIONS[random.nextInt(ACTIONS.length)])
			.append(' ')
			.append(OBJECTS[random.nextInt(OBJECTS.length)])
			.append(' ')
			.append(QUALIFIERS[random.nextInt(QUALIFIERS.length)]);
		if (random.nextInt(3) == 0) {
			sentence.append(" and ").append(QUALIFIERS[random.nextInt(QUALIFIERS.length)]);
		}
		sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
		return sentence.append('.').toString();
	}

	/** A paragraph of {@code 3..7} sentences. */
	static String paragraph(Random random) {
		StringBuilder paragraph = new StringBuilder();
		int sentences = 3 + random.nextInt(5);
		for (int i = 0; i < sentences; i++) {
			paragraph.append((i == 0) ? "" : " ").append(sentence(random));
		}
		return paragraph.toString();
	}

	/**
	 * One page of an attached document as text extraction gives it: a running head, a
	 * section heading, paragraphs to about {@code words} words, and the page number.
	 */
	static String page(Random random, String documentTitle, int number, int words) {
		StringBuilder page = new StringBuilder(words * 7);
		page.append(documentTitle)
			.append('\n')
			.append(number)
			.append(". ")
			.append(HEADINGS[random.nextInt(HEADINGS.length)])
			.append('\n');
		int written = 0;
		while (written < words) {
			String paragraph = paragraph(random);
			written += paragraph.split(" ").length;
			page.append(paragraph).append('\n');
		}
		return page.append("Page ").append(number).toString();
	}

}
