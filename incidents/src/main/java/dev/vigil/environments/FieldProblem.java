package dev.vigil.environments;

/**
 * A problem with one field of an environment being edited. {@code field} is the key path as written in
 * the environments file ({@code name}, {@code prometheus.url}, {@code services[checkout].availabilityTarget}),
 * so a form can put the message next to the right input.
 */
public record FieldProblem(String field, String message) {
}
