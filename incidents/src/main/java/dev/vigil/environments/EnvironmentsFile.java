package dev.vigil.environments;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The environments file: {@link #load} reads it for the console, reporting every problem with its line
 * rather than failing; {@link #save} writes it from the Settings view without ever leaving it broken.
 * The format is described in docs/configuration.md.
 */
public final class EnvironmentsFile {
    private EnvironmentsFile() {
    }

    /** Reads {@code file}; never throws: unreadable files and bad content come back as problems. */
    public static LoadResult load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LoadResult(EnvironmentsConfig.EMPTY, List.of(), false);
        } catch (CharacterCodingException e) {
            return failed(file, 1, 1, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            return failed(file, 1, 1, "cannot read the file: " + describe(e));
        }
        return parse(file, text);
    }

    /** Reads environments from YAML text; {@code file} is only used to name where problems are. */
    public static LoadResult parse(Path file, String text) {
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            ProblemList problems = new ProblemList(file);
            problems.at(mark, "YAML syntax error: " + syntaxMessage(e));
            return new LoadResult(EnvironmentsConfig.EMPTY, problems.all(), true);
        } catch (ReaderException e) {
            int[] lineColumn = lineAndColumn(text, e.getPosition());
            return failed(file, lineColumn[0], lineColumn[1], "the file contains a character YAML does not allow: " + e.getMessage());
        } catch (YAMLException e) {
            return failed(file, 1, 1, "YAML error: " + e.getMessage());
        }
        ProblemList problems = new ProblemList(file);
        EnvironmentsConfig config = new EnvironmentsReader(problems).read(root);
        return new LoadResult(config, problems.all(), true);
    }

    /**
     * Writes {@code config} to {@code file} atomically (temporary file, fsync, rename): on any failure the
     * old file is left as it was. The built-in demo environment is never written. Comments a person added
     * are not kept: the file is rewritten from the config.
     */
    public static void save(Path file, EnvironmentsConfig config) throws IOException {
        byte[] bytes = toYaml(config).getBytes(StandardCharsets.UTF_8);
        AtomicFile.replace(file, out -> out.write(bytes));
    }

    /** The YAML {@link #save} writes, with its comment header. */
    public static String toYaml(EnvironmentsConfig config) {
        return EnvironmentsWriter.toYaml(config);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by the reader, with both lines
        options.setMaxAliasesForCollections(50);
        return options;
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != e.getProblemMark()) {
            return problem + " (" + e.getContext() + " on line " + (e.getContextMark().getLine() + 1) + ")";
        }
        return problem;
    }

    private static LoadResult failed(Path file, int line, int column, String message) {
        return new LoadResult(EnvironmentsConfig.EMPTY, List.of(new ConfigProblem(file, line, column, message)), true);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static int[] lineAndColumn(String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
