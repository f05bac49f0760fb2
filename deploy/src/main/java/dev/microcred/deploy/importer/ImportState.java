package dev.microcred.deploy.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * How far an import got: lines acknowledged by the issuer and what became of them. Written after
 * every acknowledged chunk (to a temporary file, then moved), so an interrupted import resumes at
 * the first chunk the issuer did not answer. Resending a chunk is safe anyway: the bulk endpoint
 * is idempotent by completion id.
 */
public record ImportState(long lines, long created, long duplicates, long rejected) {

    public static final ImportState START = new ImportState(0, 0, 0, 0);

    public static ImportState read(Path file) {
        Properties p = load(file);
        return new ImportState(number(p, "lines"), number(p, "created"), number(p, "duplicates"), number(p, "rejected"));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    public ImportState plus(long chunkLines, long chunkCreated, long chunkDuplicates, long chunkRejected) {
        return new ImportState(lines + chunkLines, created + chunkCreated, duplicates + chunkDuplicates,
                rejected + chunkRejected);
    }

    /** The platform the import was started for, if any: a resumed run must key its lines the same way. */
    public static Optional<String> platformIn(Path file) {
        return Optional.ofNullable(load(file).getProperty("platform"));
    }

    public void write(Path file, String platform) {
        Properties p = new Properties();
        if (platform != null) {
            p.setProperty("platform", platform);
        }
        p.setProperty("lines", Long.toString(lines));
        p.setProperty("created", Long.toString(created));
        p.setProperty("duplicates", Long.toString(duplicates));
        p.setProperty("rejected", Long.toString(rejected));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (var out = Files.newBufferedWriter(temporary)) {
            p.store(out, "bulk import progress; delete to start over");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }
}
