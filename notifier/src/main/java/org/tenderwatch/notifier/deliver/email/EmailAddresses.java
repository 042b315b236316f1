package org.tenderwatch.notifier.deliver.email;

import org.tenderwatch.notifier.deliver.InvalidRecipient;
import org.tenderwatch.notifier.deliver.Recipient;

import java.util.Locale;
import java.util.regex.Pattern;

/** The email channel's recipients: which addresses it accepts, stored as given, one subscriber per inbox. */
final class EmailAddresses {

    /**
     * One addr-spec and nothing else: the syntax browsers check in {@code <input type=email>} (WHATWG HTML), with a
     * dot in the domain. No display names, comments, quoted local parts or RFC 822 groups ("grp: a@x, b@y;"), so
     * one subscription is always one inbox, and suppression by address cannot be side-stepped.
     */
    private static final Pattern ADDR_SPEC = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** Addresses compare case-insensitively: the key is the lower-cased address, the first spelling is kept. */
    static Recipient recipient(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new InvalidRecipient("an email address is required (at most 254 characters)");
        }
        String address = email.trim();
        if (!ADDR_SPEC.matcher(address).matches()) {
            throw new InvalidRecipient("give one plain address such as name@example.org (no name, group or list)");
        }
        return new Recipient(address, address.toLowerCase(Locale.ROOT));
    }
}
