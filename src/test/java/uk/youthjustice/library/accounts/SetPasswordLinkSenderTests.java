package uk.youthjustice.library.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import uk.youthjustice.library.system.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class SetPasswordLinkSenderTests {

	private static final Instant EXPIRES = Instant.parse("2026-03-16T15:45:00Z");

	private final UserAdministration administration = mock(UserAdministration.class);

	private final PublicAddress address = mock(PublicAddress.class);

	private final JavaMailSender mail = mock(JavaMailSender.class);

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	@BeforeEach
	void prepare() {
		this.messages.setBasename("i18n/accounts");
		this.messages.setDefaultEncoding("ISO-8859-1");
		given(this.administration.issueLink(7)).willReturn(new UserAdministration.LinkFor(7, "sam@example.org",
				"Sam Patel", new SetPasswordLinks.IssuedLink("secret-token", EXPIRES)));
		given(this.address.of("/account/password/secret-token"))
			.willReturn("https://library.example.org.uk/account/password/secret-token");
	}

	@Test
	void withoutAMailServerTheLinkIsShownToTheAdministrator() {
		SetPasswordLinkSender.LinkSent sent = sender(null).send(7, Locale.UK);
		assertThat(sent.delivery()).isEqualTo(SetPasswordLinkSender.Delivery.SHOW);
		assertThat(sent.url()).isEqualTo("https://library.example.org.uk/account/password/secret-token");
		assertThat(sent.expiresAt()).isEqualTo(EXPIRES);
	}

	@Test
	void withAMailServerTheLinkIsEmailedAndNotShown() {
		SetPasswordLinkSender.LinkSent sent = sender(this.mail).send(7, Locale.UK);

		assertThat(sent.delivery()).isEqualTo(SetPasswordLinkSender.Delivery.EMAILED);
		assertThat(sent.url()).isNull();
		ArgumentCaptor<SimpleMailMessage> message = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mail).send(message.capture());
		assertThat(message.getValue().getTo()).containsExactly("sam@example.org");
		assertThat(message.getValue().getFrom()).isEqualTo("library@example.org.uk");
		assertThat(message.getValue().getSubject()).contains("Choose your password");
		assertThat(message.getValue().getText()).contains("Hello Sam Patel,")
			.contains("https://library.example.org.uk/account/password/secret-token")
			.contains("3:45pm on 16 March 2026");
	}

	@Test
	void whenTheMailServerFailsTheLinkIsShownInstead() {
		willThrow(new MailSendException("connection refused")).given(this.mail).send(any(SimpleMailMessage.class));
		SetPasswordLinkSender.LinkSent sent = sender(this.mail).send(7, Locale.UK);
		assertThat(sent.delivery()).isEqualTo(SetPasswordLinkSender.Delivery.EMAIL_FAILED);
		assertThat(sent.url()).endsWith("/account/password/secret-token");
	}

	private SetPasswordLinkSender sender(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				(sender != null) ? Map.of("mailSender", sender) : Map.of());
		ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
		return new SetPasswordLinkSender(this.administration, provider, this.messages, this.address,
				"library@example.org.uk");
	}

}
