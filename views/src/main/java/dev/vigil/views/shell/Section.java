package dev.vigil.views.shell;

import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Locale;
import java.util.Optional;

/** The sections of the sidebar, in order; Ctrl+1..7 jumps to them. */
public enum Section {
    INCIDENTS("Incidents", Feather.ALERT_OCTAGON, "Declare incidents and run them from a live timeline", KeyCode.DIGIT1),
    CLUSTER("Cluster", Feather.SERVER, "Pods, workloads and events of the environment's Kubernetes context", KeyCode.DIGIT2),
    METRICS("Metrics", Feather.ACTIVITY, "Live metric tiles per service from Prometheus", KeyCode.DIGIT3),
    LOGS("Logs", Feather.FILE_TEXT, "Search logs in OpenSearch; follow a request by trace or client id", KeyCode.DIGIT4),
    ALERTS("Alerts", Feather.BELL, "The alerts that page you, from Opsgenie, JSM Ops or Alertmanager", KeyCode.DIGIT5),
    REPORTS("Reports", Feather.BAR_CHART_2, "MTTA, MTTR, availability, error budget and SLA compliance", KeyCode.DIGIT6),
    SETTINGS("Settings", Feather.SETTINGS, "Environments, appearance and the incident store", KeyCode.DIGIT7);

    private final String title;
    private final Ikon icon;
    private final String purpose;
    private final KeyCode key;

    Section(String title, Ikon icon, String purpose, KeyCode key) {
        this.title = title;
        this.icon = icon;
        this.purpose = purpose;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public String purpose() {
        return purpose;
    }

    /** The digit key that, with Ctrl, jumps here. */
    public KeyCode key() {
        return key;
    }

    /** The name used by {@code --view} and the preferences file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Section> byId(String id) {
        for (Section s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
