package org.tenderwatch.notifier.deliver;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The delivery side of subscribers: who a delivery goes to, whether anything may go there, and suppression after
 * hard failures. Suppression is by (channel, recipient key), the same for every channel, and is kept even when the
 * subscriber is deleted: subscribing the same address again does not lift it.
 */
@Singleton
public class Recipients {

    private final RecipientRepository repository;

    Recipients(RecipientRepository repository) {
        this.repository = repository;
    }

    public Optional<Addressee> find(long subscriberId) {
        return repository.find(subscriberId);
    }

    /** Whether repeated hard failures suppressed this recipient: nothing is sent to it again. */
    public boolean suppressed(String channel, String recipientKey) {
        return repository.suppressed(channel, recipientKey);
    }

    /** Counts a hard failure; at {@code threshold} the recipient is suppressed for good. Returns true when it was. */
    @Transactional
    boolean recordHardFailure(Addressee addressee, String reason, int threshold) {
        if (repository.countHardFailure(addressee.subscriberId()) == 0
                || repository.hardFailures(addressee.subscriberId()) < threshold) {
            return false;
        }
        repository.suppress(addressee.channel(), addressee.recipientKey(), reason);
        return true;
    }
}
