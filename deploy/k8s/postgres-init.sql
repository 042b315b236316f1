-- Each service owns its own database (and its Flyway schema history) on the one server.
CREATE DATABASE fetcher;
CREATE DATABASE notifier;
CREATE DATABASE tracker;
