package dev.vigil.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positionals and {@code --flag value} / {@code --flag=value} options. Only the
 * flags a command declares are accepted, so a typo is an error rather than silently ignored.
 */
final class CliArgs {

    private final List<String> positionals;
    private final Map<String, List<String>> options;
    private final Set<String> switchesOn;

    private CliArgs(List<String> positionals, Map<String, List<String>> options, Set<String> switchesOn) {
        this.positionals = positionals;
        this.options = options;
        this.switchesOn = switchesOn;
    }

    /** @param repeatable flags that may be given more than once; every other declared flag at most once */
    static CliArgs parse(List<String> args, Set<String> flags, Set<String> repeatable) {
        return parse(args, flags, repeatable, Set.of());
    }

    /** @param switches flags that take no value, such as {@code --include-drills} */
    static CliArgs parse(List<String> args, Set<String> flags, Set<String> repeatable, Set<String> switches) {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> on = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                positionals.add(a);
                continue;
            }
            if (switches.contains(a)) {
                on.add(a);
                continue;
            }
            String name = a, value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                value = null;
            }
            if (!flags.contains(name) && !repeatable.contains(name)) {
                throw new CommandFailure(CommandFailure.USAGE, "unknown option " + name);
            }
            if (value == null) {
                throw new CommandFailure(CommandFailure.USAGE, name + " needs a value");
            }
            List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
            if (!values.isEmpty() && !repeatable.contains(name)) {
                throw new CommandFailure(CommandFailure.USAGE, name + " given twice");
            }
            values.add(value);
        }
        return new CliArgs(positionals, options, Set.copyOf(on));
    }

    boolean has(String aSwitch) {
        return switchesOn.contains(aSwitch);
    }

    List<String> positionals() {
        return positionals;
    }

    Optional<String> one(String flag) {
        List<String> v = options.get(flag);
        return v == null ? Optional.empty() : Optional.of(v.getFirst());
    }

    String required(String flag) {
        return one(flag).orElseThrow(() -> new CommandFailure(CommandFailure.USAGE, flag + " is required"));
    }

    List<String> all(String flag) {
        return options.getOrDefault(flag, List.of());
    }
}
