package uk.youthjustice.library.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.node.ObjectNode;

/**
 * Zips for the import's tests, written entry by entry as a hand-made or hostile export
 * would be.
 */
final class TestZips {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	static TestZips with(ObjectNode manifest) {
		return new TestZips().entry(Manifest.ENTRY, manifest.toPrettyString());
	}

	TestZips entry(String name, String text) {
		return entry(name, text.getBytes(StandardCharsets.UTF_8));
	}

	TestZips entry(String name, byte[] bytes) {
		this.entries.put(name, bytes);
		return this;
	}

	Path writeTo(Path folder) throws IOException {
		Path zip = Files.createTempFile(folder, "export-", ".zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : this.entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	/** A small manifest of format version 1: one of each item, one attached file. */
	static ObjectNode manifest(String sha256, long size) {
		ObjectNode root = ManifestJson.MAPPER.createObjectNode();
		root.put("formatVersion", Manifest.FORMAT_VERSION);
		root.putArray("categories").addObject().put("slug", "night-work").put("name", "Night work").put("position", 1);
		root.putArray("topics").addObject().put("slug", "boats").put("name", "Boats");
		root.putArray("evidenceLabels").addObject().put("slug", "tried-once").put("name", "Tried once");
		root.putArray("contactCards")
			.addObject()
			.put("slug", "harbour-team")
			.put("organisation", "Harbour Youth Team")
			.put("personName", "Ada Pike")
			.put("email", "ada.pike@harbour.example");
		root.putArray("users")
			.addObject()
			.put("email", "keeper@harbour.example")
			.put("displayName", "Lighthouse Keeper")
			.put("enabled", true)
			.putArray("roles")
			.add("EDITOR");
		ObjectNode resource = root.putArray("resources").addObject();
		resource.put("slug", "rowing-at-night")
			.put("kind", "PRACTICE_EXAMPLE")
			.put("status", "PUBLISHED")
			.put("title", "Rowing at night")
			.put("summary", "A rowing club that meets after dark.")
			.put("publishedAt", "2024-03-01T10:00:00Z")
			.put("category", "night-work")
			.put("evidenceLabel", "tried-once")
			.put("ageMin", 12)
			.put("ageMax", 17)
			.put("sourceOrganisation", "harbour-team");
		resource.putArray("aims").add("Keep young people on the water");
		resource.putArray("topics").add("boats");
		resource.putArray("contactCards").add("harbour-team");
		resource.putArray("changeNotes")
			.addObject()
			.put("changedAt", "2024-04-01T09:00:00Z")
			.put("note", "Added the winter timetable.");
		resource.putArray("previousSlugs")
			.addObject()
			.put("slug", "rowing-after-dark")
			.put("retiredAt", "2024-03-15T09:00:00Z");
		resource.putArray("attachments")
			.addObject()
			.put("title", "Timetable")
			.put("fileName", "timetable.txt")
			.put("mediaType", "text/plain")
			.put("sizeBytes", size)
			.put("sha256", sha256)
			.put("file", Manifest.fileEntry(sha256));
		return root;
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
