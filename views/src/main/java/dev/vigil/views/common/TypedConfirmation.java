package dev.vigil.views.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An action asked for and not yet confirmed. In a guarded (production) environment confirming needs
 * a word typed — the resource's name — so a slip of the finger never deletes, closes or silences the
 * wrong thing; elsewhere a click confirms. The view model owns one per action strip.
 *
 * @param <T> what is pending (a pod action, an alert command)
 */
public final class TypedConfirmation<T> {

    private final ReadOnlyObjectWrapper<T> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expected = new ReadOnlyStringWrapper("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanBinding confirmable;

    public TypedConfirmation() {
        confirmable = Bindings.createBooleanBinding(() -> pending.get() != null
                && (expected.get().isEmpty() || expected.get().equals(typed.get() == null ? "" : typed.get().trim())),
                pending, typed, expected);
    }

    /**
     * Makes {@code what} pending. {@code mustType} is the word to type, or null when a click will do
     * (not a guarded environment).
     */
    public void ask(T what, String describe, String mustType) {
        typed.set("");
        expected.set(mustType == null ? "" : mustType);
        question.set(describe + "?" + (mustType == null ? "" : " This is a production environment: type " + mustType + " to confirm."));
        pending.set(what);
    }

    /** The pending action if it may run now (clearing it), else null. */
    public T take() {
        T what = pending.get();
        if (what == null || !confirmable.get()) {
            return null;
        }
        cancel();
        return what;
    }

    public void cancel() {
        pending.set(null);
        typed.set("");
    }

    public ReadOnlyObjectProperty<T> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** "Close alert …? This is a production environment: type payments to confirm." */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The word to type; empty when none is needed. */
    public ReadOnlyStringProperty expectedProperty() {
        return expected.getReadOnlyProperty();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanBinding confirmableProperty() {
        return confirmable;
    }
}
