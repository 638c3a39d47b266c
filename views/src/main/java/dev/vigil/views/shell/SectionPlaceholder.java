package dev.vigil.views.shell;

import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.Environment;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a section shows while this build has no view for it: what the section is for, what the
 * active environment configures for it, and an honest line that the live view is not in this build.
 */
public final class SectionPlaceholder extends VBox {

    public SectionPlaceholder(Section section, ShellViewModel shell) {
        setId(section.id() + "-view");
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);

        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(section.title());
        title.getStyleClass().add("empty-title");
        Label purpose = new Label(section.purpose() + ".");
        purpose.getStyleClass().add("empty-text");
        Label configured = new Label();
        configured.getStyleClass().add("empty-configured");
        configured.setId(section.id() + "-configured");
        configured.textProperty().bind(shell.environments().activeProperty().map(env -> configured(section, env)));
        Label pending = new Label("This build of Vigil does not show " + section.title().toLowerCase(java.util.Locale.ROOT)
                + " yet: the environment is set up for it and the section opens here when it lands.");
        pending.getStyleClass().add("empty-text");
        pending.setWrapText(true);
        pending.setMaxWidth(520);
        Button settings = new Button("Review environment in Settings");
        settings.setOnAction(e -> shell.select(Section.SETTINGS));
        getChildren().addAll(icon, title, purpose, configured, pending, settings);
    }

    static String configured(Section section, Environment env) {
        String where = env.demo() ? "The demo environment" : "Environment " + env.name();
        return switch (section) {
            case CLUSTER -> env.demo() ? where + " simulates its cluster." : env.kubeContext() == null
                    ? where + " has no kube context." : where + " uses kube context " + env.kubeContext() + ".";
            case METRICS -> env.demo() ? where + " simulates its metrics." : env.prometheus() == null
                    ? where + " has no Prometheus URL." : where + " reads metrics from " + env.prometheus().url() + ".";
            case LOGS -> env.demo() ? where + " simulates its logs." : env.logs() == null
                    ? where + " has no OpenSearch URL." : where + " searches " + env.logs().indexPattern() + " on " + env.logs().endpoint().url() + ".";
            case ALERTS -> env.demo() ? where + " simulates its alerts." : env.alerting().provider() == AlertProvider.NONE
                    ? where + " has no alerting provider." : where + " takes alerts from " + env.alerting().provider().key() + ".";
            default -> where + " has " + env.services().size() + " services in its catalogue.";
        };
    }
}
