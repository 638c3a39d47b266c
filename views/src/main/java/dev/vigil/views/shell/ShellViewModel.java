package dev.vigil.views.shell;

import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.environments.Environment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * State of the main window: the section on screen, the active environment and its connectors'
 * health, the theme, the overlays, and the commands the palette offers.
 */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final EnvironmentsModel environments;
    private final HealthWatcher healthWatcher;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.INCIDENTS);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    private final ReadOnlyBooleanWrapper paletteOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper helpOpen = new ReadOnlyBooleanWrapper();
    private final ObservableList<ConnectorHealth> health = FXCollections.observableArrayList();
    private final ObservableList<ConnectorHealth> healthView = FXCollections.unmodifiableObservableList(health);
    private final List<PaletteCommand> extraCommands = new ArrayList<>();
    private AutoCloseable watch;
    /** Health a connector reported from its own live feed (the alert poller); it wins over the periodic probe's. */
    private final java.util.Map<String, ConnectorHealth> liveHealth = new java.util.LinkedHashMap<>();
    private final java.util.Map<Section, javafx.beans.property.IntegerProperty> badges = new java.util.EnumMap<>(Section.class);
    private long watchGeneration;

    public ShellViewModel(EnvironmentsModel environments, HealthWatcher healthWatcher, Executor fx) {
        this.environments = Objects.requireNonNull(environments);
        this.healthWatcher = Objects.requireNonNull(healthWatcher);
        this.fx = Objects.requireNonNull(fx);
        environments.activeProperty().addListener((obs, old, env) -> watchHealth(env));
        watchHealth(environments.active());
    }

    private void watchHealth(Environment env) {
        stopWatching();
        long generation = ++watchGeneration;
        health.clear();
        liveHealth.clear();
        if (env == null) {
            return;
        }
        // Reports of a previous environment may still be in flight: the generation drops them.
        watch = healthWatcher.watch(env, states -> fx.execute(() -> {
            if (generation == watchGeneration) {
                health.setAll(withLive(states));
            }
        }));
    }

    /**
     * A connector's health as its own live feed sees it (e.g. the alert poller's last answer: 401,
     * 429, unreachable). It replaces that connector's entry now and after every probe round, until
     * the environment changes. FX thread.
     */
    public void reportHealth(ConnectorHealth live) {
        liveHealth.put(live.connector(), live);
        health.setAll(withLive(List.copyOf(health)));
    }

    private List<ConnectorHealth> withLive(List<ConnectorHealth> states) {
        if (liveHealth.isEmpty()) {
            return states;
        }
        List<ConnectorHealth> merged = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConnectorHealth h : states) {
            merged.add(liveHealth.getOrDefault(h.connector(), h));
            seen.add(h.connector());
        }
        liveHealth.forEach((name, h) -> {
            if (!seen.contains(name)) {
                merged.add(h);
            }
        });
        return merged;
    }

    /** A count shown on a section's sidebar entry (0 hides it), e.g. open unacknowledged alerts. */
    public javafx.beans.property.IntegerProperty badgeProperty(Section section) {
        return badges.computeIfAbsent(section, s -> new javafx.beans.property.SimpleIntegerProperty());
    }

    /** Stops the health checks (window closing). */
    public void stopWatching() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("closing health watch", e);
            }
            watch = null;
        }
    }

    public void select(Section next) {
        section.set(Objects.requireNonNull(next));
        paletteOpen.set(false);
        helpOpen.set(false);
    }

    public boolean switchEnvironment(String name) {
        paletteOpen.set(false);
        return environments.activate(name);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void openPalette() {
        helpOpen.set(false);
        paletteOpen.set(true);
    }

    public void closePalette() {
        paletteOpen.set(false);
    }

    public void toggleHelp() {
        paletteOpen.set(false);
        helpOpen.set(!helpOpen.get());
    }

    public void closeOverlays() {
        paletteOpen.set(false);
        helpOpen.set(false);
    }

    /** Adds commands owned by other parts of the app (e.g. "Reload environments file"). */
    public void addCommands(List<PaletteCommand> commands) {
        extraCommands.addAll(commands);
    }

    /** Everything the palette can run right now: sections, environments, window actions, then the rest. */
    public List<PaletteCommand> commands() {
        List<PaletteCommand> all = new ArrayList<>();
        for (Section s : Section.values()) {
            all.add(new PaletteCommand("Go to " + s.title(), "Navigate", s.icon(), "Ctrl+" + (s.ordinal() + 1),
                    () -> select(s)));
        }
        for (Environment env : environments.selectable()) {
            String label = "Switch environment: " + env.name() + " (" + (env.demo() ? "demo" : env.tier().key()) + ")";
            all.add(new PaletteCommand(label, "Environment", env.guarded() ? Feather.SHIELD : Feather.LAYERS, "",
                    () -> switchEnvironment(env.name())));
        }
        all.add(new PaletteCommand("Toggle dark / light theme", "Window", Feather.MOON, "Ctrl+Shift+L", () -> {
            toggleTheme();
            closePalette();
        }));
        all.add(new PaletteCommand("Show keyboard shortcuts", "Help", Feather.HELP_CIRCLE, "?", this::toggleHelp));
        all.addAll(extraCommands);
        return all;
    }

    /** The commands matching a query, best first (all of them, in order, for an empty query). */
    public List<PaletteCommand> search(String query) {
        List<PaletteCommand> all = commands();
        if (query == null || query.isBlank()) {
            return all;
        }
        return all.stream()
                .filter(c -> c.score(query) >= 0)
                .sorted(Comparator.comparingInt((PaletteCommand c) -> c.score(query)).reversed())
                .toList();
    }

    public EnvironmentsModel environments() {
        return environments;
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyBooleanProperty paletteOpenProperty() {
        return paletteOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpOpenProperty() {
        return helpOpen.getReadOnlyProperty();
    }

    public ObservableList<ConnectorHealth> health() {
        return healthView;
    }
}
