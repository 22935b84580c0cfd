package org.w3id.medkg.source;

import org.w3id.medkg.MedkgException;

/** An input that cannot be read as a list: missing, empty, binary, not UTF-8, unreachable, too large, malformed. */
public class InputException extends MedkgException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, 2, cause);
    }
}
