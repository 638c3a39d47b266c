package dev.vigil.views.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTaskTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void successRunsThenFinallyOnTheCallbackExecutor() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService callbackThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        BackgroundTask.of(() -> 42)
                .onSuccess(v -> calls.add("success " + v + " on " + Thread.currentThread().getName()))
                .onError(e -> calls.add("error"))
                .andFinally(() -> {
                    calls.add("finally");
                    done.countDown();
                })
                .start(workers, callbackThread);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).containsExactly("success 42 on fake-fx", "finally");
        callbackThread.shutdownNow();
    }

    @Test
    void errorIsPassedToOnErrorAndSuccessIsSkipped() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        BackgroundTask.<String>of(() -> {
                    throw new IOException("connection refused by 127.0.0.1:9090");
                })
                .onSuccess(v -> calls.add("success"))
                .onError(e -> calls.add("error: " + e.getMessage()))
                .andFinally(done::countDown)
                .start(workers, Runnable::run);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).containsExactly("error: connection refused by 127.0.0.1:9090");
    }

    @Test
    void cancelledWorkCallsNeitherSuccessNorErrorButStillFinally() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        BackgroundTask.Handle handle = BackgroundTask.of(() -> {
                    started.countDown();
                    Thread.sleep(10_000);
                    return "late";
                })
                .onSuccess(v -> calls.add("success"))
                .onError(e -> calls.add("error"))
                .andFinally(done::countDown)
                .start(workers, Runnable::run);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).isEmpty();
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void workCancelledBeforeItStartsStillRunsFinallyOnce() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch blocker = new CountDownLatch(1);
        single.submit(() -> {
            blocker.await();
            return null;
        });
        List<String> finals = new CopyOnWriteArrayList<>();
        BackgroundTask.Handle queued = BackgroundTask.of(() -> "never")
                .onSuccess(v -> calls.add("success"))
                .andFinally(() -> finals.add("finally"))
                .start(single, Runnable::run);
        queued.cancel();
        blocker.countDown();
        single.shutdown();
        assertThat(single.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).isEmpty();
        assertThat(finals).containsExactly("finally");
    }
}
