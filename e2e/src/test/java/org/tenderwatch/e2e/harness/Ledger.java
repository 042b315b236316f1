package org.tenderwatch.e2e.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The end-of-run comparison. Expected alerts are computed here, independently of the notifier, from what the
 * classifier published and the subscriptions' categories; each is then looked for in the notifier's outbox and in
 * what the SMTP server and the webhook server received.
 */
final class Ledger {

    /** One message as a receiver got it: its identity (Message-ID, or a digest of a Slack body) and when. */
    private record Receipt(String identity, Instant at) {
    }

    record Result(int notices, int published, long publishedTwice, int classified, long classifiedTwice,
                  long expected, long recorded, long unexpected, long lostInOutbox, long delivered, long undelivered,
                  long refusedPermanently, long duplicated, long mailResendsSameMessageId, long slackResends,
                  List<Long> latenciesMillis, List<String> anomalies) {

        long lost() {
            return lostInOutbox + undelivered + (notices - published) + (notices - classified);
        }
    }

    private Ledger() {
    }

    static Result compare(GeneratedNotices notices, TopicRecords fetched, TopicRecords classified, List<Subscription> subscriptions,
                          List<Outbox.Row> outbox, List<SmtpSink.Mail> mails, List<SlackSink.Post> posts, List<Instant> sendRecordWindows) {
        Map<Long, Subscription> byId = new HashMap<>();
        Map<String, Long> byAddress = new HashMap<>();
        for (Subscription s : subscriptions) {
            byId.put(s.id(), s);
            byAddress.put(s.address(), s.id());
        }
        Map<String, Outbox.Row> rows = new HashMap<>();
        long unexpected = 0;
        for (Outbox.Row row : outbox) {
            int n = notices.indexOf(row.ocid());
            Subscription s = byId.get(row.subscriptionId());
            if (n < 0 || s == null || !s.categories().contains(classified.category(n))) {
                unexpected++;
            } else {
                rows.put(key(row.subscriptionId(), n), row);
            }
        }
        Map<String, List<Receipt>> receipts = new HashMap<>();
        for (SmtpSink.Mail mail : mails) {
            Long id = byAddress.get(mail.recipient());
            mail.ocids().forEach(ocid -> receipt(receipts, notices, id, ocid, new Receipt(mail.messageId(), mail.at())));
        }
        for (SlackSink.Post post : posts) {
            Long id = byAddress.get(post.path().substring(post.path().lastIndexOf('/') + 1));
            post.ocids().forEach(ocid -> receipt(receipts, notices, id, ocid, new Receipt("slack:" + post.bodyHash(), post.at())));
        }

        long expected = 0, lostInOutbox = 0, delivered = 0, undelivered = 0, refused = 0, duplicated = 0, mailResends = 0, slackResends = 0;
        List<Long> latencies = new ArrayList<>();
        List<String> anomalies = new ArrayList<>();
        for (int n = 0; n < notices.count(); n++) {
            String category = classified.category(n);
            for (Subscription s : subscriptions) {
                if (category == null || !s.categories().contains(category)) {
                    continue;
                }
                expected++;
                String key = key(s.id(), n);
                Outbox.Row row = rows.get(key);
                if (row == null) {
                    lostInOutbox++;
                    note(anomalies, "not in the outbox: " + s.address() + " " + notices.ocid(n));
                    continue;
                }
                if (fetched.firstAt(n) > 0) {
                    latencies.add(row.createdAtMillis() - fetched.firstAt(n));
                }
                List<Receipt> got = receipts.getOrDefault(key, List.of());
                if ("failed".equals(row.deliveryState()) && row.lastError() != null && row.lastError().startsWith("SMTP 5")) {
                    refused++;
                } else if (!"sent".equals(row.deliveryState()) || got.isEmpty()) {
                    undelivered++;
                    note(anomalies, "not delivered: " + s.address() + " " + notices.ocid(n) + " delivery " + row.deliveryState()
                            + " " + row.lastError() + ", received " + got);
                } else if (got.size() == 1) {
                    delivered++;
                } else if (resentAcrossACrash(got, sendRecordWindows, s.channel().equals("email"))) {
                    delivered++;
                    if (s.channel().equals("email")) {
                        mailResends += got.size() - 1;
                    } else {
                        slackResends += got.size() - 1;
                    }
                } else {
                    delivered++;
                    duplicated += got.size() - 1;
                    note(anomalies, "duplicated: " + s.address() + " " + notices.ocid(n) + " received " + got
                            + " (send-to-record windows at " + sendRecordWindows + ")");
                }
            }
        }
        return new Result(notices.count(), fetched.distinct(), fetched.extraCopies(), classified.distinct(), classified.extraCopies(),
                expected, outbox.size(), unexpected, lostInOutbox, delivered, undelivered, refused, duplicated, mailResends,
                slackResends, latencies, anomalies);
    }

    /** The first few of each anomaly, for the log: enough to find them in the services' logs. */
    private static void note(List<String> anomalies, String anomaly) {
        if (anomalies.size() < 50) {
            anomalies.add(anomaly);
        }
    }

    /**
     * One message sent again, with a notifier kill or a database stop between the two copies: the window between a
     * send and its record the notifier's README states. A mail must keep its Message-ID; a Slack post has no identity
     * of its own, and its body differs when sent again (its signed links are made at sending), so for Slack the two
     * copies about the same alert to the same webhook with the window between them are the resend.
     */
    private static boolean resentAcrossACrash(List<Receipt> got, List<Instant> windows, boolean mail) {
        Receipt first = got.get(0);
        Receipt last = got.get(got.size() - 1);
        boolean same = !mail || got.stream().allMatch(r -> Objects.equals(r.identity(), first.identity()));
        boolean crashBetween = windows.stream().anyMatch(at -> !at.isBefore(first.at().minusSeconds(2)) && !at.isAfter(last.at()));
        return same && crashBetween && got.size() == 2;
    }

    private static void receipt(Map<String, List<Receipt>> receipts, GeneratedNotices notices, Long subscription, String ocid, Receipt receipt) {
        int n = notices.indexOf(ocid);
        if (subscription != null && n >= 0) {
            receipts.computeIfAbsent(key(subscription, n), k -> new ArrayList<>()).add(receipt);
        }
    }

    private static String key(long subscription, int n) {
        return subscription + "/" + n;
    }
}
