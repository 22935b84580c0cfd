package org.w3id.medkg;

/**
 * A failure a user can act on: bad input, a graph that does not conform, a port in use. Its message is one line
 * that names the input, the line and the bad value where there are such; the command line prints it without a
 * stack trace and exits non-zero.
 */
public class MedkgException extends RuntimeException {
    private final int exitCode;

    public MedkgException(String message) {
        this(message, 2, null);
    }

    public MedkgException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code the command line uses for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
