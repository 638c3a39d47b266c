package dev.vigil.bench;

import java.util.List;
import java.util.Map;

/**
 * A benchmark run by {@code ./vigil bench NAME}: the class {@code dev.vigil.bench.<Name>Bench}
 * (e.g. {@code store} → {@code StoreBench}) with a public no-argument constructor. Progress goes to
 * stderr; the returned figures are printed as one JSON object on the last line of stdout.
 */
public interface Benchmark {
    Map<String, Object> run(List<String> args) throws Exception;
}
