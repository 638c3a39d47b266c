package dev.vigil.incidents.store;

/** The store could not be opened, read or written; the message says which store and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
