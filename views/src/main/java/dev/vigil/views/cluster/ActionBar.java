package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.AccessDecision;
import dev.vigil.connectors.kubernetes.ClusterAction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The action buttons of the open pod (disabled with the access review's reason when forbidden)
 * and the confirmation strip that asks, in production, for the resource name to be typed.
 */
final class ActionBar extends VBox {

    ActionBar(PodActionsViewModel model) {
        getStyleClass().add("action-bar");
        setSpacing(6);
        Button delete = button(model, ClusterAction.DELETE_POD, "action-delete", Feather.TRASH_2, null);
        Button restart = button(model, ClusterAction.RESTART_DEPLOYMENT, "action-restart", Feather.REFRESH_CW, null);
        Spinner<Integer> replicas = new Spinner<>(0, 500, 1);
        replicas.setId("scale-replicas");
        replicas.setEditable(true);
        replicas.setPrefWidth(80);
        Button scale = button(model, ClusterAction.SCALE_DEPLOYMENT, "action-scale", Feather.SLIDERS, replicas);
        replicas.disableProperty().bind(scale.disabledProperty());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, delete, restart, scale, replicas);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (var b : new javafx.scene.layout.Region[]{delete, restart, scale, replicas}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        // Disabled buttons show no tooltip, so the reasons are spelled out under them.
        Label denied = new Label();
        denied.setId("action-denied");
        denied.setWrapText(true);
        denied.getStyleClass().add("denied");
        denied.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            java.util.LinkedHashSet<String> reasons = new java.util.LinkedHashSet<>();
            for (ClusterAction a : ClusterAction.values()) {
                AccessDecision d = model.decisionProperty(a).get();
                if (!d.allowed()) {
                    reasons.add(d.reason());
                }
            }
            return String.join("\n", reasons);
        }, model.decisionProperty(ClusterAction.DELETE_POD), model.decisionProperty(ClusterAction.RESTART_DEPLOYMENT),
                model.decisionProperty(ClusterAction.SCALE_DEPLOYMENT)));
        denied.managedProperty().bind(denied.textProperty().isNotEmpty());

        dev.vigil.views.common.ConfirmationStrip confirmBox = new dev.vigil.views.common.ConfirmationStrip(model.confirmation(), model::confirm);

        Label result = new Label();
        result.setId("action-result");
        result.setWrapText(true);
        result.getStyleClass().add("muted");
        result.textProperty().bind(model.resultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        getChildren().addAll(buttons, denied, confirmBox, result);
    }

    private static Button button(PodActionsViewModel model, ClusterAction action, String id, Feather icon,
                                 Spinner<Integer> replicas) {
        Button b = new Button(action.title(), new FontIcon(icon));
        b.setId(id);
        ReadOnlyObjectProperty<AccessDecision> decision = model.decisionProperty(action);
        b.disableProperty().bind(decision.map(d -> !d.allowed()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(decision.map(d -> d.allowed() ? action.title() + " (" + action.permission() + ")" : d.reason()));
        b.setTooltip(tip);
        // A disabled button shows no tooltip: the reason also goes into the accessible text.
        b.accessibleTextProperty().bind(tip.textProperty());
        b.setOnAction(e -> model.request(action, replicas == null ? 0 : replicas.getValue()));
        return b;
    }
}
