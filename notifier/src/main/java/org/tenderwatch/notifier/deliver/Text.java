package org.tenderwatch.notifier.deliver;

/** Makes published text safe to put in a message: control characters out, whitespace folded, length capped. */
public final class Text {

    private Text() {
    }

    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("<br\\s*/?>", " ").replaceAll("[\\p{Cntrl}&&[^\\n]]", " ")
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").trim();
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    /** One line: for subjects and headings, where a line break could start a new header. */
    public static String line(String text, int max) {
        return cut(text, max).replace('\n', ' ');
    }
}
