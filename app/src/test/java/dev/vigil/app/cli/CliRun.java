package dev.vigil.app.cli;

import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.VigilDirs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs one command the way Main does, over in-memory streams and a private Vigil home. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Path home, String... words) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), VigilDirs.under(home), () -> EnvironmentsConfig.EMPTY);
        CliCommand command = Commands.find(words[0]).orElseThrow();
        int exit = command.run(List.of(words).subList(1, words.length), context);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
