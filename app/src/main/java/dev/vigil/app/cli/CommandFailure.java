package dev.vigil.app.cli;

/** A failure a user can act on: its message is the one line printed, {@code exitCode} the process's exit code. */
final class CommandFailure extends RuntimeException {

    /** Some input was refused (e.g. import rejections); the rest was done. */
    static final int PARTIAL = 1;
    /** Bad arguments or an unusable input file. */
    static final int USAGE = 2;
    /** The incident store could not be opened, read or written. */
    static final int STORE = 3;

    final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }
}
