package uk.youthjustice.library.attachments.extraction;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files waiting to be read: one row of {@code extraction_job} each, shared by every
 * node. A node claims a row with a conditional update that only one node can win; a claim
 * older than the lease is taken to be from a node that stopped, and may be claimed again.
 * Plain SQL that PostgreSQL and H2 both run.
 */
@Component
public class ExtractionQueue {

	/**
	 * The node's name in claims: {@code pid@host#start}, the JVM's name and the time it
	 * started (a restarted container's JVM often gets the same pid).
	 */
	private static final String NODE = shorten(ManagementFactory.getRuntimeMXBean().getName(), 60) + "#"
			+ Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime(), 36);

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ExtractionQueue(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Queues an attachment to be read, in the caller's transaction: the row exists
	 * exactly when the attachment does.
	 * @param attachmentId a saved attachment
	 * @param at when it was queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(Long attachmentId, Instant at) {
		this.jdbc.update("insert into extraction_job (attachment_id, queued_at, attempts) values (?, ?, 0)",
				attachmentId, utc(at));
		this.events.publishEvent(new ExtractionQueued(attachmentId));
	}

	/** Files waiting, claimed or not. */
	public long waiting() {
		return this.jdbc.queryForObject("select count(*) from extraction_job", Long.class);
	}

	/**
	 * Files no live node holds, oldest first.
	 * @param expiredBefore claims made before this are from nodes taken to have stopped
	 * @param limit how many to return at most
	 */
	List<Long> claimable(Instant expiredBefore, int limit) {
		return this.jdbc
			.queryForList("select attachment_id from extraction_job where claimed_at is null or claimed_at < ? "
					+ "order by queued_at, attachment_id limit ?", Long.class, utc(expiredBefore), limit);
	}

	/**
	 * Claims a file for this node, unless another node got there first.
	 * @param attachmentId the file
	 * @param now the time of the claim
	 * @param expiredBefore claims made before this may be taken over
	 * @return the claim, with the attempt it starts counted
	 */
	Optional<Claim> claim(Long attachmentId, Instant now, Instant expiredBefore) {
		String claimant = NODE + "/" + UUID.randomUUID().toString().substring(0, 8);
		int claimed = this.jdbc.update(
				"update extraction_job set claimed_at = ?, claimed_by = ?, attempts = attempts + 1 "
						+ "where attachment_id = ? and (claimed_at is null or claimed_at < ?)",
				utc(now), claimant, attachmentId, utc(expiredBefore));
		if (claimed != 1) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select attempts from extraction_job where attachment_id = ? and claimed_by = ?",
					Integer.class, attachmentId, claimant)
			.stream()
			.findFirst()
			.map((attempts) -> new Claim(attachmentId, claimant, attempts));
	}

	/**
	 * Removes a finished file's row, if this claim still holds it.
	 * @return false when another node took the file over, or the attachment is gone
	 */
	boolean finish(Claim claim) {
		return this.jdbc.update("delete from extraction_job where attachment_id = ? and claimed_by = ?",
				claim.attachmentId(), claim.claimant()) == 1;
	}

	/**
	 * Gives a file back unread, as a node stopping does: the attempt does not count.
	 */
	void release(Claim claim) {
		this.jdbc.update("update extraction_job set claimed_at = null, claimed_by = null, attempts = attempts - 1 "
				+ "where attachment_id = ? and claimed_by = ?", claim.attachmentId(), claim.claimant());
	}

	/**
	 * Hands back the files held by earlier runs of the library on this machine that are
	 * no longer running, such as one killed while reading: their claims would otherwise
	 * hold the files until the lease ran out. The attempt they made stays counted. Claims
	 * from other machines are left to the lease.
	 * @return how many files were handed back
	 */
	int releaseAbandoned() {
		int released = 0;
		for (String claimant : this.jdbc.queryForList(
				"select distinct claimed_by from extraction_job where claimed_by is not null", String.class)) {
			if (AbandonedClaim.isAbandoned(claimant, NODE)) {
				released += this.jdbc.update(
						"update extraction_job set claimed_at = null, claimed_by = null where claimed_by = ?",
						claimant);
			}
		}
		return released;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String shorten(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * A node's hold on one file.
	 *
	 * @param attachmentId the file
	 * @param claimant who holds it: the node, and this claim
	 * @param attempts the attempt this is, counting from 1
	 */
	record Claim(Long attachmentId, String claimant, int attempts) {
	}

}
