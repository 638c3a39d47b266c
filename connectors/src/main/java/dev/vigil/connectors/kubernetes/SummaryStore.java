package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An informer's item store that keeps the summary Vigil shows instead of the API object, and hands
 * every change to its sinks as it is stored. Fabric8 lets an informer's cache be replaced for exactly
 * this (its own {@code ReducedStateItemStore} keeps chosen fields): a pod as Fabric8 models it costs
 * kilobytes of small objects, its {@link PodSummary} a few hundred bytes, and the summary is what
 * every reader here wants. Converting where the informer stores also means each object is converted
 * once, on the informer's thread, in the order the server sent it, with no handler queue between.
 *
 * <p>The informer only needs key, namespace, name and resource version of what it stored (to tell an
 * update from a repeat, and to find what a relist no longer lists), so reads answer with a stub that
 * holds just those. Readers that need the whole object ask the server ({@link PodDetailsReader}).
 *
 * <p>Writes come from the informer (one at a time); reads and subscriptions from any thread. Sinks are
 * called under the store's lock and must return quickly.
 */
final class SummaryStore<T extends HasMetadata, S> implements ItemStore<T> {

    /** Receives a store's changes. */
    interface Sink<S> {
        /** Added or changed; {@code summary} null when deleted. */
        void changed(String key, S summary);

        /** The first list is complete: everything it held has been passed to {@link #changed}. */
        default void listed() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SummaryStore.class);

    private record Held<S>(String resourceVersion, S summary) {
    }

    private final Function<T, S> summarize;
    private final Supplier<T> stubs;
    private final Map<String, Held<S>> items = new HashMap<>();
    private final List<Sink<S>> sinks = new ArrayList<>();
    private boolean listed;

    SummaryStore(Function<T, S> summarize, Supplier<T> stubs) {
        this.summarize = Objects.requireNonNull(summarize);
        this.stubs = Objects.requireNonNull(stubs);
    }

    /**
     * Replays what the store holds to the sink (and that the first list is done, if it is), then passes
     * it every later change. Returns the undo.
     */
    synchronized Runnable subscribe(Sink<S> sink) {
        for (var e : items.entrySet()) {
            sink.changed(e.getKey(), e.getValue().summary());
        }
        if (listed) {
            sink.listed();
        }
        sinks.add(sink);
        return () -> {
            synchronized (SummaryStore.this) {
                sinks.remove(sink);
            }
        };
    }

    /** Marks the first list complete (idempotent): the informer's start finished, or its first sync was seen. */
    synchronized void markListed() {
        if (listed) {
            return;
        }
        listed = true;
        for (Sink<S> s : sinks) {
            s.listed();
        }
    }

    synchronized boolean isListed() {
        return listed;
    }

    synchronized S summary(String key) {
        Held<S> h = items.get(key);
        return h == null ? null : h.summary();
    }

    /** A copy of every summary held. */
    synchronized List<S> summaries() {
        List<S> out = new ArrayList<>(items.size());
        for (Held<S> h : items.values()) {
            out.add(h.summary());
        }
        return out;
    }

    @Override
    public String getKey(T obj) {
        return Cache.metaNamespaceKeyFunc(obj);
    }

    @Override
    public synchronized T put(String key, T obj) {
        String version = obj.getMetadata().getResourceVersion();
        Held<S> old = items.get(key);
        if (old != null && version != null && version.equals(old.resourceVersion())) {
            // A repeat of what we hold (the informer will not notify either): nothing to convert.
            return stub(key, old);
        }
        S summary;
        try {
            summary = summarize.apply(obj);
        } catch (RuntimeException e) {
            // One odd object must not stop the informer: keep what we had and say which object it was.
            LOG.warn("cannot read {} {}: {}", obj.getKind(), key, e.toString());
            return old == null ? null : stub(key, old);
        }
        items.put(key, new Held<>(version, summary));
        for (Sink<S> s : sinks) {
            s.changed(key, summary);
        }
        return old == null ? null : stub(key, old);
    }

    @Override
    public synchronized T remove(String key) {
        Held<S> old = items.remove(key);
        if (old == null) {
            return null;
        }
        for (Sink<S> s : sinks) {
            s.changed(key, null);
        }
        return stub(key, old);
    }

    @Override
    public synchronized Stream<String> keySet() {
        return List.copyOf(items.keySet()).stream();
    }

    @Override
    public synchronized Stream<T> values() {
        List<T> out = new ArrayList<>(items.size());
        items.forEach((k, h) -> out.add(stub(k, h)));
        return out.stream();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized T get(String key) {
        Held<S> h = items.get(key);
        return h == null ? null : stub(key, h);
    }

    /** Not the full state: the informer must not defer the first adds until it can read objects back. */
    @Override
    public boolean isFullState() {
        return false;
    }

    private T stub(String key, Held<S> held) {
        int slash = key.indexOf('/');
        ObjectMeta meta = new ObjectMeta();
        meta.setNamespace(slash < 0 ? null : key.substring(0, slash));
        meta.setName(slash < 0 ? key : key.substring(slash + 1));
        meta.setResourceVersion(held.resourceVersion());
        T t = stubs.get();
        t.setMetadata(meta);
        return t;
    }
}
