package uk.youthjustice.library.search.index;

import java.util.List;

import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.attachments.AttachmentTexts;
import uk.youthjustice.library.attachments.AttachmentTexts.FileText;
import uk.youthjustice.library.attachments.AttachmentTexts.PageText;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.search.SearchBackendProperties;
import uk.youthjustice.library.search.synonyms.Synonyms;
import uk.youthjustice.library.system.Analyzers;

/**
 * Adds the text of a resource's attached files to its document, a value a page, with a
 * parallel value saying which file and page each came from, so that a hit can say “found
 * in ‹file›, page 12”. On Lucene the pages' text is a field of Lucene's own making rather
 * than Hibernate Search's (see {@link PageTextField}), so that its postings hold offsets;
 * on OpenSearch, whose highlighter works on the stored text, it is an ordinary field with
 * term vectors. Named on {@link Resource}'s {@code @TypeBinding}. Changes to the files do
 * not pass through the resource, so {@link IndexUpdates} re-indexes it when one is read
 * or removed.
 */
@Component("attachmentTextBinder")
public class AttachmentTextBinder implements TypeBinder {

	/** The pages' text, with offsets to show where a word was found. */
	public static final String TEXT = "attachmentText";

	/**
	 * For each value of {@link #TEXT}, {@code attachmentId:page} (page 0: not by page).
	 */
	public static final String PAGE = "attachmentPage";

	/**
	 * For each value of {@link #TEXT}, the offset at which it starts in the field's
	 * offsets: so a word's offset says which page it is on, without the pages' text,
	 * which the index does not keep on Lucene.
	 */
	public static final String PAGE_START = "attachmentPageStart";

	/**
	 * The resource's id, for finding its document in the index outside Hibernate Search.
	 */
	public static final String RESOURCE = "resourceId";

	/** Whether the resource has any file, read or not. */
	public static final String HAS_DOCUMENTS = "hasDocuments";

	/** What Lucene adds to offsets between two values of a field (the analyser's). */
	static final int OFFSET_GAP = 1;

	private final AttachmentTexts texts;

	private final SearchBackendProperties backend;

	private final Synonyms synonyms;

	AttachmentTextBinder(AttachmentTexts texts, SearchBackendProperties backend, Synonyms synonyms) {
		this.texts = texts;
		this.backend = backend;
		this.synonyms = synonyms;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<String> text = this.backend.isLucene()
				? schema
					.field(TEXT,
							(f) -> f.extension(LuceneExtension.get())
								.asNative(String.class, new PageTextField(this.synonyms::indexingAnalyzer)))
					.multiValued()
					.toReference()
				: schema
					.field(TEXT,
							(f) -> f.asString()
								.analyzer(Analyzers.ENGLISH)
								.searchAnalyzer(Analyzers.ENGLISH_SEARCH)
								.projectable(Projectable.YES)
								// Offsets kept, so that showing where words were found
								// never analyses the pages again.
								.termVector(TermVector.WITH_POSITIONS_OFFSETS))
					.multiValued()
					.toReference();
		IndexFieldReference<String> page = schema.field(PAGE, (f) -> f.asString().projectable(Projectable.YES))
			.multiValued()
			.toReference();
		IndexFieldReference<Integer> pageStart = schema
			.field(PAGE_START, (f) -> f.asInteger().projectable(Projectable.YES))
			.multiValued()
			.toReference();
		IndexFieldReference<String> resource = schema.field(RESOURCE, (f) -> f.asString().projectable(Projectable.YES))
			.toReference();
		IndexFieldReference<Boolean> hasDocuments = schema
			.field(HAS_DOCUMENTS, (f) -> f.asBoolean().aggregable(Aggregable.YES))
			.toReference();
		context.bridge(Resource.class, new Bridge(this.texts, text, page, pageStart, resource, hasDocuments));
	}

	private record Bridge(AttachmentTexts texts, IndexFieldReference<String> text, IndexFieldReference<String> page,
			IndexFieldReference<Integer> pageStart, IndexFieldReference<String> resource,
			IndexFieldReference<Boolean> hasDocuments) implements TypeBridge<Resource> {

		@Override
		public void write(DocumentElement target, Resource resource, TypeBridgeWriteContext context) {
			if (resource.getId() == null) {
				return;
			}
			List<FileText> files = this.texts.forResource(resource.getId());
			target.addValue(this.resource, resource.getId().toString());
			// Only a resource with documents holds the field: the filter asks for those
			// alone, and counting it then passes over nine resources in ten at once.
			if (!files.isEmpty()) {
				target.addValue(this.hasDocuments, true);
			}
			int start = 0;
			for (FileText file : files) {
				for (PageText page : file.pages()) {
					target.addValue(this.text, page.text());
					target.addValue(this.page, file.attachmentId() + ":" + (file.byPage() ? page.number() : 0));
					target.addValue(this.pageStart, start);
					// Lucene goes on from the end of a value's text, plus the analyser's
					// gap
					// of one.
					start += page.text().length() + OFFSET_GAP;
				}
			}
		}

	}

}
