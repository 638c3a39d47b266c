package dev.vigil.views.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * "All services" or one of them: a combo over a list of service names that grows as the store
 * learns new ones, keeping the choice, and writing it (null for all) to a view model property.
 */
public final class ServiceFilterBox extends ComboBox<String> {

    public ServiceFilterBox(ObservableList<String> services, ObjectProperty<String> chosen) {
        setPromptText("All services");
        setConverter(LabelConverter.of(s -> s == null ? "All services" : s));
        Runnable fill = () -> {
            String keep = getValue();
            getItems().setAll((String) null);
            getItems().addAll(services);
            setValue(keep);
        };
        services.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        valueProperty().addListener((obs, old, now) -> chosen.set(now));
    }
}
