package dev.vigil.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The garbage collector's stop-the-world pauses while recording (concurrent cycles left out), so a
 * bench can tell a slow frame that waited for the collector from one that did too much work.
 */
final class GcPauses implements AutoCloseable {

    private final List<Double> pauses = Collections.synchronizedList(new ArrayList<>());
    private final List<Runnable> undo = new ArrayList<>();
    private volatile boolean recording;

    GcPauses() {
        NotificationListener listener = (n, handback) -> {
            if (!recording || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (!info.getGcAction().toLowerCase(java.util.Locale.ROOT).contains("concurrent")
                    && !info.getGcName().toLowerCase(java.util.Locale.ROOT).contains("concurrent")) {
                pauses.add((double) info.getGcInfo().getDuration());
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                undo.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    void recording(boolean on) {
        recording = on;
    }

    /** Pause lengths in ms, in the order they happened. */
    List<Double> pauses() {
        synchronized (pauses) {
            return new ArrayList<>(pauses);
        }
    }

    @Override
    public void close() {
        undo.forEach(Runnable::run);
    }
}
