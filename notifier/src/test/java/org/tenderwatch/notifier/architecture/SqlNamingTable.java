package org.tenderwatch.notifier.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds Java sources whose string literals (text blocks included) name a table in SQL: {@code from}, {@code join},
 * {@code into}, {@code update} or {@code delete from} it. Only literals are read, so a comment that speaks of the
 * table is not a statement on it; annotation values such as a repository's {@code @Query} are literals too.
 */
final class SqlNamingTable {

    private static final Pattern LITERAL = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");

    private final Pattern statement;

    SqlNamingTable(String table) {
        this.statement = Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+" + Pattern.quote(table) + "\\b");
    }

    /** Source files under {@code root} with a literal naming the table, relative to root, outside {@code allowed}. */
    List<String> filesOutside(Path root, Path allowed) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(root.resolve(allowed)))
                    .filter(this::namesTable)
                    .map(f -> root.relativize(f).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean namesTable(Path source) {
        try {
            Matcher literals = LITERAL.matcher(Files.readString(source));
            while (literals.find()) {
                if (statement.matcher(literals.group()).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
