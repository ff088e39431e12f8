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
 *
 * <p>
 * A {@link Shape} sets the size and, for the search benchmark, the longer descriptions
 * and attached documents. Those come from a random source of each resource's own, so that
 * the resources themselves are the same in every shape.
 */
final class SyntheticCorpus {

	static final long SEED = 20_261_102L;

	/** Published dates are spread over the ten years before this fixed moment. */
	static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");

	/** Synthetic slugs end with this and a five-digit number; demo slugs never do. */
	static final String SLUG_MARK = "-s";

	private static final String[] PLACES = { "Leeds", "Bradford", "Birmingham", "Manchester", "Liverpool", "Newcastle",
			"Nottingham", "Lambeth", "Bristol", "Cardiff", "Reading", "Norfolk", "Sheffield", "Hull", "York",
			"Wakefield", "Kirklees", "Calderdale", "Sunderland", "Durham", "Cumbria", "Lancashire", "Blackpool",
			"Wigan", "Salford", "Stockport", "Derby", "Leicester", "Coventry", "Wolverhampton", "Sandwell", "Oxford",
			"Kent", "Surrey", "Essex", "Southwark", "Hackney", "Croydon", "Plymouth", "Swansea", "Newport", "Cornwall",
			"Devon", "Hampshire", "Brighton and Hove", "Barnsley", "Rotherham", "Doncaster", "Gateshead",
			"North Tyneside", "South Tyneside", "Middlesbrough", "Stockton-on-Tees", "Darlington", "Hartlepool",
			"Bolton", "Bury", "Oldham", "Rochdale", "Tameside", "Trafford", "Knowsley", "Sefton", "St Helens", "Wirral",
			"Cheshire", "Warrington", "Stoke-on-Trent", "Staffordshire", "Shropshire", "Telford and Wrekin",
			"Herefordshire", "Worcestershire", "Warwickshire", "Solihull", "Dudley", "Walsall", "Northamptonshire",
			"Lincolnshire", "Suffolk", "Cambridgeshire", "Peterborough", "Luton", "Bedford", "Milton Keynes",
			"Buckinghamshire", "Hertfordshire", "Slough", "Swindon", "Wiltshire", "Somerset", "Dorset", "Torbay",
			"Southampton", "Portsmouth", "Isle of Wight", "West Sussex", "East Sussex", "Medway", "Thurrock",
			"Southend-on-Sea", "Islington", "Camden", "Haringey", "Enfield", "Barnet", "Ealing", "Brent", "Newham",
			"Tower Hamlets", "Greenwich", "Lewisham", "Wandsworth", "Wrexham", "Flintshire", "Conwy", "Gwynedd",
			"Powys", "Carmarthenshire", "Pembrokeshire", "Neath Port Talbot", "Bridgend", "Rhondda Cynon Taf",
			"Caerphilly", "Torfaen" };

	private static final String[][] SERVICES = { { "Youth Justice Service", "YJS" },
			{ "Youth Offending Service", "YOS" }, { "Youth Offending Team", "YOT" } };

	private static final String[] PRACTICES = { "a communication passport shared with magistrates",
			"a mentoring scheme run with a local football club", "reparation projects run with the local park rangers",
			"a trauma-informed approach to breaches of court orders",
			"joint visits with social workers for looked-after children", "a diversion panel for first-time entrants",
			"a helpline for parents and carers on weekday evenings",
			"education advocates for children excluded from school",
			"a county lines response with the police and social care",
			"a peer support group run by former service users",
			"a resettlement broker for children moving between areas",
			"a drop-in clinic with the substance misuse team", "out-of-court disposals reviewed by a scrutiny panel",
			"weekend outreach in parks and transport hubs", "a reading programme for children on referral orders",
			"family group conferences before sentencing", "a transitions protocol with the probation service",
			"climbing and outdoor sessions paired with one-to-one support",
			"a disproportionality audit of charging decisions", "emotional health workers seconded into the team",
			"a shared risk meeting for exploited children", "supported lodgings for children leaving custody",
			"victim contact work led by trained volunteers", "a referral pathway for the National Referral Mechanism",
			"reparation projects chosen by local residents", "an intensive support offer after a knife arrest",
			"bail support packages for children remanded overnight", "a health passport for children in the system",
			"youth work in custody suites on Friday nights", "careers coaching for sixteen and seventeen year olds",
			"a cooking and budgeting course for care leavers", "music production workshops in the youth centre",
			"a sexual health clinic held at the team's office", "dog walking volunteering as reparation",
			"a bike repair project for children on referral orders", "a weekly drop-in run by the police cadets",
			"a pre-court diversion offer for children found with cannabis", "mediation between neighbours after harm",
			"a knife crime awareness session in secondary schools", "a street-based team in the town centre",
			"a gym membership scheme with a local leisure trust",
			"a dyslexia screening project with the library service", "an allotment project for children on orders",
			"a peer mentoring scheme in the secure children's home",
			"a night-time economy patrol with detached youth workers", "a summer programme for children at risk",
			"a motor vehicle project for children caught joyriding", "a drama project about consent and respect",
			"daily check-ins by text message during the first month", "a welfare rights adviser for families",
			"an emotional literacy course for boys aged twelve to fifteen",
			"joint home visits with the early help team", "a driving theory course for young people on licence",
			"a fire service course for children who set fires" };

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
			"Centre for Justice Innovation", "Local Government Association", "NHS England", "Ofsted",
			"Welsh Government", "Care Quality Commission", "Crown Prosecution Service", "Sentencing Council",
			"Judicial College", "Children's Commissioner for England", "Howard League for Penal Reform", "Nacro",
			"Barnardo's", "Catch22", "Prison Reform Trust", "Alliance for Youth Justice", "Youth Justice Legal Centre",
			"Police and Crime Commissioner", "College of Policing", "Office for Health Improvement and Disparities" };

	private static final String[] FORMS = { "guidance", "briefing", "practice note", "inspection findings",
			"research report", "strategy", "toolkit", "effective practice guide", "thematic inspection",
			"annual report", "consultation response", "evidence review", "position statement", "case study collection",
			"data briefing", "standards framework" };

	private static final String[] SUBJECTS = { "resettlement", "looked-after children", "county lines",
			"child criminal exploitation", "education and special educational needs", "working with parents",
			"diversion from the formal system", "restorative justice", "speech, language and communication needs",
			"trauma-informed practice", "ethnic disproportionality", "substance misuse", "serious violence",
			"out-of-court disposals", "remand and bail", "custody and the secure estate", "mental health",
			"girls in the justice system", "transitions to adult services", "victims", "health needs", "gangs",
			"knife crime", "prevention", "case management", "child first practice", "workforce development" };

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

	/**
	 * Categories the search benchmark's library adds to the demo ones: a library of
	 * 100,000 resources files them more finely.
	 */
	static final String[] EXTRA_CATEGORIES = { "Inspection findings", "Workforce and training", "Health and wellbeing",
			"Victims and restorative practice" };

	/** Topics it adds. */
	static final String[] EXTRA_TOPICS = { "Serious violence", "Knife crime", "Gangs", "Mental health",
			"Girls and young women", "Transitions to adult services", "Bail and remand", "Out-of-court disposals",
			"Victims", "Child first", "Workforce development", "Health needs", "Custody", "Youth courts",
			"Neurodiversity", "Sport and physical activity" };

	private static final String[] FIRST_NAMES = { "Aisha", "Ben", "Chloe", "Dylan", "Efua", "Fiona", "Gareth", "Hannah",
			"Imran", "Jade", "Kieran", "Lowri", "Mohammed", "Niamh", "Owen", "Paula", "Rhys", "Sana", "Tariq", "Uzma",
			"Victoria", "Wes", "Yasmin", "Zoe" };

	private static final String[] SURNAMES = { "Ahmed", "Bennett", "Clarke", "Davies", "Evans", "Francis", "Grant",
			"Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nwosu", "O'Brien", "Price", "Quinn", "Roberts",
			"Shah", "Thomas", "Usman", "Walker", "Young" };

	private final Random random = new Random(SEED);

	private final Shape shape;

	private final Taxonomy taxonomy;

	private final long firstId;

	/** Guidance generated so far, by category, for "This replaces" links. */
	private final List<List<Long>> guidanceIdsByCategory = new ArrayList<>();

	SyntheticCorpus(Shape shape, Taxonomy taxonomy, long firstId) {
		this.shape = shape;
		this.taxonomy = taxonomy;
		this.firstId = firstId;
		taxonomy.categoryIds().forEach((category) -> this.guidanceIdsByCategory.add(new ArrayList<>()));
	}

	/**
	 * Contact cards the search benchmark's library adds: one service in each place, with
	 * a named manager.
	 */
	static List<ContactRow> extraContacts() {
		List<ContactRow> contacts = new ArrayList<>();
		for (int i = 0; i < PLACES.length; i++) {
			String[] service = SERVICES[i % SERVICES.length];
			String organisation = PLACES[i] + " " + service[0];
			contacts.add(new ContactRow(slug(organisation, i), organisation,
					FIRST_NAMES[i % FIRST_NAMES.length] + " " + SURNAMES[(i * 7) % SURNAMES.length],
					service[1] + " manager"));
		}
		return contacts;
	}

	/** The slug of resource {@code index}: its title in words, then a unique mark. */
	static String slug(String title, int index) {
		return words(title) + SLUG_MARK + String.format(Locale.ROOT, "%05d", index);
	}

	/** A title's words for an address: lower case, hyphenated, at most 80 characters. */
	static String words(String title) {
		String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (words.length() > 80) ? words.substring(0, words.lastIndexOf('-', 80)) : words;
	}

	List<SyntheticResource> generate() {
		List<SyntheticResource> resources = new ArrayList<>(this.shape.size());
		for (int i = 0; i < this.shape.size(); i++) {
			resources.add(extend(resource(i), i));
		}
		return resources;
	}

	/** Adds the shape's extra prose and attached document. */
	private SyntheticResource extend(SyntheticResource resource, int index) {
		if (this.shape.extraParagraphs() == 0 && this.shape.attachmentShare() == 0) {
			return resource;
		}
		Random own = new Random(SEED * 1_000_003L + index);
		StringBuilder description = new StringBuilder(resource.description());
		int paragraphs = 1 + own.nextInt(this.shape.extraParagraphs());
		for (int p = 0; p < paragraphs; p++) {
			description.append("\n\n").append(SyntheticProse.paragraph(own));
		}
		SyntheticAttachment attachment = null;
		if (own.nextDouble() < this.shape.attachmentShare()) {
			String form = FORMS[own.nextInt(FORMS.length)];
			attachment = new SyntheticAttachment(resource.id(),
					Character.toUpperCase(form.charAt(0)) + form.substring(1) + ": "
							+ resource.title().replaceFirst("^[^:]*: ", ""),
					this.shape.pagesPerAttachment(), own.nextLong());
		}
		return resource.with(description.toString(), attachment);
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
					pickText(STEPS, showcase ? 5 : 3 + this.random.nextInt(4)), List.of(), notes, null);
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
				List.of(), List.of(), pickText(AUDIENCES, 1 + this.random.nextInt(3)), notes, null);
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

	/** A contact card. */
	record ContactRow(String slug, String organisation, String personName, String role) {
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
			List<String> audience, List<ChangeNoteRow> changeNotes, SyntheticAttachment attachment) {

		SyntheticResource with(String longerDescription, SyntheticAttachment document) {
			return new SyntheticResource(this.id, this.kind, this.slug, this.title, this.summary, longerDescription,
					this.status, this.publishAt, this.publishedAt, this.updatedAt, this.createdAt, this.categoryId,
					this.evidenceId, this.ageMin, this.ageMax, this.sex, this.costKind, this.costText,
					this.sourceOrganisationId, this.publisher, this.externalUrl, this.replacesId, this.reviewDueOn,
					this.topicIds, this.contactIds, this.aims, this.steps, this.audience, this.changeNotes, document);
		}

	}

	/**
	 * A PDF attached to a resource, as text extraction would have left it: its pages'
	 * text is either written out (the relevance needles) or generated from {@code seed}
	 * when it is needed, so that 200,000 pages are never held at once.
	 */
	record SyntheticAttachment(long resourceId, String title, int pages, long seed, List<String> written) {

		SyntheticAttachment(long resourceId, String title, int pages, long seed) {
			this(resourceId, title, pages, seed, null);
		}

		/** Each page's text: about 250 to 400 words of {@link SyntheticProse#page}. */
		List<String> pageTexts() {
			if (this.written != null) {
				return this.written;
			}
			Random random = new Random(this.seed);
			List<String> texts = new ArrayList<>(this.pages);
			for (int number = 1; number <= this.pages; number++) {
				texts.add(SyntheticProse.page(random, this.title, number, 250 + random.nextInt(150)));
			}
			return texts;
		}

	}

	/**
	 * How many resources, and what the search benchmark adds to each.
	 *
	 * @param size resources
	 * @param extraParagraphs up to this many generated paragraphs added to each
	 * description (none when 0)
	 * @param attachmentShare the share of resources with an attached PDF
	 * @param pagesPerAttachment its pages
	 * @param moreTaxonomy whether to add {@link #EXTRA_CATEGORIES}, {@link #EXTRA_TOPICS}
	 * and {@link #extraContacts()} to the demo content's
	 */
	record Shape(int size, int extraParagraphs, double attachmentShare, int pagesPerAttachment, boolean moreTaxonomy) {

		/** The page-serving benchmark's library. */
		static final Shape PAGES = new Shape(10_000, 0, 0, 0, false);

		/**
		 * The search benchmark's: 100,000 resources, 10% with a 20-page PDF (about
		 * 200,000 pages).
		 */
		static final Shape SEARCH = new Shape(100_000, 3, 0.10, 20, true);

		/**
		 * The fast relevance test's: the search shape's first 3,000, enough for rankings
		 * to matter and quick to index.
		 */
		static final Shape SAMPLE = new Shape(3_000, 3, 0.10, 20, true);

		/** The same shape with another number of resources. */
		Shape withSize(int resources) {
			return new Shape(resources, this.extraParagraphs, this.attachmentShare, this.pagesPerAttachment,
					this.moreTaxonomy);
		}

	}

}
