package dev.vigil.views.settings;

import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentValidator;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.FieldProblem;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.shell.EnvironmentsModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The Settings section: pick an environment, edit it in a form, add one, remove one, make one
 * active. Every save validates first, writes the file off the FX thread, and only then changes
 * what the window shows; a failed write changes nothing.
 */
public final class SettingsViewModel {

    /** Whether the form edits an existing environment or describes a new one. */
    public enum Mode { VIEW_BUILT_IN, EDIT, NEW }

    /** A message under the form: what just happened. */
    public record Status(String text, boolean error) {
    }

    private final EnvironmentsModel environments;
    private final EnvironmentsWriter writer;
    private final ExecutorService io;
    private final Executor fx;

    private final EnvironmentForm form = new EnvironmentForm();
    private final ReadOnlyObjectWrapper<Environment> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.VIEW_BUILT_IN);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> fieldErrorsView = FXCollections.unmodifiableObservableMap(fieldErrors);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lockedReason = new ReadOnlyStringWrapper("");

    public SettingsViewModel(EnvironmentsModel environments, EnvironmentsWriter writer, ExecutorService io, Executor fx) {
        this.environments = Objects.requireNonNull(environments);
        this.writer = Objects.requireNonNull(writer);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        environments.problems().addListener((javafx.collections.ListChangeListener<Object>) c -> updateLock());
        updateLock();
        select(environments.active());
    }

    private void updateLock() {
        int n = environments.problems().size();
        // Saving a file we could not fully read would silently drop what we skipped: refuse instead.
        lockedReason.set(n == 0 ? "" : "The environments file has " + n + (n == 1 ? " problem" : " problems")
                + ". Fix it by hand and reload: saving from here now would drop the parts Vigil could not read.");
    }

    /** Shows an environment in the form (the built-in demo is shown read-only). */
    public void select(Environment env) {
        selected.set(env);
        fieldErrors.clear();
        form.fill(env);
        mode.set(env == null || env.demo() ? Mode.VIEW_BUILT_IN : Mode.EDIT);
    }

    /** Clears the form for a new environment. */
    public void startNew() {
        selected.set(null);
        fieldErrors.clear();
        form.fill(null);
        mode.set(Mode.NEW);
        status.set(null);
    }

    /** Validates the form and, when it is valid, writes the file with the change. */
    public void save() {
        if (!lockedReason.get().isEmpty() || mode.get() == Mode.VIEW_BUILT_IN || saving.get()) {
            return;
        }
        fieldErrors.clear();
        EnvironmentForm.Parsed parsed = form.parse();
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        Environment original = mode.get() == Mode.EDIT ? selected.get() : null;
        List<Environment> others = environments.fileEnvironments().stream()
                .filter(e -> original == null || !e.name().equals(original.name()))
                .toList();
        if (parsed.environment() != null) {
            problems.addAll(EnvironmentValidator.validate(parsed.environment(), others));
        }
        if (!problems.isEmpty()) {
            for (FieldProblem p : problems) {
                fieldErrors.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
            }
            status.set(new Status("Not saved: " + problems.stream().map(p -> p.field() + " " + p.message())
                    .collect(java.util.stream.Collectors.joining("; ")), true));
            return;
        }
        List<Environment> next = new ArrayList<>();
        boolean replaced = false;
        for (Environment e : environments.fileEnvironments()) {
            if (original != null && e.name().equals(original.name())) {
                next.add(parsed.environment());
                replaced = true;
            } else {
                next.add(e);
            }
        }
        if (!replaced) {
            next.add(parsed.environment());
        }
        write(environments.config().withEnvironments(next), "Saved " + parsed.environment().name(), parsed.environment().name());
    }

    /** Removes an environment from the file (the view asks for confirmation first). */
    public void remove(Environment env) {
        if (env == null || env.demo() || !lockedReason.get().isEmpty() || saving.get()) {
            return;
        }
        List<Environment> next = environments.fileEnvironments().stream().filter(e -> !e.name().equals(env.name())).toList();
        String defaultEnv = env.name().equals(environments.config().defaultEnvironment()) ? null : environments.config().defaultEnvironment();
        EnvironmentsConfig cfg = new EnvironmentsConfig(next, defaultEnv, environments.config().storeUrl(), environments.config().reliability());
        write(cfg, "Removed " + env.name(), null);
    }

    /** Makes an environment the active one, without restarting. */
    public void activate(Environment env) {
        if (env != null) {
            environments.activate(env.name());
            status.set(new Status("Now on " + env.name(), false));
        }
    }

    private void write(EnvironmentsConfig cfg, String done, String selectAfter) {
        saving.set(true);
        BackgroundTask.of(() -> {
            writer.write(cfg);
            return cfg;
        }).onSuccess(written -> {
            environments.replaceConfig(written);
            select(selectAfter == null ? environments.active() : environments.find(selectAfter).orElse(environments.active()));
            status.set(new Status(done + " to " + environments.file(), false));
        }).onError(e -> status.set(new Status("Could not write " + environments.file() + ": "
                + (e.getMessage() == null ? e.toString() : e.getMessage()) + ". Nothing was changed.", true)))
                .andFinally(() -> saving.set(false))
                .start(io, fx);
    }

    public EnvironmentsModel environments() {
        return environments;
    }

    public EnvironmentForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<Environment> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrorsView;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockedReasonProperty() {
        return lockedReason.getReadOnlyProperty();
    }

    /** True when the form can't be changed: the built-in demo, a file with problems, or a save in flight. */
    public BooleanBinding readOnly() {
        return Bindings.createBooleanBinding(
                () -> mode.get() == Mode.VIEW_BUILT_IN || !lockedReason.get().isEmpty() || saving.get(),
                mode, lockedReason, saving);
    }
}
