package dev.vigil.bench;

import ch.qos.logback.classic.Level;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.Pinboard;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** What the window benchmarks share: running on the FX thread, options, rounding, heap, quiet logs. */
final class BenchSupport {

    private BenchSupport() {
    }

    static long usedHeapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(300);
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /** Evidence has nowhere to go in the bench. */
    static final class NoPinboard implements Pinboard {
        private final ReadOnlyObjectWrapper<ActiveIncident> none = new ReadOnlyObjectWrapper<>();

        @Override
        public ReadOnlyObjectProperty<ActiveIncident> activeIncidentProperty() {
            return none.getReadOnlyProperty();
        }

        @Override
        public void pin(EvidenceDraft evidence, Consumer<ActiveIncident> onPinned, Consumer<Throwable> onError) {
            onError.accept(new IllegalStateException("no incident in the bench"));
        }
    }

    /** Shows a section in its own window with the console's stylesheets and the dark theme, as the console would. FX thread. */
    static void showInWindow(javafx.scene.Parent view, double width, double height) {
        for (String sheet : dev.vigil.views.shell.ShellView.STYLESHEETS) {
            view.getStylesheets().add(java.util.Objects.requireNonNull(dev.vigil.views.shell.ShellView.class.getResource(sheet)).toExternalForm());
        }
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setScene(new javafx.scene.Scene(view, width, height));
        stage.show();
    }

    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    static int option(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
