package uk.youthjustice.library.attachments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.UpdateTimestamp;
import org.springframework.web.util.UriUtils;

/**
 * A file attached to a resource. The bytes live in the content store under their SHA-256;
 * this row holds what readers see before downloading and the text read out of it, a page
 * at a time so that search can say on which page a word was found.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

	/**
	 * Characters a name in a download address may not carry: path separators, and those
	 * the request firewall refuses even when percent-encoded.
	 */
	private static final Pattern NOT_IN_ADDRESS = Pattern.compile("[/\\\\%;\\p{Cntrl}]");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	// An id rather than an association keeps this feature free of the catalogue.
	@Column(name = "resource_id", nullable = false)
	private Long resourceId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 150)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "page_count")
	private Integer pageCount;

	@Enumerated(EnumType.STRING)
	@Column(name = "extraction_status", nullable = false, length = 20)
	private ExtractionStatus extractionStatus = ExtractionStatus.PENDING;

	@Column(name = "extraction_error", length = 1000)
	private String extractionError;

	@Column(name = "accessible_format_on_request", nullable = false)
	private boolean accessibleFormatOnRequest;

	@Column(name = "download_count", nullable = false)
	private long downloadCount;

	@Column(name = "document_title", length = 1000)
	private String documentTitle;

	@Column(name = "document_author", length = 1000)
	private String documentAuthor;

	@Column(name = "thumbnail_sha256", length = 64)
	private String thumbnailSha256;

	@Column(name = "text_by_page", nullable = false)
	private boolean textByPage;

	@Column(name = "has_script", nullable = false)
	private boolean hasScript;

	@Column(name = "extracted_at")
	private Instant extractedAt;

	@ElementCollection
	@CollectionTable(name = "attachment_page", joinColumns = @JoinColumn(name = "attachment_id"))
	@OrderColumn(name = "page_number")
	@ListIndexBase(1)
	@Column(name = "text", nullable = false)
	private List<String> pageTexts = new ArrayList<>();

	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Attachment() {
	}

	public Attachment(Long resourceId, int position, String title, StoredFile file) {
		this.resourceId = resourceId;
		this.position = position;
		this.title = title;
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.sizeBytes();
		this.sha256 = file.sha256();
	}

	/**
	 * Records what reading the file found: its text, page count, document properties and
	 * thumbnail, or why it could not be read.
	 * @param result what the extractor found
	 * @param at when reading finished
	 */
	public void recordExtraction(ExtractionResult result, Instant at) {
		this.extractionStatus = result.status();
		this.extractionError = result.reason();
		this.pageTexts = new ArrayList<>(result.texts());
		this.textByPage = result.textByPage();
		this.pageCount = result.pageCount();
		this.documentTitle = result.documentTitle();
		this.documentAuthor = result.documentAuthor();
		this.thumbnailSha256 = result.thumbnailSha256();
		this.hasScript = result.hasScript();
		this.extractedAt = at;
	}

	/** Changes what readers see of the file. */
	void describe(String title, boolean accessibleFormatOnRequest) {
		this.title = title;
		this.accessibleFormatOnRequest = accessibleFormatOnRequest;
	}

	void moveTo(int position) {
		this.position = position;
	}

	/**
	 * The file's name as its download address carries it: the stored name with characters
	 * no address may hold replaced.
	 */
	public String getAddressName() {
		return addressName(this.fileName);
	}

	private static String addressName(String fileName) {
		String name = NOT_IN_ADDRESS.matcher(fileName).replaceAll("_");
		return name.chars().allMatch((c) -> c == '.') ? "_" + name : name;
	}

	/** What sort of file it is, as readers are told. */
	public FileKind getKind() {
		return FileKind.of(this.mediaType);
	}

	public FileSize getSize() {
		return new FileSize(this.sizeBytes);
	}

	/** Where the file is downloaded: {@code /files/{id}/{name}}. */
	public String getDownloadPath() {
		return downloadPath(this.id, this.fileName);
	}

	/** Where the file with this id and stored name is downloaded. */
	static String downloadPath(long id, String fileName) {
		return "/files/" + id + "/" + UriUtils.encodePathSegment(addressName(fileName), "UTF-8");
	}

	/**
	 * Where the picture of the first page is served, or {@code null} when there is none.
	 */
	public String getThumbnailPath() {
		return (this.thumbnailSha256 != null) ? "/thumbnails/" + this.id + ".png" : null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getResourceId() {
		return this.resourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Integer getPageCount() {
		return this.pageCount;
	}

	public ExtractionStatus getExtractionStatus() {
		return this.extractionStatus;
	}

	public String getExtractionError() {
		return this.extractionError;
	}

	public boolean isAccessibleFormatOnRequest() {
		return this.accessibleFormatOnRequest;
	}

	public long getDownloadCount() {
		return this.downloadCount;
	}

	public String getDocumentTitle() {
		return this.documentTitle;
	}

	public String getDocumentAuthor() {
		return this.documentAuthor;
	}

	public String getThumbnailSha256() {
		return this.thumbnailSha256;
	}

	/**
	 * Whether {@link #getPageTexts()} holds one entry a real page, or the text as one
	 * block.
	 */
	public boolean isTextByPage() {
		return this.textByPage;
	}

	/**
	 * Whether the file carries script (PDF JavaScript), so is never opened in the
	 * browser.
	 */
	public boolean hasScript() {
		return this.hasScript;
	}

	public Instant getExtractedAt() {
		return this.extractedAt;
	}

	public List<String> getPageTexts() {
		return List.copyOf(this.pageTexts);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
