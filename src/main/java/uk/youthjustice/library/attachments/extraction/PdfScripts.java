package uk.youthjustice.library.attachments.extraction;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds JavaScript in a PDF where a viewer would run it: the document's named scripts,
 * its open action, the document's, pages', annotations' and form fields' actions,
 * following chained ({@code /Next}) actions. Read from the objects themselves, so that
 * malformed entries are skipped rather than fail the reading.
 */
final class PdfScripts {

	/** Form fields beyond this many are not looked into. */
	private static final int MAX_FIELDS = 10_000;

	/** Chained actions beyond this many are not followed (a chain may loop). */
	private static final int MAX_CHAINED = 1_000;

	private PdfScripts() {
	}

	static boolean present(PDDocument document, ReadingLimits limits) {
		COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
		COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
		if (names != null && names.getDictionaryObject(COSName.JAVA_SCRIPT) != null) {
			return true;
		}
		if (isScript(catalog.getDictionaryObject(COSName.OPEN_ACTION))
				|| anyScript(catalog.getCOSDictionary(COSName.AA))) {
			return true;
		}
		for (PDPage page : document.getPages()) {
			limits.checkTime();
			if (onPage(page.getCOSObject())) {
				return true;
			}
		}
		COSDictionary form = catalog.getCOSDictionary(COSName.ACRO_FORM);
		return form != null && inFields(form.getCOSArray(COSName.FIELDS));
	}

	private static boolean onPage(COSDictionary page) {
		if (anyScript(page.getCOSDictionary(COSName.AA))) {
			return true;
		}
		COSArray annotations = page.getCOSArray(COSName.ANNOTS);
		if (annotations == null) {
			return false;
		}
		for (int i = 0; i < annotations.size(); i++) {
			if (annotations.getObject(i) instanceof COSDictionary annotation
					&& (isScript(annotation.getDictionaryObject(COSName.A))
							|| anyScript(annotation.getCOSDictionary(COSName.AA)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean inFields(COSArray fields) {
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSArray> todo = new ArrayDeque<>();
		if (fields != null) {
			todo.push(fields);
		}
		while (!todo.isEmpty() && seen.size() < MAX_FIELDS) {
			COSArray level = todo.pop();
			for (int i = 0; i < level.size(); i++) {
				if (level.getObject(i) instanceof COSDictionary field && seen.add(field)) {
					if (anyScript(field.getCOSDictionary(COSName.AA))
							|| isScript(field.getDictionaryObject(COSName.A))) {
						return true;
					}
					COSArray kids = field.getCOSArray(COSName.KIDS);
					if (kids != null) {
						todo.push(kids);
					}
				}
			}
		}
		return false;
	}

	/** Whether any action of an additional-actions dictionary is JavaScript. */
	private static boolean anyScript(COSDictionary additionalActions) {
		if (additionalActions == null) {
			return false;
		}
		for (COSName trigger : additionalActions.keySet()) {
			if (isScript(additionalActions.getDictionaryObject(trigger))) {
				return true;
			}
		}
		return false;
	}

	/** Whether an action, or any action chained after it, is JavaScript. */
	private static boolean isScript(COSBase action) {
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> todo = new ArrayDeque<>();
		if (action != null) {
			todo.push(action);
		}
		int steps = 0;
		while (!todo.isEmpty() && steps++ < MAX_CHAINED) {
			COSBase next = todo.pop();
			if (next instanceof COSArray chain) {
				for (int i = 0; i < chain.size(); i++) {
					if (chain.getObject(i) != null) {
						todo.push(chain.getObject(i));
					}
				}
			}
			else if (next instanceof COSDictionary step && seen.add(step)) {
				if (COSName.JAVA_SCRIPT.equals(step.getCOSName(COSName.S))) {
					return true;
				}
				COSBase chained = step.getDictionaryObject(COSName.NEXT);
				if (chained != null) {
					todo.push(chained);
				}
			}
		}
		return false;
	}

}
