package dev.paperboy.store;

import java.sql.SQLException;

/** A database failure the caller cannot fix by retrying the same call at once. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String message, RuntimeException cause) {
        super(message, cause);
    }

    StoreException(String what, SQLException cause) {
        super("database error in " + what.strip().split("\\s+", 3)[0] + ": " + cause.getMessage(), cause);
    }
}
