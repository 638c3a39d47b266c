package dev.vigil.environments;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an environment's {@code services}: the catalogue of services with their selectors and targets. */
final class ServiceReader {
    static final List<String> KEYS = List.of("name", "namespace", "labels", "metrics", "availabilityTarget");

    private final ProblemList problems;

    ServiceReader(ProblemList problems) {
        this.problems = problems;
    }

    /** The services read without problems; the caller drops the environment if any were reported. */
    List<ServiceSpec> readAll(Node value) {
        List<ServiceSpec> services = new ArrayList<>();
        if (value == null) {
            return services;
        }
        if (!(value instanceof SequenceNode list)) {
            problems.at(value, "services must be a list (each item starting with '- name: ...')");
            return services;
        }
        Map<String, Node> seen = new HashMap<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode node)) {
                problems.at(item, "each service must be a mapping starting with 'name:'");
                continue;
            }
            YamlMapping service = new YamlMapping(node, "a service", KEYS, problems);
            String name = service.string("name");
            if (name == null) {
                if (!service.has("name")) {
                    service.missing("name", "service");
                }
                continue;
            }
            if (name.isBlank()) {
                problems.at(service.value("name"), "service name must not be empty");
                continue;
            }
            Node first = seen.putIfAbsent(name, service.value("name"));
            if (first != null) {
                problems.at(service.value("name"), EnvironmentValidator.duplicateServiceMessage(name)
                        + " (first on line " + (first.getStartMark().getLine() + 1) + ")");
                continue;
            }
            Double target = service.number("availabilityTarget");
            if (target != null) {
                EnvironmentValidator.availabilityTargetProblem(target)
                        .ifPresent(m -> problems.at(service.value("availabilityTarget"), m));
            }
            services.add(new ServiceSpec(name, service.string("namespace"), service.stringMap("labels"),
                    service.stringMap("metrics"), target));
        }
        return services;
    }
}
