package dev.vigil.connectors.kubernetes;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiServerCrudDispatcherTest {

    private static List<String> split(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        int[] bounds = ApiServerCrudDispatcher.items(body);
        if (bounds == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            items.add(new String(body, bounds[i], bounds[i + 1] - bounds[i], StandardCharsets.UTF_8));
        }
        return items;
    }

    @Test
    void aListsItemsAreSplitWhateverTheirStringsHold() {
        String a = "{\"metadata\":{\"name\":\"a\",\"annotations\":{\"note\":\"}] \\\" [{ ünïcode ✓\"}},\"spec\":{\"x\":[1,[2]]}}";
        String b = "{\"metadata\":{\"name\":\"b\"}}";
        assertThat(split("{\"apiVersion\":\"v1\",\"items\":[" + a + "," + b + "],\"metadata\":{\"resourceVersion\":\"7\"}}"))
                .containsExactly(a, b);
        assertThat(split("{\"apiVersion\":\"v1\",\"items\":[]}")).isEmpty();
        assertThat(split("{\"kind\":\"Status\",\"code\":404}")).isNull();
    }
}
