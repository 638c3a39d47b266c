package dev.vigil.views.shell;

import dev.vigil.environments.ConfigProblem;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.LoadResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The environments the window knows, the active one, and the problems of the environments file.
 * Shared by the header's switcher, the palette and the Settings view; used on the FX thread only.
 */
public final class EnvironmentsModel {

    private final Path file;
    private final ReadOnlyObjectWrapper<EnvironmentsConfig> config = new ReadOnlyObjectWrapper<>(EnvironmentsConfig.EMPTY);
    private final ObservableList<Environment> selectable = FXCollections.observableArrayList();
    // Read-only views are made once: a wrapper made per call would lose its listeners when collected.
    private final ObservableList<Environment> selectableView = FXCollections.unmodifiableObservableList(selectable);
    private final ReadOnlyObjectWrapper<Environment> active = new ReadOnlyObjectWrapper<>(Environment.builtInDemo());
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ConfigProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper fileExists = new ReadOnlyBooleanWrapper();

    public EnvironmentsModel(Path file) {
        this.file = Objects.requireNonNull(file);
        selectable.setAll(EnvironmentsConfig.EMPTY.selectable());
    }

    /** Takes a freshly loaded file; keeps {@code preferred} active when it still exists. */
    public void load(LoadResult result, String preferred) {
        problems.setAll(result.problems());
        fileExists.set(result.fileExists());
        apply(result.config(), preferred);
    }

    /** Takes a config the Settings view has just saved; problems of the old file are gone with it. */
    public void replaceConfig(EnvironmentsConfig newConfig) {
        problems.clear();
        fileExists.set(true);
        apply(newConfig, active.get() == null ? null : active.get().name());
    }

    private void apply(EnvironmentsConfig newConfig, String preferred) {
        config.set(newConfig);
        selectable.setAll(newConfig.selectable());
        Environment next = find(preferred)
                .or(() -> find(newConfig.defaultEnvironment()))
                .orElse(newConfig.environments().isEmpty() ? selectable.getLast() : newConfig.environments().getFirst());
        active.set(next);
    }

    /** Switches the active environment; false when no environment has that name. */
    public boolean activate(String name) {
        Optional<Environment> found = find(name);
        found.ifPresent(active::set);
        return found.isPresent();
    }

    public Optional<Environment> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return selectable.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Path file() {
        return file;
    }

    public ReadOnlyObjectProperty<EnvironmentsConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public EnvironmentsConfig config() {
        return config.get();
    }

    public ObservableList<Environment> selectable() {
        return selectableView;
    }

    public ReadOnlyObjectProperty<Environment> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Environment active() {
        return active.get();
    }

    public ObservableList<ConfigProblem> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty fileExistsProperty() {
        return fileExists.getReadOnlyProperty();
    }

    /** The environments that live in the file (the built-in demo is not among them). */
    public List<Environment> fileEnvironments() {
        return config.get().environments();
    }
}
