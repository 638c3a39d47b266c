package dev.vigil.views.alerts;

import dev.vigil.connectors.demo.DemoAlertSource;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.environments.Environment;
import dev.vigil.environments.Tier;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The demo fleet's real alert source behind the Alerts view models, on a fixed morning clock. */
final class AlertsFixture implements AutoCloseable {

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService io = Executors.newFixedThreadPool(2);
    final Clock clock = Clock.systemUTC();
    final DemoAlertSource demo = new DemoAlertSource(new DemoFleet(DemoFleet.DEFAULT_SEED, clock.instant()), timer, clock);
    final SimpleObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.builtInDemo());

    /** The demo environment with production's tier: destructive actions ask for typed confirmation. */
    static Environment productionDemo() {
        Environment demo = Environment.builtInDemo();
        return new Environment("production", Tier.PRODUCTION, true, null, null, null, demo.alerting(), demo.services());
    }

    AlertSourceOpener opener() {
        return env -> env.demo() ? demo : null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdownNow();
    }
}
