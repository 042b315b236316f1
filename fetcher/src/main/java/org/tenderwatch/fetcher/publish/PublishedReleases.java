package org.tenderwatch.fetcher.publish;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Records a batch the broker acknowledged in published_release, in one statement rather than one per release. */
@Singleton
class PublishedReleases {

    private final DataSource dataSource;

    PublishedReleases(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    void mark(String source, List<SpooledNotice> acknowledged) {
        if (acknowledged.isEmpty()) {
            return;
        }
        String sql = """
                INSERT INTO published_release (source, release_id, ocid)
                SELECT ?, r.release_id, r.ocid FROM unnest(?::text[], ?::text[]) AS r(release_id, ocid)
                ON CONFLICT (source, release_id) DO NOTHING""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, source);
            insert.setArray(2, connection.createArrayOf("text", acknowledged.stream().map(SpooledNotice::releaseId).toArray()));
            insert.setArray(3, connection.createArrayOf("text", acknowledged.stream().map(SpooledNotice::ocid).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new SpoolException(source + ": the broker acknowledged " + acknowledged.size()
                    + " releases but recording them failed (they will be sent again): " + e.getMessage(), e);
        }
    }
}
