package uk.youthjustice.library.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

/** A reader's answer to "Is this page useful?" or a reported problem with a page. */
@Entity
@Table(name = "feedback")
public class Feedback {

	/** Where a piece of feedback is in an editor's review. */
	public enum Status {

		NEW, REVIEWED, DISMISSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "page_path", nullable = false, length = 1000)
	private String pagePath;

	/** Yes, no, or empty when the reader only reported a problem. */
	@Column
	private Boolean useful;

	@Column(name = "what_doing", length = 2000)
	private String whatDoing;

	@Column(name = "what_wrong", length = 2000)
	private String whatWrong;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status = Status.NEW;

	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Feedback() {
	}

	public Feedback(String pagePath, Boolean useful, String whatDoing, String whatWrong) {
		this.pagePath = pagePath;
		this.useful = useful;
		this.whatDoing = whatDoing;
		this.whatWrong = whatWrong;
	}

	public Long getId() {
		return this.id;
	}

	public String getPagePath() {
		return this.pagePath;
	}

	public Boolean getUseful() {
		return this.useful;
	}

	public String getWhatDoing() {
		return this.whatDoing;
	}

	public String getWhatWrong() {
		return this.whatWrong;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
