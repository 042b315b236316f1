package org.tenderwatch.tracker.export;

/**
 * Makes a cell safe to open in a spreadsheet: text starting with {@code = + - @} (or a tab or carriage return,
 * which some spreadsheets skip before reading a formula) is read as a formula, so such a cell gets a leading
 * apostrophe, as OWASP recommends. Quoting of commas, quotes and line breaks is left to Commons CSV.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
