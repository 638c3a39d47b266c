package dev.vigil.views.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** A one-way converter for choice boxes and combos whose items are shown, never typed. */
public final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> label;

    private LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    public static <T> LabelConverter<T> of(Function<T, String> label) {
        return new LabelConverter<>(label);
    }

    @Override
    public String toString(T value) {
        return label.apply(value);
    }

    /** Never called for items that are only chosen; there is nothing typed to parse. */
    @Override
    public T fromString(String string) {
        return null;
    }
}
