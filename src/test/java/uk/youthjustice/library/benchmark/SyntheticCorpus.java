package uk.youthjustice.library.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic library of synthetic resources: the same seed gives the same rows on
 * every run. Shaped like the real library: mostly published practice examples and
 * guidance documents published over ten years, some drafts, scheduled and archived ones,
 * with the largest share in the first category so that its pages run deep.
 *
 * <p>
 * Resource {@code 0} is the showcase that the resource-page benchmark requests: a
 * published practice example with three topics, two contacts, four paragraphs, aims,
 * steps and change notes.
 */
final class SyntheticCorpus {

	static final long SEED = 20_261_102L;

	static final int SIZE = 10_000;

	/** Published dates are spread over the ten years before this fixed moment. */
	static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");

	/** Synthetic slugs end with this and a five-digit number; demo slugs never do. */
	static final String SLUG_MARK = "-s";

	private static final String[] PLACES = { "Leeds", "Bradford", "Birmingham", "Manchester", "Liverpool", "Newcastle",
			"Nottingham", "Lambeth", "Bristol", "Cardiff", "Reading", "Norfolk", "Sheffield", "Hull", "York",
			"Wakefield", "Kirklees", "Calderdale", "Sunderland", "Durham", "Cumbria", "Lancashire", "Blackpool",
			"Wigan", "Salford", "Stockport", "Derby", "Leicester", "Coventry", "Wolverhampton", "Sandwell", "Oxford",
			"Kent", "Surrey", "Essex", "Southwark", "Hackney", "Croydon", "Plymouth", "Swansea", "Newport", "Cornwall",
			"Devon", "Hampshire", "Brighton and Hove" };

	private static final String[][] SERVICES = { { "Youth Justice Service", "YJS" },
			{ "Youth Offending Service", "YOS" }, { "Youth Offending Team", "YOT" } };

	private static final String[] PRACTICES = { "speech and language screening at the first appointment",
			"a mentoring scheme run with a local football club", "restorative conferences for harm in care homes",
			"a trauma-informed approach to breaches of court orders",
			"joint visits with social workers for looked-after children", "a diversion panel for first-time entrants",
			"parenting groups for families of children on orders",
			"education advocates for children excluded from school",
			"a county lines response with the police and social care", "a girls group run by former service users",
			"resettlement planning from the first day of custody", "a drop-in clinic with the substance misuse team",
			"out-of-court disposals reviewed by a scrutiny panel", "weekend outreach in parks and transport hubs",
			"a reading programme for children on referral orders", "family group conferences before sentencing",
			"a transitions protocol with the probation service", "boxing sessions paired with one-to-one support",
			"a disproportionality audit of charging decisions", "emotional health workers seconded into the team",
			"a shared risk meeting for exploited children", "supported lodgings for children leaving custody",
			"victim contact work led by trained volunteers", "a referral pathway for the National Referral Mechanism",
			"reparation projects chosen by local residents", "an intensive support offer after a knife arrest",
			"bail support packages for children remanded overnight", "a health passport for children in the system",
			"youth work in custody suites on Friday nights", "careers coaching for sixteen and seventeen year olds" };

	private static final String[] OUTCOMES = { "Fewer children were reconvicted within a year",
			"Attendance at appointments rose over the first six months",
			"Case managers said plans were easier to agree with families",
			"More children moved into education, training or work",
			"Referrals arrived earlier and with better information",
			"Breaches fell and children stayed engaged until the end of their order",
			"Children told the service they felt listened to",
			"Partners now share information within two working days" };

	private static final String[] SENTENCES = {
			"The service set this up after a review of its own cases showed the same gaps again and again.",
			"Case managers, social workers and health staff designed the approach together over several months.",
			"Children and their parents were asked what had and had not helped them, and their answers shaped the model.",
			"Each child has a named worker who stays with them from the first appointment until the order ends.",
			"Sessions take place where the child feels safe, which is often at home, in school or at a community centre.",
			"The team meets every fortnight to review progress and agree who does what next.",
			"Managers check a sample of plans every month and feed back to staff in supervision.",
			"The approach costs little beyond staff time, because it uses services that already exist locally.",
			"Partners share information under an agreement signed by the police, health and children's services.",
			"An evaluation by a local university is under way and early findings are encouraging.",
			"Staff received two days of training before the pilot started and refresher sessions since.",
			"Where a child moves area, the plan and the contact details of the named worker go with them.",
			"The service records outcomes in its case management system so they can be reported each quarter.",
			"Young people with lived experience sit on the steering group and help recruit new staff.",
			"Volunteers are checked, trained and supervised by a coordinator within the team.",
			"The work follows the principles of child first practice: strengths, relationships and a positive identity." };

	private static final String[] GUIDANCE_SENTENCES = {
			"This document sets out what is expected of youth justice services and their partners.",
			"It replaces earlier advice and reflects changes in legislation and inspection findings.",
			"Each section ends with questions managers can use to review their own practice.",
			"It draws on inspection reports, research and the views of children and families.",
			"Case studies show how services in different parts of the country have applied it.",
			"Services should read it alongside their local policies and the national standards.",
			"A summary for children and young people is published separately.",
			"The annexes include templates, a checklist and a list of further reading.",
			"It will be reviewed after two years, or sooner if the law changes." };

	private static final String[] FEATURES = { "a written plan agreed with the child within ten working days",
			"a single point of contact for schools and colleges", "weekly contact during the first six weeks",
			"escalation to a senior manager when a partner does not respond",
			"a review with the family at the midpoint", "clear information in plain English and Welsh",
			"support that continues after the order ends", "quarterly reports to the management board" };

	private static final String[] AIMS = { "Reduce the number of first-time entrants to the youth justice system",
			"Identify speech, language and communication needs early",
			"Keep children in education, training or employment",
			"Strengthen relationships between children and their families", "Reduce reoffending within twelve months",
			"Make sure children and parents understand what happens next",
			"Protect children from criminal exploitation", "Give victims a voice in the process",
			"Reduce the disproportionate number of Black and mixed-heritage children in the system",
			"Confirm accommodation well before release from custody",
			"Build trust between children and the professionals working with them",
			"Help children develop a positive sense of who they are" };

	private static final String[] STEPS = { "Reviewed two years of case records to find out where support broke down",
			"Agreed an information-sharing protocol with the police and children's services",
			"Recruited and trained a small team of specialist workers", "Piloted the approach with twenty children",
			"Asked children and parents for feedback after each session",
			"Added the new process to the case management system", "Presented early results to the management board",
			"Rolled the approach out to all case managers", "Commissioned an independent evaluation",
			"Set up a monthly meeting with partners to review cases", "Wrote a short guide for new staff",
			"Agreed funding for a further two years" };

	private static final String[] PUBLISHERS = { "Youth Justice Board", "HM Inspectorate of Probation",
			"Ministry of Justice", "Department for Education", "Home Office", "Association of YOT Managers",
			"Centre for Justice Innovation", "Local Government Association", "NHS England", "Ofsted" };

	private static final String[] FORMS = { "guidance", "briefing", "practice note", "inspection findings",
			"research report", "strategy", "toolkit", "effective practice guide" };

	private static final String[] SUBJECTS = { "resettlement", "looked-after children", "county lines",
			"child criminal exploitation", "education and special educational needs", "working with parents",
			"diversion from the formal system", "restorative justice", "speech, language and communication needs",
			"trauma-informed practice", "ethnic disproportionality", "substance misuse" };

	private static final String[] AUDIENCES = { "YJS case managers and team managers", "Heads of service",
			"Police officers working with children", "Social workers in children's services",
			"Staff in secure children's homes and young offender institutions", "Magistrates and legal advisers",
			"Commissioners and management board members", "Education and health partners" };

	private static final String[] COSTS = { "About £300 per child for a twelve-week programme",
			"£45 a session; funded by the violence reduction partnership", "Licence £1,200 a year plus training days",
			"Staff time and room hire, about £2,000 a year", "£850 per family, funded by the local authority" };

	private static final String[] CHANGE_NOTES = { "Updated contact details.",
			"Added the results of the first year's evaluation.", "Corrected the age range.",
			"Updated the costs after the contract was renewed.", "Added a link to the revised guidance.",
			"Clarified who makes referrals and when." };

	private final Random random = new Random(SEED);

	private final Taxonomy taxonomy;

	private final long firstId;

	/** Guidance generated so far, by category, for "This replaces" links. */
	private final List<List<Long>> guidanceIdsByCategory = new ArrayList<>();

	SyntheticCorpus(Taxonomy taxonomy, long firstId) {
		this.taxonomy = taxonomy;
		this.firstId = firstId;
		taxonomy.categoryIds().forEach((category) -> this.guidanceIdsByCategory.add(new ArrayList<>()));
	}

	/** The slug of resource {@code index}: its title in words, then a unique mark. */
	static String slug(String title, int index) {
		String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (words.length() > 80) {
			words = words.substring(0, words.lastIndexOf('-', 80));
		}
		return words + SLUG_MARK + String.format(Locale.ROOT, "%05d", index);
	}

	List<SyntheticResource> generate() {
		List<SyntheticResource> resources = new ArrayList<>(SIZE);
		for (int i = 0; i < SIZE; i++) {
			resources.add(resource(i));
		}
		return resources;
	}

	private SyntheticResource resource(int index) {
		boolean showcase = index == 0;
		int category = showcase ? 0 : category();
		boolean practice = showcase || this.random.nextDouble() < practiceShare(category);
		String status = showcase ? "PUBLISHED" : status();
		Instant published = ANCHOR.minus(Duration.ofSeconds(60 + (long) (this.random.nextDouble() * 3650 * 86_400)));
		Instant created = published.minus(Duration.ofDays(1 + this.random.nextInt(30)));
		Instant publishedAt = switch (status) {
			case "PUBLISHED", "ARCHIVED" -> published;
			default -> null;
		};
		Instant publishAt = status.equals("SCHEDULED") ? ANCHOR.plus(Duration.ofDays(3650 + index)) : null;
		List<ChangeNoteRow> notes = (publishedAt != null && (showcase || this.random.nextDouble() < 0.25))
				? changeNotes(publishedAt, showcase ? 3 : 1 + this.random.nextInt(3)) : List.of();
		Instant updatedAt = notes.isEmpty() ? null : notes.get(notes.size() - 1).at();
		long id = this.firstId + index;
		long categoryId = this.taxonomy.categoryIds().get(category);
		List<Long> topics = pick(this.taxonomy.topicIds(), showcase ? 3 : 1 + this.random.nextInt(3));
		if (practice) {
			String place = PLACES[this.random.nextInt(PLACES.length)];
			String[] service = SERVICES[this.random.nextInt(SERVICES.length)];
			String what = PRACTICES[this.random.nextInt(PRACTICES.length)];
			String title = place + " " + service[1] + ": " + what;
			String summary = place + " " + service[0] + " introduced " + what + ". "
					+ OUTCOMES[this.random.nextInt(OUTCOMES.length)] + ".";
			int ageMin = 10 + this.random.nextInt(5);
			boolean aged = showcase || this.random.nextDouble() < 0.85;
			String cost = showcase ? "NONE" : costKind();
			List<Long> contacts = pick(this.taxonomy.contactIds(), showcase ? 2 : 1 + this.random.nextInt(2));
			String description = description(SENTENCES, showcase ? 4 : 1 + this.random.nextInt(4));
			return new SyntheticResource(id, "PRACTICE_EXAMPLE", slug(title, index), title, summary, description,
					status, publishAt, publishedAt, updatedAt, created, categoryId, practiceEvidence(),
					aged ? ageMin : null, aged ? Math.min(18, ageMin + 2 + this.random.nextInt(6)) : null, sex(), cost,
					cost.equals("HAS_COST") ? COSTS[this.random.nextInt(COSTS.length)] : null, contacts.get(0), null,
					null, null, null, topics, contacts, pickText(AIMS, showcase ? 4 : 2 + this.random.nextInt(4)),
					pickText(STEPS, showcase ? 5 : 3 + this.random.nextInt(4)), List.of(), notes);
		}
		String publisher = PUBLISHERS[this.random.nextInt(PUBLISHERS.length)];
		String subject = SUBJECTS[this.random.nextInt(SUBJECTS.length)];
		String form = FORMS[this.random.nextInt(FORMS.length)];
		String title = publisher + ": " + form + " on " + subject;
		String summary = "Published by " + publisher + ": " + form + " on " + subject
				+ ", setting out what youth justice services are expected to do and how to check it is working.";
		String description = description(GUIDANCE_SENTENCES, 1 + this.random.nextInt(4));
		List<Long> earlier = this.guidanceIdsByCategory.get(category);
		Long replaces = (!earlier.isEmpty() && this.random.nextDouble() < 0.05)
				? earlier.get(this.random.nextInt(earlier.size())) : null;
		earlier.add(id);
		String slug = slug(title, index);
		return new SyntheticResource(id, "GUIDANCE_DOCUMENT", slug, title, summary, description, status, publishAt,
				publishedAt, updatedAt, created, categoryId,
				(this.random.nextDouble() < 0.3)
						? this.taxonomy.evidenceIds().get(this.random.nextInt(this.taxonomy.evidenceIds().size()))
						: null,
				null, null, "NOT_APPLICABLE", "NOT_STATED", null, null, publisher,
				"https://www.example.org.uk/guidance/" + slug, replaces,
				LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC).plusDays(30 + this.random.nextInt(700)), topics, List.of(),
				List.of(), List.of(), pickText(AUDIENCES, 1 + this.random.nextInt(3)), notes);
	}

	/** 40% in the first category, the rest spread evenly over the others. */
	private int category() {
		int count = this.taxonomy.categoryIds().size();
		if (count == 1 || this.random.nextDouble() < 0.40) {
			return 0;
		}
		return 1 + this.random.nextInt(count - 1);
	}

	/**
	 * The first category holds mostly practice examples, the last mostly guidance, the
	 * rest a mix.
	 */
	private double practiceShare(int category) {
		if (category == 0) {
			return 0.85;
		}
		return (category == this.taxonomy.categoryIds().size() - 1) ? 0.10 : 0.55;
	}

	private String status() {
		double roll = this.random.nextDouble();
		if (roll < 0.92) {
			return "PUBLISHED";
		}
		if (roll < 0.96) {
			return "DRAFT";
		}
		return (roll < 0.98) ? "ARCHIVED" : "SCHEDULED";
	}

	private String costKind() {
		double roll = this.random.nextDouble();
		if (roll < 0.50) {
			return "NONE";
		}
		return (roll < 0.85) ? "HAS_COST" : "NOT_STATED";
	}

	private String sex() {
		double roll = this.random.nextDouble();
		if (roll < 0.90) {
			return "NOT_APPLICABLE";
		}
		return (roll < 0.95) ? "MALE" : "FEMALE";
	}

	/**
	 * Evidence labels in their display order, weighted towards the middle; a few none.
	 */
	private Long practiceEvidence() {
		List<Long> evidence = this.taxonomy.evidenceIds();
		double roll = this.random.nextDouble();
		if (roll < 0.05 || evidence.isEmpty()) {
			return null;
		}
		double[] weights = { 0.15, 0.30, 0.35, 0.20 };
		double cumulative = 0.05;
		for (int i = 0; i < evidence.size() - 1 && i < weights.length; i++) {
			cumulative += weights[i] * 0.95;
			if (roll < cumulative) {
				return evidence.get(i);
			}
		}
		return evidence.get(evidence.size() - 1);
	}

	private String description(String[] pool, int paragraphs) {
		StringBuilder markdown = new StringBuilder();
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0) {
				markdown.append("\n\n");
			}
			if (p == 1 && this.random.nextBoolean()) {
				markdown.append("Key features include:\n- ")
					.append(String.join("\n- ", pickText(FEATURES, 3 + this.random.nextInt(3))));
				continue;
			}
			List<String> sentences = pickText(pool, 3 + this.random.nextInt(3));
			if (p == 0) {
				sentences.set(0, "**" + sentences.get(0).replace(".", "") + ".**");
			}
			markdown.append(String.join(" ", sentences));
		}
		return markdown.toString().strip();
	}

	private List<ChangeNoteRow> changeNotes(Instant publishedAt, int count) {
		List<ChangeNoteRow> notes = new ArrayList<>();
		long span = Duration.between(publishedAt, ANCHOR).getSeconds();
		long at = 0;
		for (int i = 0; i < count; i++) {
			at += 1 + (long) (this.random.nextDouble() * (span - at - 1) / 2);
			notes.add(new ChangeNoteRow(publishedAt.plusSeconds(at),
					CHANGE_NOTES[this.random.nextInt(CHANGE_NOTES.length)]));
		}
		return notes;
	}

	private List<Long> pick(List<Long> from, int count) {
		Set<Long> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, from.size())) {
			chosen.add(from.get(this.random.nextInt(from.size())));
		}
		return new ArrayList<>(chosen);
	}

	private List<String> pickText(String[] from, int count) {
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, from.length)) {
			chosen.add(from[this.random.nextInt(from.length)]);
		}
		return new ArrayList<>(chosen);
	}

	/**
	 * The demo content's categories and evidence labels (in display order), topics and
	 * contact cards (by slug), by id.
	 */
	record Taxonomy(List<Long> categoryIds, List<Long> topicIds, List<Long> evidenceIds, List<Long> contactIds) {
	}

	/** A public change note. */
	record ChangeNoteRow(Instant at, String note) {
	}

	/**
	 * One row of the resource table with its collections, as the JDBC writer needs it.
	 */
	record SyntheticResource(long id, String kind, String slug, String title, String summary, String description,
			String status, Instant publishAt, Instant publishedAt, Instant updatedAt, Instant createdAt,
			long categoryId, Long evidenceId, Integer ageMin, Integer ageMax, String sex, String costKind,
			String costText, Long sourceOrganisationId, String publisher, String externalUrl, Long replacesId,
			LocalDate reviewDueOn, List<Long> topicIds, List<Long> contactIds, List<String> aims, List<String> steps,
			List<String> audience, List<ChangeNoteRow> changeNotes) {
	}

}
