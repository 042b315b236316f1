package org.tenderwatch.classifier.classify.rules;

/** The rules file cannot be used; the message names the file, the rule and the field at fault. */
public class RulesException extends RuntimeException {

    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
