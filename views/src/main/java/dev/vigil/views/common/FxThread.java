package dev.vigil.views.common;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * The one seam where work crosses to the FX thread. View models take an {@link Executor} for their
 * callbacks; in the app that is {@link #executor()}, in tests it may run callbacks inline.
 */
public final class FxThread {

    private static final Executor EXECUTOR = command -> {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    };

    private FxThread() {
    }

    /** Runs a command on the FX thread: at once when already there, else at the next pulse. */
    public static Executor executor() {
        return EXECUTOR;
    }
}
