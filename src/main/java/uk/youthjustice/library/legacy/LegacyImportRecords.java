package uk.youthjustice.library.legacy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The items imported so far, by their match keys. */
interface LegacyImportRecords extends Repository<LegacyImportRecord, Long> {

	LegacyImportRecord save(LegacyImportRecord record);

	@Query("select r.matchKey from LegacyImportRecord r where r.matchKey in :keys")
	List<String> findKnownKeys(Collection<String> keys);

	long count();

}
