package uk.youthjustice.library.search.synonyms;

import java.util.List;

/**
 * Something wrong with the synonyms an editor typed.
 *
 * @param line the line it is on, from 1, or 0 when it is about the whole text
 * @param code the message key saying what is wrong
 * @param arguments the message's arguments after the line number
 */
public record SynonymProblem(int line, String code, List<Object> arguments) {

	SynonymProblem(int line, String code, Object... arguments) {
		this(line, code, List.of(arguments));
	}

	/** The message's arguments: the line number first. */
	public Object[] messageArguments() {
		Object[] all = new Object[this.arguments.size() + 1];
		all[0] = this.line;
		for (int i = 0; i < this.arguments.size(); i++) {
			all[i + 1] = this.arguments.get(i);
		}
		return all;
	}

}
