package uk.youthjustice.library.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain rules of the sharing module, and the promises the public text makes about them.
 */
class SharingRulesTests {

	@Test
	void descriptionsAreSplitIntoParagraphsOfLines() {
		assertThat(SubmissionDetail.paragraphs("One\ntwo\n\n\n  \nThree  \n\n")).containsExactly(List.of("One", "two"),
				List.of("Three"));
		assertThat(SubmissionDetail.paragraphs("")).isEmpty();
	}

	@Test
	void textIsTidiedAsItIsBoundAndListsStayEditable() {
		ShareForm form = new ShareForm(" Sam\u0007 ", null, null, null, null, null, null, null, null, null, null, null,
				null, java.util.Arrays.asList(" aim\r\none ", null), null, "a\r\n\r\nb\u0000", null, null, null, null,
				null, null, null, null);
		assertThat(form.name()).isEqualTo("Sam");
		assertThat(form.email()).isEmpty();
		assertThat(form.aims()).containsExactly("aim\none", "");
		assertThat(form.description()).isEqualTo("a\n\nb");
		assertThat(form.topics()).isEmpty();
		form.list("aims").add("");
		form.list("steps").add("");
		assertThat(form.list("aims")).hasSize(3);
		assertThat(form.list("website")).isNull();
		assertThat(form.isFromRobot()).isFalse();
	}

	@Test
	void thePrivacyNoticeAndConfirmationStateTheRetentionTheCodeApplies() throws IOException {
		String period = Submissions.RETENTION.getMonths() + " months";
		assertThat(Submissions.RETENTION.getYears()).isZero();
		assertThat(Submissions.RETENTION.getDays()).isZero();
		Properties information = load("information");
		assertThat(information.getProperty("information.privacy.sharing-practice.retention")).contains(period);
		assertThat(information.getProperty("information.privacy.retention.sharing")).contains(period);
		assertThat(load("sharing").getProperty("sharing.sent.next.delete")).contains(period);
		assertThat(load("sharing").getProperty("sharing.submission.personal-deleted")).contains(period);
	}

	@Test
	void theCookiesPageNamesTheShareForm() throws IOException {
		assertThat(load("information").getProperty("information.cookies.necessary.body"))
			.contains("Share your practice form");
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/" + bundle + ".properties"))) {
			properties.load(in);
		}
		return properties;
	}

}
