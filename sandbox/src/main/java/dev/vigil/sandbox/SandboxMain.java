package dev.vigil.sandbox;

import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DrillScenario;
import dev.vigil.connectors.demo.DrillScenarios;
import dev.vigil.environments.VigilDirs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./vigil sandbox [--open] [--drill ID [--drill-speed N]] [--dir DIR]}: starts the sandbox, prints
 * what runs where and how to open the console on it, then takes commands on standard input
 * ({@code drill ID [SPEED]}, {@code end}, {@code status}, {@code quit}) until stopped.
 */
public final class SandboxMain {

    // Fabric8's mock server logs every request through java.util.logging; held here so the level sticks.
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        Optional<Path> dir = Optional.empty();
        Optional<DrillScenario> drill = Optional.empty();
        double speed = 1;
        boolean open = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--open" -> open = true;
                    case "--dir" -> dir = Optional.of(Path.of(value(args, ++i, a)));
                    case "--drill" -> {
                        String id = value(args, ++i, a);
                        drill = DrillScenarios.find(id);
                        if (drill.isEmpty()) {
                            err.println("vigil sandbox: unknown drill '" + id + "' (expected one of: " + drillIds() + ")");
                            return 2;
                        }
                    }
                    case "--drill-speed" -> speed = parseSpeed(value(args, ++i, a));
                    case "-h", "--help" -> {
                        out.println("usage: ./vigil sandbox [--open] [--drill ID [--drill-speed N]] [--dir DIR]");
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("vigil sandbox: " + e.getMessage() + " (usage: ./vigil sandbox [--open] [--drill ID [--drill-speed N]] [--dir DIR])");
            return 2;
        }
        Path home = dir.orElse(VigilDirs.fromEnvironment().state().resolve("sandbox"));
        Clock clock = Clock.systemUTC();
        Sandbox sandbox = new Sandbox(new DemoFleet(DemoFleet.DEFAULT_SEED, clock.instant()), clock, Sandbox.Settings.in(home));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
        out.println("vigil sandbox: starting the demo fleet behind real local servers...");
        sandbox.start();
        printReport(sandbox, out);
        double drillSpeed = speed;
        drill.ifPresent(d -> out.println(startDrill(sandbox, d, drillSpeed)));
        if (open) {
            openConsole(sandbox, out, err);
        }
        out.println("commands: drill ID [SPEED] · end · status · quit   (drills: " + drillIds() + ")");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.strip().split("\\s+");
            switch (w[0]) {
                case "" -> { }
                case "quit", "exit" -> {
                    sandbox.close();
                    return 0;
                }
                case "status" -> printReport(sandbox, out);
                case "end" -> out.println(sandbox.fleet().drills().end(clock.instant())
                        .map(r -> "drill " + r.scenario().id() + " ended").orElse("no drill is running"));
                case "drill" -> {
                    Optional<DrillScenario> d = w.length > 1 ? DrillScenarios.find(w[1]) : Optional.empty();
                    if (d.isEmpty()) {
                        out.println("which drill? one of: " + drillIds());
                    } else {
                        try {
                            out.println(startDrill(sandbox, d.get(), w.length > 2 ? parseSpeed(w[2]) : 1));
                        } catch (IllegalArgumentException e) {
                            out.println(e.getMessage());
                        }
                    }
                }
                default -> out.println("unknown command '" + w[0] + "': drill ID [SPEED] · end · status · quit");
            }
        }
        // Standard input closed (run in the background): keep serving until the process is stopped.
        try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }

        private static String startDrill(Sandbox sandbox, DrillScenario d, double speed) {
            sandbox.fleet().drills().start(d, Clock.systemUTC().instant(), speed);
            return "drill " + d.id() + " started (" + d.title() + ")" + (speed > 1 ? " at " + speed + "x" : "")
                    + ": its alerts, pods, metrics and logs show up in the servers over the next minutes";
        }

        private static double parseSpeed(String text) {
            try {
                double v = Double.parseDouble(text);
                if (v >= 1 && v <= 1000) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("a drill speed is a number from 1 to 1000, not '" + text + "'");
        }

        private static void printReport(Sandbox sandbox, PrintStream out) {
            for (Sandbox.Part p : sandbox.report()) {
                out.printf("  %-12s %-28s %s%n", p.name(), p.url().map(Object::toString).orElse("NOT RUNNING"), p.note());
            }
            out.println("environments file: " + sandbox.environmentsFile());
            out.println("open the console on it:");
            out.println("  KUBECONFIG=" + sandbox.kubeconfig() + " ./vigil --config " + sandbox.environmentsFile());
        }

        private static void openConsole(Sandbox sandbox, PrintStream out, PrintStream err) {
            String jar = System.getProperty("vigil.app.jar", "app/target/vigil-app.jar");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar,
                    "--config", sandbox.environmentsFile().toString(), "--env", SandboxEnvironment.NAME));
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            String existing = System.getenv("KUBECONFIG");
            pb.environment().put("KUBECONFIG", sandbox.kubeconfig() + (existing == null || existing.isBlank() ? "" : ":" + existing));
            try {
                pb.start();
                out.println("the console is opening on the sandbox environment");
            } catch (IOException e) {
                err.println("vigil sandbox: could not open the console (" + e.getMessage() + "); open it with the command above");
            }
        }

        private static String value(List<String> args, int i, String flag) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args.get(i);
        }

        private static String drillIds() {
            return String.join(", ", DrillScenarios.ALL.stream().map(DrillScenario::id).toList());
        }
    }
