package org.tenderwatch.tracker.export;

import org.tenderwatch.tracker.search.Listing;
import org.tenderwatch.tracker.search.ProcurementRow;
import org.tenderwatch.tracker.web.Words;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Atom feed (RFC 4287) of a search's newest procurements: one entry per procurement, updated when its latest
 * notice was, so a feed reader shows a procurement again when something new is published about it. The XML
 * writer escapes every value; characters XML cannot carry at all are removed first.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private AtomFeed() {
    }

    static String write(String base, String searchPath, String title, List<ProcurementRow> rows) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", base + searchPath);
            element(xml, "title", title);
            Instant updated = rows.stream().map(ProcurementRow::latestNotice).max(Instant::compareTo).orElse(Instant.EPOCH);
            element(xml, "updated", updated.toString());
            link(xml, "self", base + "/search.atom" + searchPath.substring(1), "application/atom+xml");
            link(xml, "alternate", base + searchPath, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Tender Watch");
            xml.writeEndElement();
            for (ProcurementRow row : rows) {
                String page = base + Listing.procurementLink(row.ocid());
                xml.writeStartElement("entry");
                element(xml, "id", page);
                element(xml, "title", row.title() == null ? row.ocid() : row.title());
                element(xml, "updated", row.latestNotice().toString());
                element(xml, "published", row.firstNotice().toString());
                link(xml, "alternate", page, "text/html");
                element(xml, "summary", summary(row));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
    }

    private static String summary(ProcurementRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(Words.category(row.category()));
        parts.add(Words.stage(row.lifecycle(), row.stage()));
        if (row.buyerName() != null) {
            parts.add("Buyer: " + row.buyerName());
        }
        if (!row.supplierNames().isEmpty()) {
            parts.add("Suppliers: " + String.join("; ", row.supplierNames()));
        }
        if (row.value() != null) {
            parts.add("Value: " + Words.money(row.value(), row.currency()));
        }
        parts.add("Latest notice: " + Words.day(row.latestNotice()));
        return String.join(". ", parts) + ".";
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
