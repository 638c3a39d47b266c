package dev.vigil.connectors.alerting;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** A provider whose live feed is an {@link AlertPoller} over {@link #fetch}: start, refresh and close are the poller's. */
abstract class PolledAlertSource implements AlertSource {

    private AlertPoller poller;

    /** Called at the end of the subclass's constructor, once {@link #name} and {@link #fetch} can work. */
    final void pollEvery(Duration period, ScheduledExecutorService timer, Executor io, Clock clock) {
        poller = new AlertPoller(name(), this::fetch, timer, io, period, clock);
    }

    /** One poll: every alert the feed shows now. */
    abstract List<Alert> fetch() throws AlertException;

    @Override
    public void start(AlertListener listener) {
        poller.start(listener);
    }

    @Override
    public void refresh() {
        poller.pollNow();
    }

    @Override
    public void close() {
        poller.close();
    }
}
