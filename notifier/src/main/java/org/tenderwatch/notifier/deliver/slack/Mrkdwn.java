package org.tenderwatch.notifier.deliver.slack;

/**
 * Slack's mrkdwn rules: {@code &}, {@code <} and {@code >} are control characters and must be escaped, and a
 * section's text may hold at most 3,000 characters (a field 2,000). Published text is escaped here and nowhere else.
 */
final class Mrkdwn {

    static final int SECTION_LIMIT = 3000;
    static final int FIELD_LIMIT = 2000;

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A link whose visible text is escaped; {@code |} would end the text early, so it is replaced. */
    static String link(String url, String text) {
        String label = escape(text).replace('|', '¦');
        return url == null ? label : "<" + url + "|" + label + ">";
    }

    /** Cuts already-escaped mrkdwn to the section limit without splitting an entity or a link. */
    static String fit(String mrkdwn) {
        return fit(mrkdwn, SECTION_LIMIT);
    }

    /** Cuts already-escaped mrkdwn to {@code limit} characters without splitting an entity or a link. */
    static String fit(String mrkdwn, int limit) {
        if (mrkdwn.length() <= limit) {
            return mrkdwn;
        }
        String cut = mrkdwn.substring(0, limit - 1);
        int amp = cut.lastIndexOf('&');
        if (amp >= 0 && cut.indexOf(';', amp) < 0) {
            cut = cut.substring(0, amp);
        }
        int open = cut.lastIndexOf('<');
        if (open >= 0 && cut.indexOf('>', open) < 0) {
            cut = cut.substring(0, open);
        }
        return cut + "…";
    }
}
