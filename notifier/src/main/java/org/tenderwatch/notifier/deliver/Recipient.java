package org.tenderwatch.notifier.deliver;

/**
 * A recipient as its channel stores it.
 *
 * @param stored what the subscriber row keeps (an address, a ciphertext): only the channel reads it
 * @param key    what identifies the recipient within its channel (a lower-cased address, a keyed fingerprint): one
 *               subscriber per key, and suppression is by key, so it outlives a deleted subscriber
 */
public record Recipient(String stored, String key) {
}
