package org.tenderwatch.fetcher.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A row of notice_fingerprint. */
@MappedEntity("notice_fingerprint")
record NoticeFingerprint(@Id String releaseId, String source, String ocid, @Nullable String noticeUrl, String buyerKey,
                         String titleKey, String lifecycle, LocalDate publishedOn) {
}
