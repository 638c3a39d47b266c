package dev.vigil.environments;

import java.nio.file.Path;

/**
 * Something wrong in an environments file, at a 1-based line and column, so an editor or the console
 * can point at it. Prints as {@code file:line:column: message}, the shape compilers use and editors link.
 */
public record ConfigProblem(Path file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
