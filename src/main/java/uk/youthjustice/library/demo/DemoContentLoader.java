package uk.youthjustice.library.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.demo.DemoLibrary.Item.AttachmentRef;
import uk.youthjustice.library.demo.DemoLibrary.Contact;
import uk.youthjustice.library.demo.DemoLibrary.Document;
import uk.youthjustice.library.system.LibraryProperties;
import uk.youthjustice.library.system.LibrarySettings;

/**
 * Fills a new, empty library with demo content on its first start, so a newcomer sees the
 * portal working. Runs once per database: a marker records that it ran, so it never comes
 * back after editors delete the demo items, and a library with content is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoContentLoader implements ApplicationRunner {

	static final String MARKER = "demo-content.loaded-at";

	private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

	private final LibraryProperties properties;

	private final LibrarySettings settings;

	private final Catalogue catalogue;

	private final ContactDirectory contacts;

	private final Attachments attachments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoContentLoader(LibraryProperties properties, LibrarySettings settings, Catalogue catalogue,
			ContactDirectory contacts, Attachments attachments, TransactionTemplate transaction, Clock clock) {
		this.properties = properties;
		this.settings = settings;
		this.catalogue = catalogue;
		this.contacts = contacts;
		this.attachments = attachments;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoContent() || this.settings.get(MARKER).isPresent()) {
			return;
		}
		if (!this.catalogue.isEmpty()) {
			this.settings.put(MARKER, "not loaded: the library already had content");
			return;
		}
		DemoLibrary library = read();
		this.transaction.executeWithoutResult((status) -> {
			load(library);
			this.settings.put(MARKER, this.clock.instant().toString());
		});
		log.info("Loaded demo content: {} resources, {} contact cards, {} attachments.", library.resources().size(),
				library.contacts().size(), library.documents().size());
	}

	private void load(DemoLibrary library) {
		new DemoTaxonomy(this.catalogue).save(library);
		Map<String, ContactCard> cards = new HashMap<>();
		for (Contact contact : library.contacts()) {
			cards.put(contact.key(), this.contacts.save(toCard(contact)));
		}
		Map<String, Document> documents = new HashMap<>();
		library.documents().forEach((document) -> documents.put(document.key(), document));
		new DemoResources(this.catalogue, cards,
				(resourceId, ref) -> attach(resourceId, ref, documents.get(ref.document())))
			.save(library.resources());
	}

	private void attach(Long resourceId, AttachmentRef ref, Document document) {
		try {
			byte[] pdf = DemoPdf.render(document);
			this.attachments.attach(resourceId,
					this.attachments.receive(document.key() + ".pdf", new ByteArrayInputStream(pdf)), ref.title(),
					ref.accessibleFormatOnRequest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not attach demo document " + document.key(), ex);
		}
	}

	private static ContactCard toCard(Contact contact) {
		ContactCard card = new ContactCard(contact.slug(), contact.organisation());
		card.setPersonName(contact.personName());
		card.setRole(contact.role());
		card.setTelephone(contact.telephone());
		card.setEmail(contact.email());
		card.setWebsite(contact.website());
		card.setRegion(contact.region());
		card.setLastVerifiedOn(contact.lastVerifiedOn());
		return card;
	}

	private static DemoLibrary read() {
		try (InputStream json = new ClassPathResource("demo/library.json").getInputStream()) {
			return JsonMapper.builder().findAndAddModules().build().readValue(json, DemoLibrary.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo content is missing from the build", ex);
		}
	}

}
