package dev.vigil.connectors.logs;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch.indices.GetMappingResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Reads the field types of every index a pattern matches, flattened to dotted paths, multi-fields included. */
final class OpenSearchMapping {

    private OpenSearchMapping() {
    }

    static Map<String, String> fieldTypes(OpenSearchClient client, String indexPattern) throws IOException {
        GetMappingResponse response = client.indices().getMapping(g -> g.index(indexPattern).allowNoIndices(true));
        Map<String, String> types = new HashMap<>();
        response.result().values().forEach(index -> {
            if (index.mappings() != null) {
                flatten("", index.mappings().properties(), types);
            }
        });
        return types;
    }

    private static void flatten(String prefix, Map<String, Property> properties, Map<String, String> into) {
        properties.forEach((name, property) -> {
            String path = prefix + name;
            into.putIfAbsent(path, property._kind().jsonValue());
            if (property.isObject()) {
                flatten(path + ".", property.object().properties(), into);
            } else if (property.isText()) {
                flatten(path + ".", property.text().fields(), into);
            } else if (property.isKeyword()) {
                flatten(path + ".", property.keyword().fields(), into);
            }
        });
    }
}
