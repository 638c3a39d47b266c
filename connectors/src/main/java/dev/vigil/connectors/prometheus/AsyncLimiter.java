package dev.vigil.connectors.prometheus;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Bounds how many requests are in flight without blocking a thread per waiting request: a refresh of
 * 50 tiles queues here instead of opening 50 connections to a Prometheus that is already struggling.
 */
final class AsyncLimiter {

    private final int max;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;

    AsyncLimiter(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one request must be allowed in flight");
        }
        this.max = max;
    }

    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> operation) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            if (result.isDone()) { // cancelled while it waited
                release();
                return;
            }
            CompletableFuture<T> running;
            try {
                running = operation.get();
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
            running.whenComplete((value, error) -> {
                release();
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        };
        boolean now;
        synchronized (this) {
            now = running < max;
            if (now) {
                running++;
            } else {
                waiting.add(start);
            }
        }
        if (now) {
            start.run();
        }
        return result;
    }

    synchronized int inFlight() {
        return running;
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
