package dev.backtester.core.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the test data files under {@code src/test/resources/data}. */
final class TestData {

    private TestData() {
    }

    /** The path of {@code data/<name>} on the test classpath. */
    static Path file(String name) {
        URL url = TestData.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test data file data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
