package uk.youthjustice.library.legacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Files uploaded on the import page, kept as text between the dry run and the import, and
 * how the import went.
 */
@Entity
@Table(name = "legacy_import_upload")
class LegacyUpload {

	enum Status {

		READY, IMPORTING, IMPORTED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 36, unique = true)
	private String token;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 254)
	private String uploadedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status = Status.READY;

	@Column(nullable = false)
	private boolean publish;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column
	private String outcome;

	@ElementCollection
	@CollectionTable(name = "legacy_import_upload_file", joinColumns = @JoinColumn(name = "upload_id"))
	@OrderColumn(name = "position")
	private List<File> files = new ArrayList<>();

	protected LegacyUpload() {
	}

	LegacyUpload(String token, Instant uploadedAt, String uploadedBy, List<File> files) {
		this.token = token;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
		this.files.addAll(files);
	}

	String getToken() {
		return this.token;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	Status getStatus() {
		return this.status;
	}

	boolean isPublish() {
		return this.publish;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	String getOutcome() {
		return this.outcome;
	}

	List<File> getFiles() {
		return this.files;
	}

	List<LegacyText> texts() {
		return this.files.stream().map((file) -> new LegacyText(file.name, file.text, file.encoding)).toList();
	}

	void finish(Status status, Instant at, String outcome) {
		this.status = status;
		this.finishedAt = at;
		this.outcome = outcome;
	}

	/** One uploaded file, read as text. */
	@Embeddable
	static class File {

		@Column(nullable = false, length = 255)
		private String name;

		@Column(nullable = false, length = 64)
		private String sha256;

		@Column(nullable = false, length = 40)
		private String encoding;

		@Column(nullable = false)
		private String text;

		protected File() {
		}

		File(String name, String sha256, String encoding, String text) {
			this.name = name;
			this.sha256 = sha256;
			this.encoding = encoding;
			this.text = text;
		}

		String getName() {
			return this.name;
		}

	}

}
