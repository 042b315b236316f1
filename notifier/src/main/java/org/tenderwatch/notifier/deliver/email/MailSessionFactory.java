package org.tenderwatch.notifier.deliver.email;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The notifier's own mail session. Never {@code Session.getDefaultInstance}: that one is JVM-wide, and whoever
 * creates it first decides where every mail in the process goes.
 */
@Factory
class MailSessionFactory {

    @Singleton
    @Named("notifier")
    Session session(EmailSettings config) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", String.valueOf(config.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(config.timeout().toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(config.timeout().toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(config.timeout().toMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(config.startTls()));
        boolean auth = !config.username().isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        Authenticator authenticator = !auth ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.username(), config.password());
            }
        };
        return Session.getInstance(props, authenticator);
    }
}
