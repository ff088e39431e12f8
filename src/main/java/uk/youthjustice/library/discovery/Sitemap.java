package uk.youthjustice.library.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Service;

import uk.youthjustice.library.catalogue.ListingPage.ListedBy;
import uk.youthjustice.library.catalogue.Publications;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.catalogue.PublishedIndex;

/**
 * The sitemap (sitemaps.org protocol 0.9): every public page, and for each public
 * resource when it last changed. Drafts, scheduled and archived resources are never in
 * it.
 */
@Service
class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> INFORMATION_PAGES = List.of("/accessibility", "/privacy", "/cookies",
			"/open-data");

	private final Publications publications;

	private final ContactDirectory contacts;

	private final PublicLinks links;

	Sitemap(Publications publications, ContactDirectory contacts, PublicLinks links) {
		this.publications = publications;
		this.contacts = contacts;
		this.links = links;
	}

	byte[] xml() {
		PublishedIndex index = this.publications.index();
		List<String> contactSlugs = this.contacts.slugs();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// A factory is not promised to be thread-safe: one per sitemap.
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
				.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			url(xml, this.links.of("/"), null);
			for (String slug : index.categorySlugs()) {
				url(xml, this.links.listing(ListedBy.CATEGORY, slug), null);
			}
			for (String slug : index.topicSlugs()) {
				url(xml, this.links.listing(ListedBy.TOPIC, slug), null);
			}
			for (PublishedIndex.Page page : index.resources()) {
				url(xml, this.links.resource(page.slug()), page.updated());
			}
			url(xml, this.links.of("/contacts"), null);
			for (String slug : contactSlugs) {
				url(xml, this.links.contact(slug), null);
			}
			for (String path : INFORMATION_PAGES) {
				url(xml, this.links.of(path), null);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the sitemap", ex);
		}
		return out.toByteArray();
	}

	private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "url");
		element(xml, "loc", location);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
