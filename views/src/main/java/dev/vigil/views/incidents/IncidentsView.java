package dev.vigil.views.incidents;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Incidents section: the list, or the workspace of one incident, with the declare card above
 * either. Ctrl+N declares from anywhere in the section; Esc leaves the workspace.
 */
public final class IncidentsView extends StackPane {

    public IncidentsView(IncidentsViewModel model, Clock clock, Supplier<List<String>> environmentNames) {
        setId("incidents-view");
        IncidentListView list = new IncidentListView(model, clock);
        WorkspaceView workspace = new WorkspaceView(model.workspace(), model::showList, clock);
        DeclareView declare = new DeclareView(model, environmentNames);
        list.visibleProperty().bind(model.workspaceShownProperty().not());
        workspace.visibleProperty().bind(model.workspaceShownProperty());
        declare.visibleProperty().bind(model.declaringProperty());
        getChildren().addAll(list, workspace, declare);

        // The section leaves and rejoins the scene as the user navigates: install the keys once.
        boolean[] installed = {false};
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !installed[0]) {
                installed[0] = true;
                install(scene, model);
            }
        });
        model.list().reload();
    }

    private void install(Scene scene, IncidentsViewModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (getScene() != scene) {
                return; // another section is on screen
            }
            if (e.isShortcutDown() && e.getCode() == KeyCode.N && model.connection().storeProperty().get() != null) {
                model.startDeclare();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !model.declaringProperty().get() && model.workspaceShownProperty().get()
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.showList();
                e.consume();
            }
        });
    }
}
