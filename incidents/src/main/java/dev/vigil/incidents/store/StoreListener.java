package dev.vigil.incidents.store;

/**
 * Told about every transaction of the store, for Vigil's own metrics: the store stays plain Java and
 * knows no metrics library; the app turns these calls into histograms.
 */
@FunctionalInterface
public interface StoreListener {

    /**
     * One transaction ended. {@code operation} is the store method that ran it ({@code declare},
     * {@code timeline}, {@code revision}, …), {@code write} whether it wrote, {@code nanos} its time
     * including waits for the lock and busy retries, {@code failed} whether it threw. Any thread; keep it short.
     */
    void finished(String operation, boolean write, long nanos, boolean failed);

    StoreListener NONE = (operation, write, nanos, failed) -> { };
}
