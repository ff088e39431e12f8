package uk.youthjustice.library.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.system.PublicAddress;

/**
 * Gets a new set-password link to its owner: by email when a mail server is configured
 * ({@code spring.mail.host}), otherwise by showing it to the administrator to pass on.
 * The mail is sent after the link is saved, outside the transaction.
 */
@Component
class SetPasswordLinkSender {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Logger log = LoggerFactory.getLogger(SetPasswordLinkSender.class);

	private final UserAdministration administration;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final PublicAddress address;

	private final String from;

	SetPasswordLinkSender(UserAdministration administration, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, PublicAddress address,
			@Value("${library.mail.from:${library.contact-email:}}") String from) {
		this.administration = administration;
		this.mail = mail;
		this.messages = messages;
		this.address = address;
		this.from = from;
	}

	/** Issues a link for the account and delivers it. */
	LinkSent send(long accountId, Locale locale) {
		UserAdministration.LinkFor issued = this.administration.issueLink(accountId);
		String url = this.address.of(issued.link().path());
		JavaMailSender sender = this.mail.getIfAvailable();
		Delivery delivery = Delivery.SHOW;
		if (sender != null) {
			delivery = email(sender, issued, url, locale) ? Delivery.EMAILED : Delivery.EMAIL_FAILED;
		}
		// An emailed link is not shown: only its owner should hold it.
		return new LinkSent(accountId, issued.email(), issued.displayName(),
				(delivery == Delivery.EMAILED) ? null : url, issued.link().expiresAt(), delivery);
	}

	private boolean email(JavaMailSender sender, UserAdministration.LinkFor issued, String url, Locale locale) {
		SimpleMailMessage message = new SimpleMailMessage();
		if (!this.from.isBlank()) {
			message.setFrom(this.from);
		}
		message.setTo(issued.email());
		message.setSubject(this.messages.getMessage("accounts.mail.subject", null, locale));
		message.setText(this.messages.getMessage("accounts.mail.body",
				new Object[] { issued.displayName(), url, format(issued.link().expiresAt(), "h:mma", locale),
						format(issued.link().expiresAt(), "d MMMM yyyy", locale) },
				locale));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not email a set-password link to account {}: {}", issued.accountId(), ex.getMessage());
			return false;
		}
	}

	private static String format(Instant at, String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(LONDON).format(at);
	}

	/** How a link reached its owner. */
	enum Delivery {

		/** No mail server: the administrator passes it on. */
		SHOW,

		/** Sent by email. */
		EMAILED,

		/** The mail server refused it: the administrator passes it on. */
		EMAIL_FAILED

	}

	/**
	 * What the confirmation page says, carried over a redirect in the session.
	 *
	 * @param accountId whose link it is
	 * @param email their email address
	 * @param displayName their name
	 * @param url the link to pass on, or {@code null} when it was emailed
	 * @param expiresAt when it stops working
	 * @param delivery how it reached them
	 */
	record LinkSent(long accountId, String email, String displayName, String url, Instant expiresAt,
			Delivery delivery) implements Serializable {
	}

}
