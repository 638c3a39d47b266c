package dev.vigil.app;

import dev.vigil.app.cli.CliCommand;
import dev.vigil.app.cli.CliContext;
import dev.vigil.app.cli.Commands;
import dev.vigil.environments.VigilDirs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the console and of the product's command line. A first word naming a command runs
 * that command and exits with its code; anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(Arrays.asList(args));
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(words);
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
        VigilDirs dirs = VigilDirs.fromEnvironment();
        // Before the first logger exists: logback reads this when it configures itself.
        if (System.getProperty("vigil.log.dir") == null) {
            System.setProperty("vigil.log.dir", dirs.state().toString());
        }
        List<String> rest = options.rest();
        String first = rest.isEmpty() ? "" : rest.getFirst();
        if (first.equals("help-commands")) {
            for (CliCommand c : Commands.all()) {
                out.println(c.synopsis());
            }
            return 0;
        }
        Optional<CliCommand> command = Commands.find(first);
        if (command.isPresent()) {
            ConfigSource config = new ConfigSource(options.configFile().orElse(dirs.environmentsFile()));
            CliContext context = new CliContext(out, err, dirs, config::config);
            try {
                return command.get().run(rest.subList(1, rest.size()), context);
            } catch (Exception e) {
                err.println("vigil " + first + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                return 1;
            }
        }
        if (first.equals("screenshot")) {
            return Launcher.screenshot(options, rest.subList(1, rest.size()), dirs, err);
        }
        if (!first.isEmpty()) {
            err.println("vigil: unknown command '" + first + "' (./vigil --help lists the commands)");
            return 2;
        }
        return Launcher.openWindow(options, dirs);
    }
}
