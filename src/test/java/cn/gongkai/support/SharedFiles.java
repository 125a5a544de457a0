package cn.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference material beside the project (../shared): the format description and the example report. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static String formatDescription() {
        return read("format/FORMAT.md");
    }

    public static String exampleReport() {
        return read("format/examples/caohe-2023.txt");
    }

    private static String read(String relative) {
        Path path = Path.of("..", "shared").resolve(relative);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Tests compare against " + path.toAbsolutePath() + ", which must exist", e);
        }
    }
}
