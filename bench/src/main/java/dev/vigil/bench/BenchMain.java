package dev.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Entry point of {@code ./vigil bench NAME [ARGS]}. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ./vigil bench NAME [ARGS]   (see docs/benchmarks.md)");
            System.exit(2);
        }
        String name = args[0];
        String className = BenchMain.class.getPackageName() + "."
                + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + "Bench";
        Benchmark bench;
        try {
            bench = (Benchmark) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            System.err.println("vigil bench: no benchmark named '" + name + "' (see docs/benchmarks.md)");
            System.exit(2);
            return;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("bench", name);
        figures.putAll(bench.run(rest));
        System.out.println(new ObjectMapper().writeValueAsString(figures));
        System.exit(0);
    }
}
