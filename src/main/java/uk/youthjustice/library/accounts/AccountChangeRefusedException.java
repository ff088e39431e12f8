package uk.youthjustice.library.accounts;

/** An administrator's change that would break a rule, with the message saying which. */
class AccountChangeRefusedException extends RuntimeException {

	private final String messageKey;

	AccountChangeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
