package uk.youthjustice.library.legacy;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of the old hub that was imported, and the resource it became. */
@Entity
@Table(name = "legacy_import_record")
class LegacyImportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "match_key", nullable = false, length = 64)
	private String matchKey;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "legacy_date")
	private LocalDateTime legacyDate;

	@Column(nullable = false, length = 200)
	private String category;

	@Column(name = "resource_id", nullable = false)
	private Long resourceId;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by", length = 254)
	private String importedBy;

	protected LegacyImportRecord() {
	}

	LegacyImportRecord(String matchKey, ParsedItem item, Long resourceId, Instant importedAt, String importedBy) {
		this.matchKey = matchKey;
		this.title = item.title();
		this.legacyDate = item.date();
		this.category = item.category();
		this.resourceId = resourceId;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
	}

	Long getResourceId() {
		return this.resourceId;
	}

}
