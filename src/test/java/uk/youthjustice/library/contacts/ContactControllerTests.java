package uk.youthjustice.library.contacts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory and card pages as HTML, over a mocked repository: the grouping and the
 * region filter are the real {@link ContactDirectory}'s.
 */
// Sign-in rules are the accounts module's, tested there and in the browser tests.
@WebMvcTest(ContactController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ContactDirectory.class)
class ContactControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ContactCardRepository cards;

	@MockitoBean
	ContactUsage usage;

	private final ContactCard kwame = card("lambeth-kwame", "Lambeth Youth Offending Service", "Kwame Mensah",
			"London");

	private final ContactCard nadia = card("level-ground-nadia", "Level Ground Sports Trust", "Nadia Hussain",
			"London");

	private final ContactCard zoe = card("leeds-zoe", "Leeds Youth Justice Service", "Zoe Adams",
			"Yorkshire and the Humber");

	private final ContactCard amira = card("leeds-amira", "Leeds Youth Justice Service", "Amira Patel",
			"Yorkshire and the Humber");

	// Lower case on purpose: it must still sort before "Leeds".
	private final ContactCard rebecca = card("bradford-rebecca", "bradford youth justice service", "Rebecca Holroyd",
			"Yorkshire and the Humber");

	private final ContactCard trust = card("zed-trust", "Zed Housing Trust", null, "  ");

	private final ContactCard anywhere = card("anywhere-trust", "Anywhere Mentoring", "Sam Lee", null);

	@BeforeEach
	void directory() {
		given(this.cards.findDistinctRegions())
			.willReturn(Arrays.asList("Yorkshire and the Humber", null, "London", "  "));
		given(this.cards.findAll())
			.willReturn(List.of(this.trust, this.zoe, this.kwame, this.anywhere, this.amira, this.rebecca, this.nadia));
	}

	@Test
	void groupsByRegionThenOrganisationAlphabeticallyWithRegionNotRecordedLast() throws Exception {
		Document page = page("/contacts");

		assertThat(page.select("main h2").eachText()).containsExactly("London", "Yorkshire and the Humber",
				"Region not recorded");
		assertThat(page.select("main h3").eachText()).containsExactly("Lambeth Youth Offending Service",
				"Level Ground Sports Trust", "bradford youth justice service", "Leeds Youth Justice Service",
				"Anywhere Mentoring", "Zed Housing Trust");
		assertThat(page.select("main h4").eachText()).containsExactly("Kwame Mensah", "Nadia Hussain",
				"Rebecca Holroyd", "Amira Patel", "Zoe Adams", "Sam Lee", "Zed Housing Trust");
		assertThat(page.select("main h4 a").eachAttr("href")).startsWith("/contacts/lambeth-kwame",
				"/contacts/level-ground-nadia");
		assertThat(page.select("[role=status]").text()).isEqualTo("7 contacts in 6 organisations");
		assertThat(page.select("title").text()).isEqualTo("Contacts – Youth Justice Practice Library");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Contacts");
		assertThat(page.select(".govuk-breadcrumbs__link").eachText()).containsExactly("Home");
	}

	@Test
	void regionFilterIsAPlainGetFormWithEveryRegion() throws Exception {
		Document page = page("/contacts");

		assertThat(page.select("form.library-contact-filter").attr("method")).isEqualTo("get");
		assertThat(page.select("form.library-contact-filter").attr("action")).isEqualTo("/contacts");
		assertThat(page.select("select#region option").eachText()).containsExactly("All regions", "London",
				"Yorkshire and the Humber", "Region not recorded");
		assertThat(page.select("select#region option").eachAttr("value")).containsExactly("", "London",
				"Yorkshire and the Humber", "not-recorded");
		assertThat(page.select("label[for=region]").text()).isEqualTo("Region");
		assertThat(page.select("option[selected]")).isEmpty();
	}

	@Test
	void showsOneRegionIgnoringCase() throws Exception {
		given(this.cards.findInRegion("London")).willReturn(List.of(this.nadia, this.kwame));

		Document page = page("/contacts?region=london");

		assertThat(page.select("main h2").eachText()).containsExactly("London");
		assertThat(page.select("main h4").eachText()).containsExactly("Kwame Mensah", "Nadia Hussain");
		assertThat(page.select("[role=status]").text()).isEqualTo("2 contacts in 2 organisations");
		assertThat(page.select("option[selected]").text()).isEqualTo("London");
		assertThat(page.select("a[href=/contacts]").eachText()).contains("Show contacts in all regions");
	}

	@Test
	void showsCardsWithoutARegion() throws Exception {
		given(this.cards.findWithoutRegion()).willReturn(List.of(this.trust, this.anywhere));

		Document page = page("/contacts?region=not-recorded");

		assertThat(page.select("main h2").eachText()).containsExactly("Region not recorded");
		assertThat(page.select("main h3").eachText()).containsExactly("Anywhere Mentoring", "Zed Housing Trust");
		assertThat(page.select("[role=status]").text()).isEqualTo("2 contacts in 2 organisations");
		assertThat(page.select("option[selected]").attr("value")).isEqualTo("not-recorded");
	}

	@Test
	void eachCardLinksItsTelephoneEmailAndWebSite() throws Exception {
		this.amira.setRole("Resettlement lead");
		this.amira.setTelephone("0113 496 0123");
		this.amira.setEmail("amira.patel@yjs.example.org.uk");
		this.amira.setWebsite("https://www.example.org.uk/leeds");
		this.zoe.setWebsite("javascript:alert(1)");

		Document page = page("/contacts");

		Elements card = page.select("li.library-contact-list__item:has(a[href=/contacts/leeds-amira])");
		assertThat(card.select("p").text()).isEqualTo("Resettlement lead");
		assertThat(card.select("a[href^=tel:]").attr("href")).isEqualTo("tel:01134960123");
		assertThat(card.select("a[href^=tel:]").text()).isEqualTo("0113 496 0123");
		assertThat(card.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:amira.patel@yjs.example.org.uk");
		assertThat(card.select("a[href^=mailto:]").text()).isEqualTo("amira.patel@yjs.example.org.uk");
		assertThat(card.select("a[href^=https:]").attr("href")).isEqualTo("https://www.example.org.uk/leeds");
		assertThat(card.select("dt").eachText()).containsExactly("Telephone", "Email", "Website");
		assertThat(page.select("a[href^=javascript:]")).isEmpty();
	}

	@Test
	void anUnknownRegionShowsEveryContactAndSaysSo() throws Exception {
		Document page = page("/contacts?region=Atlantis");

		assertThat(page.select(".govuk-inset-text").text())
			.isEqualTo("We do not have contacts in the region you asked for, so contacts in all regions are shown.");
		assertThat(page.select("[role=status]").text()).isEqualTo("7 contacts in 6 organisations");
		assertThat(page.select("option[selected]")).isEmpty();
		assertThat(page.html()).doesNotContain("Atlantis");
	}

	@Test
	void notRecordedIsUnknownWhenEveryCardHasARegion() throws Exception {
		given(this.cards.findDistinctRegions()).willReturn(List.of("London"));

		Document page = page("/contacts?region=not-recorded");

		assertThat(page.select("select#region option").eachText()).containsExactly("All regions", "London");
		assertThat(page.select(".govuk-inset-text")).hasSize(1);
		then(this.cards).should(never()).findWithoutRegion();
	}

	@Test
	void hostileOrHugeRegionsGiveTheOrdinaryPageAndAreNeverEchoed() throws Exception {
		String script = "<script>alert('contacts')</script>";
		String huge = "r".repeat(5_000);
		for (String region : List.of(script, huge, "", " ", "London\u0000")) {
			String html = this.mvc.perform(get("/contacts?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain("alert('contacts')").doesNotContain("alert(&#39;contacts&#39;)");
			assertThat(html).doesNotContain("rrrrrrrrrr");
			assertThat(Jsoup.parse(html).select("main h2")).isNotEmpty();
		}
		then(this.cards).should(never()).findInRegion(any());
	}

	@Test
	void cardPageShowsEveryFieldAndItsPublicResources() throws Exception {
		ContactCard card = card("leeds-yjs-amira-patel", "Leeds Youth Justice Service", "Amira Patel",
				"Yorkshire and the Humber");
		card.setRole("Resettlement lead");
		card.setTelephone("0113 496 0123");
		card.setEmail("amira.patel@yjs.example.org.uk");
		card.setWebsite("https://www.example.org.uk/leeds-youth-justice");
		card.setLastVerifiedOn(LocalDate.of(2025, 3, 3));
		given(this.cards.findBySlug("leeds-yjs-amira-patel")).willReturn(Optional.of(card));
		given(this.usage.publicResourcesFor(card)).willReturn(List.of(
				new LinkedResource("leeds-resettlement", "Resettlement policy", "resource.kind.PRACTICE_EXAMPLE",
						"Planning from the first day."),
				new LinkedResource("custody-guidance", "Custody guidance", "resource.kind.GUIDANCE_DOCUMENT", null)));

		Document page = page("/contacts/leeds-yjs-amira-patel");

		assertThat(page.select("h1").text()).isEqualTo("Amira Patel");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Leeds Youth Justice Service");
		assertThat(page.select("title").text())
			.isEqualTo("Amira Patel, Leeds Youth Justice Service – Youth Justice Practice Library");
		assertThat(page.select(".govuk-summary-list__row").eachText()).containsExactly(
				"Organisation Leeds Youth Justice Service", "Name Amira Patel", "Role Resettlement lead",
				"Telephone 0113 496 0123", "Email amira.patel@yjs.example.org.uk",
				"Website https://www.example.org.uk/leeds-youth-justice", "Region Yorkshire and the Humber",
				"Last verified 3 March 2025");
		assertThat(page.select(".govuk-summary-list a").eachAttr("href")).containsExactly("tel:01134960123",
				"mailto:amira.patel@yjs.example.org.uk", "https://www.example.org.uk/leeds-youth-justice");
		assertThat(page.select(".govuk-breadcrumbs__link").eachText()).containsExactly("Home", "Contacts");
		assertThat(page.select(".govuk-breadcrumbs__link").eachAttr("href")).containsExactly("/", "/contacts");
		assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Contacts");
		assertThat(page.select("#resources-heading").text()).isEqualTo("Resources with this contact");
		assertThat(page.select(".library-resource-list__item h3 a").eachAttr("href"))
			.containsExactly("/resources/leeds-resettlement", "/resources/custody-guidance");
		assertThat(page.select(".library-resource-list__item").eachText()).containsExactly(
				"Resettlement policy Planning from the first day. Type Practice example",
				"Custody guidance Type Guidance");
	}

	@Test
	void cardWithoutAPersonOrResourcesIsNamedByItsOrganisation() throws Exception {
		ContactCard card = card("zed-trust", "Zed Housing Trust", null, null);
		given(this.cards.findBySlug("zed-trust")).willReturn(Optional.of(card));
		given(this.usage.publicResourcesFor(card)).willReturn(List.of());

		Document page = page("/contacts/zed-trust");

		assertThat(page.select("h1").text()).isEqualTo("Zed Housing Trust");
		assertThat(page.select(".govuk-caption-l")).isEmpty();
		assertThat(page.select("title").text()).isEqualTo("Zed Housing Trust – Youth Justice Practice Library");
		assertThat(page.select(".govuk-summary-list__row").eachText())
			.containsExactly("Organisation Zed Housing Trust");
		assertThat(page.select("main").text()).contains("No published resources name this contact at the moment.");
		assertThat(page.select(".library-resource-list")).isEmpty();
	}

	@Test
	void unknownSlugIsNotFound() throws Exception {
		given(this.cards.findBySlug(any())).willReturn(Optional.empty());

		this.mvc.perform(get("/contacts/no-such-contact")).andExpect(status().isNotFound());
		this.mvc.perform(get("/contacts/" + "s".repeat(5_000))).andExpect(status().isNotFound());
		this.mvc.perform(get("/contacts/" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEmptyDirectorySaysSo() throws Exception {
		given(this.cards.findDistinctRegions()).willReturn(List.of());
		given(this.cards.findAll()).willReturn(List.of());

		Document page = page("/contacts");

		assertThat(page.select("[role=status]").text()).isEqualTo("There are no contacts in the directory yet.");
		assertThat(page.select("main h2")).isEmpty();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static ContactCard card(String slug, String organisation, String personName, String region) {
		ContactCard card = new ContactCard(slug, organisation);
		card.setPersonName(personName);
		card.setRegion(region);
		return card;
	}

}
