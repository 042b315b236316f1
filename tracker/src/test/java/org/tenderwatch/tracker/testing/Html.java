package org.tenderwatch.tracker.testing;

/** Attribute values as a browser reads them: the template engine writes '=' and '&' in links as entities. */
public final class Html {

    private Html() {
    }

    public static String unescapeLinks(String html) {
        return html.replace("&#x3D;", "=").replace("&#61;", "=").replace("&amp;", "&");
    }
}
