package uk.youthjustice.library.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.springframework.core.io.ClassPathResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks documents against RFC 4287's own RELAX NG schema (test resource atom/atom.rnc)
 * with Jing, as the Nu Html Checker ships it.
 */
final class AtomSchema {

	private AtomSchema() {
	}

	/**
	 * What the schema finds wrong with a document; empty when it is a valid Atom feed.
	 */
	static List<String> errors(byte[] document) {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}

		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		try {
			if (!driver.loadSchema(new InputSource(new ClassPathResource("atom/atom.rnc").getURL().toString()))) {
				throw new IllegalStateException("The Atom schema does not load: " + errors);
			}
			driver.validate(new InputSource(new ByteArrayInputStream(document)));
		}
		catch (SAXException | IOException ex) {
			errors.add(ex.getMessage());
		}
		return errors;
	}

}
